/**
 * Matching and ordering sections as Moodle matching questions. Neither GIFT nor core Moodle XML
 * before 4.4 has an ordering type that every site can import, so an ordering becomes a matching of
 * each event to its position (١ = first in the article).
 */
import type { MatchingSection, OrderingSection, Worksheet } from '../types.js';
import { moodleProof } from './moodle-proof.js';
import type { MoodleMatching } from './moodle-question.js';
import { arabicNumber, flattenText } from './moodle-text.js';

/**
 * The sheet's own instruction asks to write numbers in boxes; in Moodle each event has a drop-down
 * of positions, so the ordering question says that instead.
 */
const ORDERING_INSTRUCTION = 'رتّب الجمل بحسب ورودها في النص: اختر لكل جملة رقم ترتيبها (١ = الأولى).';

/** Moodle imports a matching question only with two pairs or more. */
const MIN_PAIRS = 2;

/** Quotations ↔ speakers or words ↔ glosses; right items no left item points to become distractors. */
export function moodleMatching(
  worksheet: Worksheet,
  section: MatchingSection,
  name: string,
  skipped: string[],
): MoodleMatching | undefined {
  const pairs: { left: string; right: string }[] = [];
  const feedback: string[] = [];
  const used = new Set<number>();
  section.left.forEach((leftText, i) => {
    const index = section.answer[i];
    const left = flattenText(leftText);
    const right = index === undefined ? '' : flattenText(section.right[index] ?? '');
    if (index === undefined || left === '' || right === '') {
      skipped.push(`${name}: row ${i + 1} has no match`);
      return;
    }
    used.add(index);
    pairs.push({ left, right });
    feedback.push(`${left} ← ${right}${proofOf(worksheet, section.sentences[i])}`);
  });
  if (pairs.length < MIN_PAIRS) {
    skipped.push(`${name}: fewer than ${MIN_PAIRS} pairs, Moodle needs at least ${MIN_PAIRS}`);
    return undefined;
  }
  const distractors = section.right.filter((_, j) => !used.has(j)).map(flattenText);
  return {
    kind: 'matching',
    name,
    text: [flattenText(section.instruction.ar)].filter((line) => line !== ''),
    pairs,
    distractors: [...new Set(distractors)].filter((d) => d !== '' && !pairs.some((p) => p.right === d)),
    feedback,
  };
}

/** Events ↔ their position in the article, written with Arabic-Indic digits. */
export function moodleOrdering(
  worksheet: Worksheet,
  section: OrderingSection,
  name: string,
  skipped: string[],
): MoodleMatching | undefined {
  const pairs: { left: string; right: string }[] = [];
  const byPosition: string[] = [];
  section.events.forEach((eventText, i) => {
    const position = section.answer.indexOf(i);
    const left = flattenText(eventText);
    if (position < 0 || left === '') {
      skipped.push(`${name}: event ${i + 1} has no position`);
      return;
    }
    pairs.push({ left, right: arabicNumber(position + 1) });
    byPosition[position] = `${arabicNumber(position + 1)}- ${left}${proofOf(worksheet, section.sentences[i])}`;
  });
  if (pairs.length < MIN_PAIRS) {
    skipped.push(`${name}: fewer than ${MIN_PAIRS} events, Moodle needs at least ${MIN_PAIRS}`);
    return undefined;
  }
  return {
    kind: 'matching',
    name,
    text: [ORDERING_INSTRUCTION],
    pairs,
    distractors: [],
    feedback: byPosition.filter((line) => line !== undefined),
  };
}

/** ` (الفقرة ٣، الجملة ٥)`, or nothing when the section names no sentence for the row. */
function proofOf(worksheet: Worksheet, sentence: number | undefined): string {
  return sentence === undefined ? '' : ` (${moodleProof(worksheet, sentence)})`;
}
