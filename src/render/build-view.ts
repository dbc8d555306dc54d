/**
 * Worksheet → WorksheetView: the printable strings every template draws from. `clean` is applied
 * to each string that comes from the article (Markdown escaping for `.md`; identity for HTML,
 * where Handlebars escapes, and for plain text).
 */
import type { Digits, Options } from '../options.js';
import type {
  ChoiceSection,
  ClozeSection,
  KeyEntry,
  MatchingSection,
  OrderingSection,
  Section,
  TrueFalseSection,
  VocabularySection,
  Worksheet,
} from '../types.js';
import { formatDigits, formatNumber } from './format-digits.js';
import { LABELS, OPTION_LETTERS, ORDINALS, SECTION_TITLES } from './labels.js';
import type { KeyItemView, KeySectionView, OptionView, PartView, SectionView, WorksheetView } from './worksheet-view.js';

/** Turns a string from the article into printable text for one format. */
export type Clean = (text: string) => string;

/** A blank in a vocabulary-in-context stem: three or more underscores or tatweels. */
const STEM_GAP = /_{3,}|ـ{3,}|…{2,}|\.{4,}/;

const PARTIALS: Readonly<Record<Section['kind'], string>> = {
  vocabulary: 'section-vocabulary',
  cloze: 'section-cloze',
  multipleChoice: 'section-multiple-choice',
  vocabularyInContext: 'section-vocabulary-in-context',
  trueFalse: 'section-true-false',
  matching: 'section-matching',
  ordering: 'section-ordering',
};

/** Option letter for index `i`: 0 → أ. Past the list, the number itself. */
export function optionLetter(i: number, digits: Digits): string {
  return OPTION_LETTERS[i] ?? formatNumber(i + 1, digits);
}

/** Latin letters and no Arabic ones: an English gloss, printed left to right. */
const LATIN_ONLY =
  /^[^\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]*[A-Za-z][^\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]*$/;

/** An option, matching answer or event: its letter, its text, and whether it reads left to right. */
function optionView(i: number, raw: string, digits: Digits, text: Clean): OptionView {
  return { label: optionLetter(i, digits), text: text(raw), ltr: LATIN_ONLY.test(raw) };
}

/** Builds the view a template renders; pure. */
export function buildView(worksheet: Worksheet, options: Options, clean: Clean): WorksheetView {
  const d = options.digits;
  const text = (s: string) => clean(formatDigits(s, d));
  const num = (n: number) => formatNumber(n, d);
  const sections = worksheet.sections.map((section, index) => sectionView(section, index, options, text, num));
  const key = worksheet.sections.map((section, index) => keySection(section, index, worksheet.answerKey, text, num, d));
  const byline = [worksheet.byline?.place, worksheet.byline?.author].filter((s): s is string => Boolean(s)).join(' - ');
  return {
    title: text(worksheet.meta.title),
    byline: text(byline),
    level: num(worksheet.meta.level),
    version: clean(worksheet.meta.version),
    seed: clean(worksheet.meta.seed),
    createdFrom: clean(worksheet.meta.createdFrom),
    passage: worksheet.passage.map((p, i) => ({ number: num(i + 1), text: text(p.text) })),
    sections,
    key: key.filter((k) => k.items.length > 0),
    labels: LABELS,
    paper: options.paper,
    pageSize: options.paper === 'letter' ? 'letter' : 'A4',
    counterStyle: d === 'arabic' ? 'arabic-indic' : 'decimal',
    largePrint: options.largePrint,
    digits: d,
    instructions: options.instructions,
    showArabic: options.instructions !== 'en',
    showEnglish: options.instructions !== 'ar',
    worksheet,
  };
}

function sectionView(section: Section, index: number, options: Options, text: Clean, num: (n: number) => string): SectionView {
  const base = {
    partial: PARTIALS[section.kind],
    ordinal: ORDINALS[index] ?? num(index + 1),
    title: SECTION_TITLES[section.kind],
    instruction: {
      ...(options.instructions === 'en' ? {} : { ar: text(section.instruction.ar) }),
      ...(options.instructions === 'ar' ? {} : { en: text(section.instruction.en) }),
    },
  };
  switch (section.kind) {
    case 'vocabulary':
      return { ...base, kind: section.kind, ...vocabularyRows(section, text, num) };
    case 'cloze':
      return {
        ...base,
        kind: section.kind,
        paragraphs: section.paragraphs.map((parts) =>
          parts.map((p): PartView => (p.kind === 'gap' ? { gap: num(p.number) } : { text: text(p.text) })),
        ),
        bank: section.bank.map(text),
      };
    case 'multipleChoice':
    case 'vocabularyInContext':
      return {
        ...base,
        kind: section.kind,
        items: section.items.map((item) => ({
          number: num(item.number),
          stem: stemParts(item.stem, text),
          options: item.options.map((o, i) => optionView(i, o, options.digits, text)),
        })),
      };
    case 'trueFalse':
      return {
        ...base,
        kind: section.kind,
        items: section.items.map((item) => ({ number: num(item.number), text: text(item.statement) })),
      };
    case 'matching': {
      const left = section.left.map((s, i) => ({ number: num(i + 1), text: text(s) }));
      const right = section.right.map((s, i) => optionView(i, s, options.digits, text));
      const rows = Array.from({ length: Math.max(left.length, right.length) }, (_, i) => ({
        ...(left[i] ? { left: left[i] } : {}),
        ...(right[i] ? { right: right[i] } : {}),
      }));
      return { ...base, kind: section.kind, left, right, rows };
    }
    case 'ordering':
      return {
        ...base,
        kind: section.kind,
        events: section.events.map((e, i) => optionView(i, e, options.digits, text)),
      };
  }
}

