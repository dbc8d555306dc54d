/**
 * Vocabulary headwords: a headword is always a form the article wrote, minus its clitics — never a
 * rebuilt string («مبارياة» from مبارياتها, «داعيات» from تداعيات) — and, among the written forms,
 * the one closest to a citation form (استهدف over استهدفت, حكومي over حكومية). Common news words
 * and nisbas of the places the article names rank low.
 */
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.js';
import { chooseHeadword } from '../../src/analyse/choose-headword.js';
import { displayOf, isCliticFront } from '../../src/analyse/display-form.js';
import type { Lexicon } from '../../src/analyse/lexicon.js';
import { parseLexicon } from '../../src/analyse/parse-lexicon.js';
import { normalizeKey } from '../../src/text/normalize-key.js';
import type { Token } from '../../src/types.js';
import { textOf } from './text-of.js';

const LEXICON = '../shared/data/samer/SAMER-Readability-Lexicon.tsv';
const present = existsSync(LEXICON);
if (!present) console.warn(`headwords: the real-lexicon runs are skipped: ${LEXICON} is absent`);
const real: Lexicon | undefined = present ? parseLexicon(readFileSync(LEXICON, 'utf8')) : undefined;

/** The first word token of a one-word text. */
function tokenOf(word: string): Token {
  const token = textOf(`${word} .`).sentences[0]?.tokens.find((t) => t.kind === 'word');
  if (!token) throw new Error(`no word in ${word}`);
  return token;
}

/**
 * Every key a written form may be shown as, worked out independently of display-form.ts: any
 * run of front clitics off, then optionally an attached pronoun off (a ت before it read as ة,
 * unless it follows ا).
 */
function allowedKeys(written: string): Set<string> {
  const key = normalizeKey(written);
  const out = new Set<string>();
  const fronts = [
    '',
    'و',
    'ف',
    'ب',
    'ل',
    'ك',
    'س',
    'ال',
    'لل',
    'بال',
    'كال',
    'وال',
    'فال',
    'وب',
    'ول',
    'وك',
    'وس',
    'فب',
    'فل',
    'فس',
    'وبال',
    'ولل',
    'فبال',
    'فلل',
    'وكال',
    'فكال',
  ];
  for (const front of fronts) {
    if (!key.startsWith(front)) continue;
    const rest = key.slice(front.length);
    out.add(rest);
    for (const pronoun of ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'كن']) {
      if (!rest.endsWith(pronoun)) continue;
      const bare = rest.slice(0, -pronoun.length);
      out.add(bare);
      // سيطرتها → سيطرة, but مبارياتها → مباريات: after ا the ت is the plural's, never a ة.
      if (bare.endsWith('ت') && !bare.endsWith('ات')) out.add(`${bare.slice(0, -1)}ه`);
    }
  }
  return out;
}

/** Entries whose headword is not one of their written forms minus clitics. */
function badHeadwords(paragraphs: readonly string[], lexicon?: Lexicon): string[] {
  const { vocabulary } = analyse(textOf(...paragraphs), lexicon);
  return vocabulary
    .filter((v) => !v.forms.some((f) => allowedKeys(f).has(normalizeKey(v.display))) || !v.forms.length)
    .map((v) => `${v.display} ← ${v.forms.join('،')}`);
}

const FRONTS = ['', '', 'و', 'ف', 'ب', 'ل', 'ال', 'وال', 'بال', 'لل', 'س', 'وس'];
const STEMS = [
  'مباريات',
  'مباراة',
  'تداعيات',
  'استهدف',
  'استهدفت',
  'تستخدم',
  'حكومي',
  'حكومية',
  'سيطرة',
  'مستثمر',
  'مستثمرين',
  'مدرسة',
  'مدارس',
  'حياة',
  'تعليمات',
  'قدرات',
  'اتجاه',
  'تحقيق',
  'نهائي',
  'نهائية',
];
const ENDS = ['', '', '', 'ها', 'هم', 'ت', 'ات', 'ين', 'وا'];

const word = fc
  .tuple(fc.constantFrom(...FRONTS), fc.constantFrom(...STEMS), fc.constantFrom(...ENDS))
  .map(([front, stem, end]) => `${front}${end === '' ? stem : stem.replace(/ة$/, 'ت')}${end}`);
const paragraph = fc
  .array(fc.array(word, { minLength: 3, maxLength: 10 }), { minLength: 1, maxLength: 4 })
  .map((ss) => ss.map((s) => `${s.join(' ')}.`).join(' '));

