/**
 * The small pieces the exercises are made of, table-driven: statements cut from sentences, option
 * comparison, distractor choice, key placement, option kinds and word shapes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeMentioned } from '../../src/exercises/mentioned-in.js';
import { optionKey, overlaps, roughStem, walkKey } from '../../src/exercises/option-key.js';
import { phraseShape, sameShape } from '../../src/exercises/phrase-shape.js';
import { compatible, pickDistractors } from '../../src/exercises/pick-distractors.js';
import { balancedPositions, balancedSlots, placeKey } from '../../src/exercises/place-key.js';
import { standsAlone } from '../../src/exercises/stands-alone.js';
import { asStatement, clauseAround, lacksSpeaker, opensStatement } from '../../src/exercises/statement.js';
import { fork } from '../../src/rng.js';
import { normalizeKey } from '../../src/text/normalize-key.js';
import type { Analysis, Sentence } from '../../src/types.js';

describe('asStatement', () => {
  it.each([
    ['وقالت ثلاثة مصادر إن المحادثات ستبدأ', 'قالت ثلاثة مصادر إن المحادثات ستبدأ.', 'glued و on a verb (sample, paragraph 2)'],
    ['من جانبه، اعتبر المستشار أن الضربات خطيرة', 'اعتبر المستشار أن الضربات خطيرة.', 'discourse opener (sample, paragraph 12)'],
    ['كما استنكر المتحدث الضربات', 'استنكر المتحدث الضربات.', 'كما (sample, paragraph 11)'],
    ['ومن المتوقع أن تستغرق المحادثات أشهرا', 'من المتوقع أن تستغرق المحادثات أشهرا.', 'و on a short function word'],
    ['وزير الخارجية يزور بغداد', 'وزير الخارجية يزور بغداد.', 'و that is a root letter stays'],
    ['فصائل مسلحة تهاجم القاعدة،', 'فصائل مسلحة تهاجم القاعدة.', 'ف that is a root letter stays; trailing comma goes'],
  ])('%s → %s (%s)', (input, expected) => {
    expect(asStatement(input)).toBe(expected);
  });

  it('tells a bare «قال «…»» from a statement with its speaker', () => {
    expect(lacksSpeaker('قال «لا نريد تصعيد الصراع».')).toBe(true);
    expect(lacksSpeaker('قال الوزير «لا نريد تصعيد الصراع».')).toBe(false);
  });

  it('reads a name in guillemets after the verb as its subject, not a quotation', () => {
    const names = new Set([optionKey('المقاومة الإسلامية في العراق'), optionKey('وكالة الصحافة الفرنسية')]);
    expect(lacksSpeaker('أعلنت «المقاومة الإسلامية في العراق» مسؤوليتها عن الهجمات.', names)).toBe(false);
    expect(lacksSpeaker('نقلت «وكالة الصحافة الفرنسية» عن مصادر أن الضربات استهدفت مواقع.', names)).toBe(false);
    expect(lacksSpeaker('قال «المقاومة مستمرة».', names)).toBe(true);
    expect(lacksSpeaker('أعلنت «المقاومة الإسلامية في العراق» مسؤوليتها عن الهجمات.')).toBe(true);
  });
});

describe('clauseAround: where a statement may end', () => {
  const clause = (text: string, minWords = 3) => {
    const sentence = { id: 0, paragraph: 0, start: 0, end: text.length, text, tokens: [] } as unknown as Sentence;
    const { start, end } = clauseAround(sentence, 0, minWords);
    return text.slice(start, end);
  };
  it.each([
    [
      'تأتي الضربات مع استمرار الحرب بين إسرائيل، حليفة واشنطن، وحركة حماس المدعومة من إيران، وفق مراقبين.',
      'تأتي الضربات مع استمرار الحرب بين إسرائيل، حليفة واشنطن، وحركة حماس المدعومة من إيران',
      '«بين» waits for its second party past an apposition (واشنطن is no conjunction)',
    ],
    [
      'أعلنت الجماعة وهي شبكة من الفصائل المسلحة، مسؤوليتها عن تلك الهجمات.',
      'أعلنت الجماعة وهي شبكة من الفصائل المسلحة، مسؤوليتها عن تلك الهجمات',
      'a comma that closes «وهي …» leaves the verb without its object',
    ],
    [
      'قالت أربعة مصادر إن البلدين سيبدآن محادثات قريبا، وهي خطوة توقفت بسبب الحرب.',
      'قالت أربعة مصادر إن البلدين سيبدآن محادثات قريبا',
      'a plain clause ends at its comma',
    ],
  ])('%s → %s (%s)', (input, expected) => {
    expect(clause(input)).toBe(expected);
  });
});

describe('comparing options', () => {
  it.each([
    ['الضربات', 'ضربة', true],
    ['والحكومة', 'الحكومة', true],
    ['العراق', 'سوريا', false],
    ['قاسم الأعرجي', 'لويد أوستن', false],
  ])('roughStem(%s) = roughStem(%s): %s', (a, b, same) => {
    expect(roughStem(a) === roughStem(b)).toBe(same);
  });

  it('sees one option inside another word by word, not letter by letter', () => {
    expect(overlaps('وكالة رويترز', 'رويترز')).toBe(true);
    expect(overlaps('العراق', 'العراقية')).toBe(false);
  });

  it('ignores diacritics and hamza forms', () => {
    expect(optionKey('أَكَّدَ')).toBe(optionKey('اكد'));
    expect(compatible('إيران', 'ايران')).toBe(false);
  });

  it.each([
    ['«قال»: العراق، اليوم.', 'قال العراق اليوم'],
    ['  (٣) جنود - 1,200 ', '3 جنود 1200'],
    ['وزير\u00a0الدفاع\u2003الأميركي', 'وزير الدفاع الاميركي'],
    ['ڤيينا\u200bاليوم', 'ڤيينااليوم'],
  ])('keys %s as %s', (text, key) => {
    expect(optionKey(text)).toBe(key);
  });

  it('keys common texts the short way as the walk over the characters does', () => {
    // Letters, digits, the spaces folded, punctuation of the short way, and characters it leaves to the walk.
    const unit = fc.constantFrom(...'اعرقةأى٣9aZ \n\t\u00a0\u2003«»،؛.,:!-/()[]_~©\u2014\u201c\u2000\u200b\u0640ڤۀ\u00aa\u00b2');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        expect(optionKey(text)).toBe(walkKey(normalizeKey(text)));
      }),
    );
  });
});

describe('mentionedIn', () => {
  it.each([
    ['بالعراق', 'العراق', true],
    ['للعراق', 'العراق', true],
    ['وللعراق', 'العراق', true],
    ['العراقي', 'العراق', false],
    ['في العراق اليوم', 'العراق اليوم', true],
    ['في العراق أمس', 'العراق اليوم', false],
  ])('%s mentions %s: %s', (text, candidate, expected) => {
    expect(makeMentioned(text)(candidate)).toBe(expected);
    expect(makeMentioned(text, 0)(candidate)).toBe(expected);
  });

  it('answers the same by scanning the words as by their index', () => {
    const word = fc.string({ unit: fc.constantFrom('و', 'ف', 'ب', 'ل', 'ك', 'ا', 'ع', 'ر', 'ق'), minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 12 }),
        fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { maxLength: 8 }),
        (words, asks) => {
          const text = words.join(' ');
          const scanning = makeMentioned(text, Number.POSITIVE_INFINITY);
          const indexed = makeMentioned(text, 0);
          for (const ask of asks) expect(scanning(ask.join(' '))).toBe(indexed(ask.join(' ')));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('pickDistractors', () => {
  const rng = () => fork('t', 'pick');
  it('prefers the first tier and never offers a form of the key or a forbidden word', () => {
    const picked = pickDistractors(
      'الحكومة',
      [
        ['الوزارة', 'الحكومات', 'القيادة'],
        ['المدرسة', 'الجامعة'],
      ],
      3,
      rng(),
      {
        level: 2,
        forbidden: (c) => c === 'القيادة',
      },
    );
    expect(picked).toContain('الوزارة');
    expect(picked).not.toContain('الحكومات');
    expect(picked).not.toContain('القيادة');
    expect(picked).toHaveLength(3);
  });

  it('returns distinct, mutually compatible options for any candidates', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.array(fc.string()), fc.string(), (key, candidates, seed) => {
        const picked = pickDistractors(key, [candidates], 3, fork(seed, 'x'), { level: 3 });
        for (const p of picked) expect(compatible(key, p)).toBe(true);
        for (let i = 0; i < picked.length; i++)
          for (let j = i + 1; j < picked.length; j++) expect(compatible(picked[i] as string, picked[j] as string)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('key positions', () => {
  it('are balanced over four letters', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.string(), (n, seed) => {
        const counts = [0, 0, 0, 0];
        for (const p of balancedPositions(n, 4, fork(seed, 'k'))) counts[p] = (counts[p] ?? 0) + 1;
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 1000 },
    );
  });

  it('are balanced over the whole list when some items have only three options', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(3, 4), { minLength: 1, maxLength: 30 }), fc.string(), (sizes, seed) => {
        const slots = balancedSlots(sizes, fork(seed, 'k'));
        slots.forEach((p, i) => expect(p).toBeLessThan(sizes[i] as number));
        const counts = [0, 0, 0, 0];
        for (const p of slots) counts[p] = (counts[p] ?? 0) + 1;
        // أ ب ج are open to every item: they stay within one of each other.
        expect(Math.max(...counts.slice(0, 3)) - Math.min(...counts.slice(0, 3))).toBeLessThanOrEqual(1);
        // د takes its share from the four-option items.
        const fours = sizes.filter((n) => n === 4).length;
        expect(counts[3]).toBeGreaterThanOrEqual(Math.min(fours, Math.floor(sizes.length / 4)));
      }),
      { numRuns: 1000 },
    );
  });

  it('put the key where asked among the distractors', () => {
    const { options, answer } = placeKey('ب', ['أ', 'ج', 'د'], 2, fork('s', 'p'));
    expect(answer).toBe(2);
    expect(options[2]).toBe('ب');
    expect([...options].sort()).toEqual(['أ', 'ب', 'ج', 'د'].sort());
  });
});

describe('word shapes', () => {
  it.each([
    ['والحكومة', 'وال', true],
    ['الحكومة', 'ال', true],
    ['حكومة', '', false],
    ['للعراق', 'لل', true],
  ])('%s', (word, prefix, definite) => {
    const shape = phraseShape(word);
    expect(shape.prefixes.replace(/\+/g, '')).toBe(prefix);
    expect(shape.definite).toBe(definite);
  });

  it('keeps ال apart from no ال, and a feminine ending apart from none', () => {
    expect(sameShape(phraseShape('الوزارة'), phraseShape('وزارة'))).toBe(false);
    expect(sameShape(phraseShape('الوزارة'), phraseShape('القيادة'))).toBe(true);
    expect(sameShape(phraseShape('الوزارة'), phraseShape('الجيش'))).toBe(false);
  });

  it('keeps the indefinite accusative (told by its tanween) apart from other indefinite words', () => {
    // «…، ____ إلى أن» with «مشيراً»: «رئيس» and «تصريح» are options of another kind.
    for (const accusative of ['مضيفاً', 'معلنًا', 'سماءً']) {
      expect(sameShape(phraseShape('مشيراً'), phraseShape(accusative))).toBe(true);
    }
    for (const other of ['رئيس', 'تصريح', 'مشيرا', 'مدينةً']) {
      expect(sameShape(phraseShape('مشيراً'), phraseShape(other))).toBe(false);
    }
    // A feminine accusative keeps its ending: like other feminine accusatives, not like «مدينة».
    expect(sameShape(phraseShape('مدينةً'), phraseShape('حكومةً'))).toBe(true);
    expect(sameShape(phraseShape('مدينةً'), phraseShape('مدينة'))).toBe(false);
  });
});

describe('statements that stand on their own (a teacher strikes the others)', () => {
  const analysis = { names: [{ name: 'لويد أوستن', type: 'person', count: 1, sentences: [0] }] } as unknown as Analysis;
  it.each([
    ['كانت هذه القاعدة قد استهدفت بصواريخ باليستية.', false, 'which base? (a demonstrative)'],
    ['أضاف المحافظ أن البنك يتوقع تراجع التضخم.', false, 'which governor? (a bare title)'],
    ['استنكر المتحدث الضربات.', false, 'which spokesman?'],
    ['أشارت إلى أن معلمتين شاركتا في البرنامج.', false, 'no subject'],
    ['قال مدرب المنتخب في المؤتمر الصحفي عقب المباراة.', false, 'said nothing'],
    ['أكد وزير الدفاع الأميركي لويد أوستن أن القوات ردت.', true, 'a named subject'],
    ['أعلنت الولايات المتحدة مسؤوليتها عن الضربات.', true, 'أعلن takes an object'],
    ['يذكر أن الأردن يضم ثلاث جامعات حكومية.', true, 'the impersonal يذكر أن'],
  ])('%s → %s (%s)', (statement, expected) => {
    expect(standsAlone(statement, analysis)).toBe(expected);
  });

  it('lets a vocabulary item keep a subject the sentence before gave', () => {
    expect(standsAlone('كانت هذه القاعدة قد استهدفت بصواريخ باليستية.', analysis, { anaphora: false })).toBe(true);
    expect(standsAlone('أشارت إلى أن معلمتين شاركتا في البرنامج.', analysis, { anaphora: false })).toBe(false);
  });

  it.each([
    ['أكد رئيس الجامعة أن الجماهير كانت اللاعب رقم واحد', true],
    ['دعوته إلى انسحاب قوات التحالف الدولي من العراق', false],
    ['مساء الأربعاء، بعد فوزه على نظيره النيجيري', false],
    ['بمناسبة اليوم العالمي للمعلمين، إلى أن العالم يحتاج', false],
    ['يعاني نحو 40% منها من الاكتظاظ', false],
    ['تقام مبارياتها في ست مدن مغربية', false],
    ['يتضمن 120 ساعة تدريبية', false],
  ])('a later clause «%s» opens a statement: %s', (clause, expected) => {
    expect(opensStatement(clause)).toBe(expected);
  });
});