function vocabularyRows(section: VocabularySection, text: Clean, num: (n: number) => string) {
  const rows = section.entries.map((e, i) => ({
    number: num(i + 1),
    word: text(e.lemma ?? e.display),
    forms: e.forms
      .filter((f) => f !== (e.lemma ?? e.display))
      .map(text)
      .join('، '),
    gloss: e.gloss === undefined ? '' : text(e.gloss),
    level: e.level === undefined ? '' : num(e.level),
  }));
  return { rows, hasGloss: rows.some((r) => r.gloss !== ''), hasLevel: rows.some((r) => r.level !== '') };
}

/** Splits a stem at its blank (`____`) so templates can draw one fixed-width gap. */
function stemParts(stem: string, text: Clean): PartView[] {
  const match = STEM_GAP.exec(stem);
  if (!match) return [{ text: text(stem) }];
  const before = stem.slice(0, match.index);
  const after = stem.slice(match.index + match[0].length);
  return [...(before ? [{ text: text(before) }] : []), { gap: '' }, ...(after ? [{ text: text(after) }] : [])];
}

/**
 * The key for one section, item by item, read from the section itself (so it matches what the
 * sheet prints) with the proving paragraph taken from `Worksheet.answerKey` by (section, number).
 * Matching and ordering items are numbered 1… in the order of `left` and of the article.
 */
function keySection(
  section: Section,
  index: number,
  answerKey: readonly KeyEntry[],
  text: Clean,
  num: (n: number) => string,
  digits: Digits,
): KeySectionView {
  const proof = (number: number, sentence: number): string => {
    const paragraph = proofParagraph(answerKey, index, number, sentence);
    if (paragraph !== undefined) return `${LABELS.paragraph} ${num(paragraph)}`;
    return sentence >= 0 ? `${LABELS.sentence} ${num(sentence + 1)}` : '';
  };
  return {
    ordinal: ORDINALS[index] ?? num(index + 1),
    title: SECTION_TITLES[section.kind],
    kind: section.kind,
    columns: section.kind === 'ordering' ? { number: LABELS.event, answer: LABELS.rank } : { number: LABELS.number, answer: LABELS.answer },
    items: keyItems(section, proof, text, num, digits),
  };
}

function keyItems(
  section: Section,
  proof: (number: number, sentence: number) => string,
  text: Clean,
  num: (n: number) => string,
  digits: Digits,
): KeyItemView[] {
  switch (section.kind) {
    case 'vocabulary':
      return [];
    case 'cloze':
      return clozeKey(section, proof, text, num);
    case 'multipleChoice':
    case 'vocabularyInContext':
      return choiceKey(section, proof, num, digits);
    case 'trueFalse':
      return trueFalseKey(section, proof, text, num);
    case 'matching':
      return matchingKey(section, proof, num, digits);
    case 'ordering':
      return orderingKey(section, proof, num, digits);
  }
}

type Proof = (number: number, sentence: number) => string;

/**
 * The 1-based paragraph that proves an item: the key entry for this section and number when it
 * names the same sentence, else any entry on that sentence, else the entry for the number.
 */
function proofParagraph(answerKey: readonly KeyEntry[], section: number, number: number, sentence: number): number | undefined {
  const own = answerKey.filter((k) => k.section === section && k.number === number);
  return (
    own.find((k) => k.sentence === sentence + 1)?.paragraph ??
    answerKey.find((k) => k.sentence === sentence + 1)?.paragraph ??
    own[0]?.paragraph
  );
}

function clozeKey(section: ClozeSection, proof: Proof, text: Clean, num: (n: number) => string): KeyItemView[] {
  return section.gaps.map((g) => ({ number: num(g.number), answer: text(g.answer), proof: proof(g.number, g.sentence) }));
}

function choiceKey(section: ChoiceSection, proof: Proof, num: (n: number) => string, digits: Digits): KeyItemView[] {
  return section.items.map((item) => ({
    number: num(item.number),
    answer: optionLetter(item.answer, digits),
    proof: proof(item.number, item.sentence),
  }));
}

function trueFalseKey(section: TrueFalseSection, proof: Proof, text: Clean, num: (n: number) => string): KeyItemView[] {
  return section.items.map((item) => ({
    number: num(item.number),
    answer: item.answer ? LABELS.trueWord : LABELS.falseWord,
    ...(!item.answer && item.swap ? { correction: text(item.swap.from) } : {}),
    proof: proof(item.number, item.sentence),
  }));
}

function matchingKey(section: MatchingSection, proof: Proof, num: (n: number) => string, digits: Digits): KeyItemView[] {
  return section.answer.map((right, i) => ({
    number: num(i + 1),
    answer: optionLetter(right, digits),
    proof: proof(i + 1, section.sentences[i] ?? -1),
  }));
}

/** One line per event as the sheet letters them: the rank the pupil should write in its box. */
function orderingKey(section: OrderingSection, proof: Proof, num: (n: number) => string, digits: Digits): KeyItemView[] {
  const rank = new Map(section.answer.map((event, k) => [event, k + 1] as const));
  return section.events.map((_, event) => ({
    number: optionLetter(event, digits),
    answer: num(rank.get(event) ?? 0),
    proof: proof(rank.get(event) ?? 0, section.sentences[event] ?? -1),
  }));
}
