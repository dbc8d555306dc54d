/**
 * Multiple choice on the article's facts: who said a quotation (من قال: «…»؟), when (متى …؟) for a
 * time phrase that opens its clause, and for numbers, dates, places, organisations and people a
 * statement from the article with the fact blanked out. Distractors are facts of the same kind and
 * shape from the article, then from the built-in lists; none may be named in the proving paragraph.
 */

import { type Rng, shuffle } from '../rng.js';
import { endsWithMarked } from '../text/letters.js';
import { wordCount } from '../text/word-count.js';
import type { Analysis, ChoiceItem, ChoiceSection, Level, QuestionTopic } from '../types.js';
import { type Claim, clashes } from './claims.js';
import { contextOf } from './context-of.js';
import { type FactSlot, factSlots } from './fact-slots.js';
import { INSTRUCTIONS } from './instructions.js';
import { inStatement, statementClauses } from './make-true-false.js';
import { mentionedIn, mentionsChange } from './mentioned-in.js';
import { optionKey } from './option-key.js';
import { perAnalysis } from './per-analysis.js';
import { pickDistractors } from './pick-distractors.js';
import { balancedSlots, placeKey } from './place-key.js';
import { quoteItems } from './speaker-questions.js';
import { standsAlone } from './stands-alone.js';
import { asStatement, clauseAround, innerClause, opensStatement } from './statement.js';

/** What a blank looks like on paper; every blank on the sheet has this width. */
export const BLANK = '…………';

export interface DraftChoice {
  readonly topic: QuestionTopic;
  readonly stem: string;
  readonly key: string;
  readonly distractors: readonly string[];
  readonly sentence: number;
}

const MAX_STATEMENT_WORDS = 32;

/**
 * `claims` holds the sentences earlier items used: a question may not show or repeat their answers.
 * Nor may it ask what the sheet's title already says, or a key in `askedKeys` again.
 */
export function makeFactQuestions(
  analysis: Analysis,
  count: number,
  level: Level,
  rng: Rng,
  claims: ReadonlyMap<number, readonly Claim[]> = new Map(),
  askedKeys: ReadonlySet<string> = new Set(),
): ChoiceSection | undefined {
  if (count <= 0) return undefined;
  const mentionedInTitle = mentionedIn(analysis.text.article.title ?? '');
  // A name the title gives, even in part («المنتخب المغربي» of «المنتخب المغربي لكرة القدم»).
  const inTitle = (key: string) =>
    mentionedInTitle(key) || (key.split(/\s+/).length > 2 && mentionedInTitle(key.split(/\s+/).slice(0, 2).join(' ')));
  const usable = (d: DraftChoice | undefined): d is DraftChoice =>
    d !== undefined &&
    !askedKeys.has(d.key) &&
    !inTitle(d.key) &&
    !clashes(claims, d.sentence, { key: d.topic === 'speaker' ? '' : d.key, text: d.stem });
  // Sentences that make true statements are scarce: a fact inside one is asked from last.
  const stating = statementClauses(analysis);
  // Drafts are made only when chosen (a long article has hundreds of facts; a sheet asks eight).
  const lazy: Lazy[] = [
    ...quoteItems(analysis, level, rng).map((d) => ({ topic: d.topic, sentence: d.sentence, dull: false, later: 0, make: () => d })),
    ...factSlots(analysis).map((slot) => ({
      topic: slot.topic,
      sentence: slot.sentence.id,
      dull: slot.topic === 'number' && LOW_VALUE.test(optionKey(analysis.text.text.slice(slot.end, slot.end + 12))),
      later: Number(inStatement(stating, slot.sentence.id, slot.start)),
      // What can be told from the slot alone is checked before the item is made.
      make: () => (askedKeys.has(slot.key) || inTitle(slot.key) ? undefined : slotItem(slot, analysis, level, rng, claims)),
    })),
  ];
  const chosen = chooseVaried(lazy, count, rng, usable);
  if (chosen.length === 0) return undefined;
  const positions = balancedSlots(
    chosen.map((d) => d.distractors.length + 1),
    rng,
  );
  const items: ChoiceItem[] = chosen.map((d, i) => {
    const { options, answer } = placeKey(d.key, d.distractors, positions[i] ?? 0, rng);
    return { number: i + 1, topic: d.topic, stem: d.stem, options, answer, sentence: d.sentence };
  });
  return { kind: 'multipleChoice', instruction: INSTRUCTIONS.multipleChoice, items };
}

/** A blanked statement (or a «متى» question) from one fact slot, with its distractors. */
export function slotItem(
  slot: FactSlot,
  analysis: Analysis,
  level: Level,
  rng: Rng,
  claims: ReadonlyMap<number, readonly Claim[]> = new Map(),
): DraftChoice | undefined {
  const stems = stemsOf(analysis)(slot);
  for (let which = 0; which < 2; which++) {
    let found = stems[which];
    if (found === undefined) {
      found = findStem(slot, analysis, which) ?? null;
      stems[which] = found;
    }
    if (found === null) continue;
    const { stem, inParagraph } = found;
    if (clashes(claims, slot.sentence.id, { key: slot.key, text: stem })) continue;
    const distractors = pickDistractors(slot.key, slot.candidates, 3, rng, { level, forbidden: inParagraph });
    return distractors.length < 2 ? undefined : { topic: slot.topic, stem, key: slot.key, distractors, sentence: slot.sentence.id };
  }
  return undefined;
}

