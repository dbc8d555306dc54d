/**
 * True or false: statements cut from the article. A true one is the article's own words; a false
 * one swaps one fact for another of the same kind and shape that the article names elsewhere (or a
 * built-in one) — never a negation, which would test grammar instead of reading.
 */
import { type Rng, sample, shuffle } from '../rng.js';
import type { Analysis, Level, TrueFalseItem, TrueFalseSection } from '../types.js';
import { factSlots } from './fact-slots.js';
import { INSTRUCTIONS } from './instructions.js';
import { mentionedIn } from './mentioned-in.js';
import { optionKey } from './option-key.js';
import { pickDistractors } from './pick-distractors.js';
import { asStatement, clauseAround } from './statement.js';

const MIN_WORDS = 5;
const MAX_WORDS = 28;

interface Draft {
  readonly statement: string;
  readonly answer: boolean;
  readonly sentence: number;
  readonly swap?: { readonly from: string; readonly to: string };
}

export function makeTrueFalse(
  analysis: Analysis,
  count: number,
  level: Level,
  rng: Rng,
  avoidSentences: ReadonlySet<number>,
): TrueFalseSection | undefined {
  const slots = sample(
    factSlots(analysis).filter((s) => !avoidSentences.has(s.sentence.id)),
    Number.POSITIVE_INFINITY,
    rng,
  );
  const falseCount = Math.floor(count / 2) + (count % 2 === 1 ? rng.int(2) : 0);
  const wantFalse = shuffle(
    Array.from({ length: count }, (_, i) => i < falseCount),
    rng,
  );
  const whole = optionKey(analysis.text.text);
  const drafts: Draft[] = [];
  const used = new Set<number>();
  for (const slot of shuffle(slots, rng)) {
    if (drafts.length >= count) break;
    if (used.has(slot.sentence.id)) continue;
    const text = analysis.text.text;
    const clause = clauseAround(slot.sentence, slot.end);
    const before = text.slice(clause.start, slot.start);
    const after = text.slice(slot.end, clause.end);
    const words = `${before}${slot.key}${after}`.trim().split(/\s+/).length;
    if (words < MIN_WORDS || words > MAX_WORDS) continue;
    if (wantFalse[drafts.length]) {
      const paragraph = analysis.text.paragraphs[slot.sentence.paragraph]?.text ?? '';
      const [to] = pickDistractors(slot.key, slot.candidates, 1, rng, { level, forbidden: mentionedIn(paragraph) });
      if (!to) continue;
      const statement = asStatement(`${before}${to}${after}`);
      if (whole.includes(optionKey(statement))) continue;
      drafts.push({ statement, answer: false, sentence: slot.sentence.id, swap: { from: slot.key, to } });
    } else {
      drafts.push({ statement: asStatement(`${before}${slot.key}${after}`), answer: true, sentence: slot.sentence.id });
    }
    used.add(slot.sentence.id);
  }
  if (drafts.length === 0) return undefined;
  const items: TrueFalseItem[] = drafts
    .sort((a, b) => a.sentence - b.sentence)
    .map((d, i) => ({
      number: i + 1,
      statement: d.statement,
      answer: d.answer,
      sentence: d.sentence,
      ...(d.swap ? { swap: d.swap } : {}),
    }));
  return { kind: 'trueFalse', instruction: INSTRUCTIONS.trueFalse, items };
}
