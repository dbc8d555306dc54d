/**
 * The answer key, section by section and item by item, read from the sections themselves (so it
 * matches what the sheet prints) with the proving paragraph taken from `Worksheet.answerKey`.
 */
import type { Digits } from '../options.js';
import type { ChoiceSection, ClozeSection, KeyEntry, MatchingSection, OrderingSection, Section, TrueFalseSection } from '../types.js';
import { LABELS, ORDINALS, SECTION_TITLES } from './labels.js';
import { optionLetter } from './option-letter.js';
import type { KeyItemView, KeySectionView } from './worksheet-view.js';

type Clean = (text: string) => string;
type Num = (n: number) => string;

/**
 * The key for one section, item by item, read from the section itself (so it matches what the
 * sheet prints) with the proving paragraph taken from `Worksheet.answerKey` by (section, number).
 * Matching and ordering items are numbered 1… in the order of `left` and of the article.
 */
export function keySection(
  section: Section,
  index: number,
  answerKey: readonly KeyEntry[],
  text: Clean,
  num: Num,
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

/** The key lines of one section; vocabulary has none. */
function keyItems(
  section: Section,
  proof: (number: number, sentence: number) => string,
  text: Clean,
  num: Num,
  digits: Digits,
): KeyItemView[] {
  switch (section.kind) {
    case 'vocabulary':
      return [];
    case 'cloze':
      return clozeKey(section, proof, text, num);
    case 'multipleChoice':
    case 'vocabularyInContext':
      return choiceKey(section, proof, text, num, digits);
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

/** The word that fills each gap, as the article writes it. */
function clozeKey(section: ClozeSection, proof: Proof, text: Clean, num: Num): KeyItemView[] {
  return section.gaps.map((g) => ({ number: num(g.number), answer: text(g.answer), proof: proof(g.number, g.sentence) }));
}

/** The letter of the right option and its text, so the teacher marks without turning back. */
function choiceKey(section: ChoiceSection, proof: Proof, text: Clean, num: Num, digits: Digits): KeyItemView[] {
  return section.items.map((item) => ({
    number: num(item.number),
    answer: `${optionLetter(item.answer, digits)}) ${text(item.options[item.answer] ?? '')}`,
    proof: proof(item.number, item.sentence),
  }));
}

/** صح or خطأ, and for a false statement what the article says instead. */
function trueFalseKey(section: TrueFalseSection, proof: Proof, text: Clean, num: Num): KeyItemView[] {
  return section.items.map((item) => ({
    number: num(item.number),
    answer: item.answer ? LABELS.trueWord : LABELS.falseWord,
    ...(!item.answer && item.swap ? { correction: text(item.swap.from) } : {}),
    proof: proof(item.number, item.sentence),
  }));
}

/** For each numbered item, the letter of its match. */
function matchingKey(section: MatchingSection, proof: Proof, num: Num, digits: Digits): KeyItemView[] {
  return section.answer.map((right, i) => ({
    number: num(i + 1),
    answer: optionLetter(right, digits),
    proof: proof(i + 1, section.sentences[i] ?? -1),
  }));
}

/** One line per event as the sheet letters them: the rank the pupil should write in its box. */
function orderingKey(section: OrderingSection, proof: Proof, num: Num, digits: Digits): KeyItemView[] {
  const rank = new Map(section.answer.map((event, k) => [event, k + 1] as const));
  return section.events.map((_, event) => ({
    number: optionLetter(event, digits),
    answer: num(rank.get(event) ?? 0),
    proof: proof(rank.get(event) ?? 0, section.sentences[event] ?? -1),
  }));
}