/** A stem a slot can be asked with, and what rules its distractors out. */
interface SlotStem {
  readonly stem: string;
  readonly inParagraph: (candidate: string) => boolean;
}

/**
 * Per slot, the stem of each of its two clauses once worked out (null when it fails a check not
 * about other items), shared by the draws and versions of a sheet.
 */
const stemsOf: (analysis: Analysis) => (slot: FactSlot) => (SlotStem | null | undefined)[] = perAnalysis(() => {
  const cache = new WeakMap<FactSlot, (SlotStem | null | undefined)[]>();
  return (slot) => {
    let stems = cache.get(slot);
    if (stems === undefined) {
      stems = [undefined, undefined];
      cache.set(slot, stems);
    }
    return stems;
  };
});

/**
 * The stem from the clause from the sentence start (`which` 0) or, when that shows another item's
 * answer, the clause alone (1), if it passes every check not about other items: the answer not
 * shown, a clause that opens like one, short enough, standing alone.
 */
function findStem(slot: FactSlot, analysis: Analysis, which: number): SlotStem | undefined {
  const text = analysis.text.text;
  const clause = which === 0 ? clauseAround(slot.sentence, slot.end) : innerClause(slot.sentence, slot.start, slot.end);
  if (!clause) return undefined;
  const before = text.slice(clause.start, slot.start);
  const after = text.slice(slot.end, clause.end);
  if (mentionedIn(`${before} ${after}`)(slot.key)) return undefined;
  const stem = whenQuestion(slot, before, after) ?? asStatement(`${before}${glue(before)}${BLANK}${after}`);
  // A clause from inside the sentence must open like one.
  if (clause.start !== slot.sentence.start && !opensStatement(asStatement(`${before}${slot.key}${after}`))) return undefined;
  if (wordCount(stem) > MAX_STATEMENT_WORDS || !standsAlone(stem, analysis)) return undefined;
  return { stem, inParagraph: mentionsChange(mentionedIn(contextOf(analysis, slot.sentence)), slot.key) };
}

/** «مساء الثلاثاء، تعرضت القاعدة …» → «متى تعرضت القاعدة …؟» when the time phrase opens the clause. */
function whenQuestion(slot: FactSlot, before: string, after: string): string | undefined {
  if (slot.kind !== 'weekday' || before.trim() !== '' || !/^\s*،/.test(after)) return undefined;
  const rest = asStatement(after.replace(/^\s*،\s*/, '')).replace(/\.$/, '');
  return `متى ${rest}؟`;
}

/** A clitic glued to the blank is kept visible, joined by a tatweel when its letter joins: «بـ…………», «و…………». */
function glue(before: string): string {
  return endsWithMarked(before, 'بلكفس') ? 'ـ' : '';
}

/** How many sources or officials said something is journalism's scaffolding, not the news: asked last. */
const LOW_VALUE = /^\S* ?(مصادر|مصدر|مسؤولين|مسؤول|شهود|مصدرين)/;

/** Up to `count` drafts, taking topics in turn so that the section covers as many kinds as it can. */
interface Lazy {
  readonly topic: QuestionTopic;
  readonly sentence: number;
  /** Asked last: how many sources said something is scaffolding, not news. */
  readonly dull: boolean;
  /** 1 for a fact in a sentence that makes a true statement (asked in the second pass), else 0. */
  readonly later: number;
  readonly make: () => DraftChoice | undefined;
}

function chooseVaried(
  lazy: readonly Lazy[],
  count: number,
  rng: Rng,
  usable: (d: DraftChoice | undefined) => d is DraftChoice,
): DraftChoice[] {
  const byTopic = new Map<QuestionTopic, Lazy[]>();
  for (const d of shuffle(lazy, rng).sort((a, b) => Number(a.dull) - Number(b.dull))) {
    const queue = byTopic.get(d.topic);
    if (queue) queue.push(d);
    else byTopic.set(d.topic, [d]);
  }
  const topics = [...byTopic.keys()].sort();
  const chosen: DraftChoice[] = [];
  const usedSentences = new Set<number>();
  const usedKeys = new Set<string>();
  // First the drafts that leave scarce sentences alone, topics in turn; then any.
  for (const pass of [0, 1]) {
    for (let progressed = true; progressed && chosen.length < count; ) {
      progressed = false;
      for (const topic of topics) {
        if (chosen.length >= count) break;
        const queue = byTopic.get(topic) ?? [];
        for (let i = 0; i < queue.length; i++) {
          const next = queue[i] as Lazy;
          if (next.later > pass) continue;
          queue.splice(i--, 1);
          if (usedSentences.has(next.sentence)) continue;
          const d = next.make();
          if (!usable(d) || usedKeys.has(d.key)) continue;
          chosen.push(d);
          usedSentences.add(d.sentence);
          usedKeys.add(d.key);
          progressed = true;
          break;
        }
      }
    }
  }
  return chosen.sort((a, b) => a.sentence - b.sentence);
}