describe('headwords are written forms', () => {
  it.each([
    ['مبارياتها', 'مباريات', false],
    ['سيطرتها', 'سيطرة', true],
    ['وبالمحادثات', 'محادثات', false],
    ['تداعيات', 'تداعيات', false],
    ['وتستخدمها', 'تستخدم', false],
    ['سيستعد', 'يستعد', false],
    ['اتجاهه', 'اتجاهه', false],
  ])('%s is shown as %s (rebuilt: %s)', (written, shown, rebuilt) => {
    expect(displayOf(tokenOf(written))).toEqual({ text: shown, rebuilt });
  });

  it('refuses a lexicon front that is not clitics (تداعيات is not ت + داعيات)', () => {
    expect(isCliticFront('تداعيات', 1)).toBe(false);
    expect(isCliticFront('والمفاوضات', 3)).toBe(true);
    expect(isCliticFront('للسلطه', 2)).toBe(true);
    expect(displayOf(tokenOf('تداعيات'), 1).text).toBe('تداعيات');
    expect(displayOf(tokenOf('والمفاوضات'), 3).text).toBe('مفاوضات');
  });

  it('property: every headword is one of its forms minus clitics (no lexicon)', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 3 }), (ps) => {
        expect(badHeadwords(ps)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it.skipIf(!present)('property: the same with the real lexicon', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 3 }), (ps) => {
        expect(badHeadwords(ps, real)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('never shows a headword twice', () => {
    const { vocabulary } = analyse(textOf('خسر الفريق المباريات. أقيمت مبارياتها في الملعب. شاهد الجمهور مباريات كثيرة.'));
    const keys = vocabulary.map((v) => normalizeKey(v.display));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('مباريات');
    expect(keys).not.toContain('مبارياه');
  });
});

describe('headwords are the citation-like written form', () => {
  const c = (count: number, rebuilt = false) => ({ count, rebuilt });
  it.each([
    [
      [
        ['استهدفت', c(3)],
        ['استهدف', c(1)],
      ],
      'استهدف',
    ],
    [
      [
        ['حكومية', c(4)],
        ['حكومي', c(1)],
      ],
      'حكومي',
    ],
    [
      [
        ['مستثمرين', c(2)],
        ['مستثمر', c(1)],
      ],
      'مستثمر',
    ],
    [
      [
        ['نهائية', c(2)],
        ['نهائي', c(1)],
      ],
      'نهائي',
    ],
    [
      [
        ['استنكرت', c(1)],
        ['استنكر', c(1)],
      ],
      'استنكر',
    ],
    [
      [
        ['يستهدف', c(2)],
        ['استهدف', c(1)],
      ],
      'استهدف',
    ],
    [
      [
        ['يتعلم', c(2)],
        ['تعلم', c(1)],
      ],
      'تعلم',
    ],
    [
      [
        ['مدرسة', c(1, true)],
        ['مدارس', c(1)],
      ],
      'مدارس',
    ],
    [
      [
        ['مدرسة', c(2)],
        ['مدارس', c(1)],
      ],
      'مدرسة',
    ],
    [
      [
        ['تستخدم', c(2)],
        ['يستخدم', c(1)],
      ],
      'تستخدم',
    ],
    [
      [
        ['قوات', c(3)],
        ['قوة', c(1)],
      ],
      'قوات',
    ],
  ] as const)('%j → %s', (candidates, headword) => {
    expect(chooseHeadword(new Map(candidates))).toBe(headword);
  });

  it('prefers the base form the article wrote in a real text', () => {
    const { vocabulary } = analyse(
      textOf('استهدفت صواريخ القاعدة. وقال إن الفصائل استهدفت القاعدة مرتين. ولم يستهدف أحد المطار، فقد استهدف الهجوم القاعدة.'),
    );
    const entry = vocabulary.find((v) => v.forms.includes('استهدفت'));
    expect(entry?.display).toBe('استهدف');
  });
});

describe('ranking', () => {
  const ARTICLE = [
    'ارتفع سعر الدولار الأسبوع الماضي للمرة الثانية هذا العام، وقال محللون إن التضخم يهدد الاستثمارات.',
    'وأضاف المحللون أن الدولار قد يرتفع العام المقبل، وأن التضخم سيبقى مرتفعا، وأن المستثمرين قلقون من التضخم.',
    'وقالت الحكومة السودانية إن المستثمرين في السودان يتابعون الأسواق، وإن الشركات السودانية تخشى التضخم.',
  ];
  it.each([
    ['without', undefined],
    ['with the real', real],
  ])('puts common news words and time words below the theme words (%s lexicon)', (_, lexicon) => {
    if (lexicon === undefined && _ !== 'without') return;
    const keys = analyse(textOf(...ARTICLE), lexicon).vocabulary.map((v) => normalizeKey(v.display));
    const inflation = keys.indexOf('تضخم');
    expect(inflation).toBeGreaterThanOrEqual(0);
    for (const common of ['دولار', 'عام', 'ماضي', 'اسبوع']) {
      const at = keys.indexOf(common);
      if (at >= 0) expect(at).toBeGreaterThan(inflation);
    }
  });
});
