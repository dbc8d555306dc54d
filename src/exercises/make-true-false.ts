/**
 * True or false: statements cut from the article. A true one is the article's own words; a false
 * one swaps one fact for another of the same kind and shape that the article names elsewhere (or a
 * built-in one) — never a negation, which would test grammar instead of reading.
 */

import { type Rng, shuffle } from '../rng.js';
import { normalizeKey } from '../text/normalize-key.js';
import { wordCount } from '../text/word-count.js';
import type { Analysis, Level, Sentence, TrueFalseItem, TrueFalseSection } from '../types.js';
import { articleKey } from './article-key.js';
import { type Claim, clashes } from './claims.js';
import { contextOf } from './context-of.js';
import { type FactSlot, factSlots, placeSort } from './fact-slots.js';
import { INSTRUCTIONS } from './instructions.js';
import { mentionedIn, mentionsChange } from './mentioned-in.js';
import { optionKey } from './option-key.js';
import { perAnalysis } from './per-analysis.js';
import { pickDistractors } from './pick-distractors.js';
import { opensReport, standsAlone } from './stands-alone.js';
import { asStatement, clauseAround, lacksSpeaker, laterClauses, nameKeys } from './statement.js';

const MIN_WORDS = 5;
const MAX_WORDS = 40;

interface Draft {
  readonly statement: string;
  readonly answer: boolean;
  readonly sentence: number;
  readonly swap?: { readonly from: string; readonly to: string };
}

/**
 * A name is swapped only for another the article names (a built-in capital in a sentence about a
 * local base reads as absurd, not false); numbers, dates and weekdays may come from anywhere.
 */
function swapTiers(slot: FactSlot): readonly (readonly string[])[] {
  // A town or a base swapped for another place reads as absurd («منطقة قطاع غزة … جنوب بغداد»),
  // not as false: only countries and capitals are swapped.
  if (slot.kind === 'place' && placeSort(slot.key) === 'locality') return [];
  return slot.kind === 'person' || slot.kind === 'place' || slot.kind === 'organisation' ? slot.candidates.slice(0, 1) : slot.candidates;
}

/** True when the text before a point leaves a «…» open. */
function insideQuote(before: string): boolean {
  return before.split('«').length > before.split('»').length;
}

/** A statement a student can judge on its own: not too short, not too long, with its speaker. */
function fits(raw: string, analysis: Analysis): boolean {
  const words = wordCount(raw.trim());
  if (words < MIN_WORDS || words > MAX_WORDS) return false;
  const statement = asStatement(raw);
  return !lacksSpeaker(statement, nameKeys(analysis)) && standsAlone(statement, analysis);
}

/**
 * Sentence id → where its opening clause ends, for the sentences whose opening clause makes a
 * true statement on its own. This section can use nothing else, while the other sections can
 * often ask a word or fact further on; an item inside such a clause would print or hide what a
 * statement needs, so the others leave these words for last.
 */
export const statementClauses: (analysis: Analysis) => ReadonlyMap<number, number> = perAnalysis((analysis) => {
  const ends = new Map<number, number>();
  for (const s of analysis.text.sentences) {
    const clause = clauseAround(s, s.start, 10);
    if (fits(analysis.text.text.slice(clause.start, clause.end), analysis)) ends.set(s.id, clause.end);
  }
  return ends;
});

/**
 * True when `[start, end)` of sentence `id` lies in an opening clause this section could state;
 * `ends` is `statementClauses(analysis)`, looked up once by the caller that asks of many words.
 */
export function inStatement(ends: ReadonlyMap<number, number>, id: number, start: number): boolean {
  const end = ends.get(id);
  return end !== undefined && start < end;
}

/**
 * `claims` holds the sentences earlier sections used; a statement on such a sentence may not give
 * their items away, and unclaimed sentences are tried first.
 */
export function makeTrueFalse(
  analysis: Analysis,
  count: number,
  level: Level,
  rng: Rng,
  claims: ReadonlyMap<number, readonly Claim[]>,
): TrueFalseSection | undefined {
  const fresh = (id: number) => Number(!claims.has(id));
  const slots = shuffle(factSlots(analysis), rng).sort((a, b) => fresh(b.sentence.id) - fresh(a.sentence.id));
  // A false statement hides the article's fact: an item that prints it gives the answer.
  const showsClaimed = (id: number, statement: string, hidden = '') => clashes(claims, id, { key: hidden, text: statement });
  const falseCount = Math.floor(count / 2) + (count % 2 === 1 ? rng.int(2) : 0);
  const whole = articleKey(analysis);
  const inArticle = mentionedIn(analysis.text.text);
  const drafts: Draft[] = [];
  const used = new Set<number>();
  // False statements: a fact swapped for another of its kind.
  // False statements: a fact swapped for another of its kind, in the clause from the sentence
  // start or, when that shows another item's answer, in the fact's own clause.
  for (const slot of slots) {
    if (drafts.length >= falseCount) break;
    if (used.has(slot.sentence.id)) continue;
    // A swapped-in number or date the article states elsewhere («four sources» when three said it) is a trap, not a falsehood.
    const known = swapsOf(analysis)(slot);
    known.forbidden ??= mentionsChange(named(slot) ? mentionedIn(contextOf(analysis, slot.sentence)) : inArticle, slot.key);
    const [to] = pickDistractors(slot.key, swapTiers(slot), 1, rng, { level, forbidden: known.forbidden });
    if (!to) continue;
    known.clause ??= swapClause(slot, analysis);
    for (const { before, after } of known.clause) {
      const statement = asStatement(`${before}${to}${after}`);
      if (whole.includes(optionKey(statement)) || showsClaimed(slot.sentence.id, statement, slot.key)) continue;
      drafts.push({ statement, answer: false, sentence: slot.sentence.id, swap: { from: slot.key, to } });
      used.add(slot.sentence.id);
      break;
    }
  }
  // True statements: the article's own words, from sentences that state facts first; the opening
  // clause, or the closing one when the opening shows another item's answer.
  const withFacts = new Set(slots.map((s) => s.sentence.id));
  const sentences = shuffle(analysis.text.sentences, rng).sort(
    (a, b) => fresh(b.id) - fresh(a.id) || Number(withFacts.has(b.id)) - Number(withFacts.has(a.id)),
  );
  for (const sentence of sentences) {
    if (drafts.length >= count) break;
    if (used.has(sentence.id)) continue;
    // The opening clause; when that shows another item's answer, a later clause that opens with a
    // verb of saying and its subject («أكد رئيس الجامعة أن …»).
    for (const raw of trueClauses(analysis)(sentence)) {
      if (showsClaimed(sentence.id, raw)) continue;
      drafts.push({ statement: asStatement(raw), answer: true, sentence: sentence.id });
      used.add(sentence.id);
      break;
    }
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

/** A person, place or organisation: swapped only for one not named in the paragraph. */
function named(slot: FactSlot): boolean {
  return slot.kind === 'person' || slot.kind === 'place' || slot.kind === 'organisation';
}

/** What a slot's false statement needs whatever the draw, worked out when first asked. */
interface SwapFacts {
  forbidden?: (candidate: string) => boolean;
  /** The clause around the fact when it makes a statement (none or one). */
  clause?: readonly { readonly before: string; readonly after: string }[];
}

const swapsOf: (analysis: Analysis) => (slot: FactSlot) => SwapFacts = perAnalysis(() => {
  const cache = new WeakMap<FactSlot, SwapFacts>();
  return (slot) => {
    let known = cache.get(slot);
    if (known === undefined) {
      known = {};
      cache.set(slot, known);
    }
    return known;
  };
});

/** Directions that place somewhere relative to a place: جنوب، شمالي، شرقي … */
const DIRECTION = /^[وب]?(جنوب|شمال|شرق|غرب)(ي|ا)?$/;

/** «من أصل / من بين / من مجموع»: the number before it is part of the number after it. */
const OUT_OF = /من (اصل|بين|مجموع)/;

/** Words that make the number after them a bound (normalised keys): أكثر/أقل/أزيد/أدنى/أعلى من, (لا) يزيد/يقل عن/على. */
const BOUND_BEFORE = /(?:^|\s)(?:(?:اكثر|اقل|ازيد|ادني|اعلي) من|(?:يزيد|يقل|تزيد|تقل) (?:عن|علي))$/;

/**
 * Only the clause from the sentence start: a later clause alone («حليفة واشنطن، وحركة حماس …»,
 * «الضربات الأميركية ووصفتها …») too often has no subject or verb, and a statement must stand alone.
 */
function swapClause(slot: FactSlot, analysis: Analysis): { readonly before: string; readonly after: string }[] {
  const text = analysis.text.text;
  const clause = clauseAround(slot.sentence, slot.end);
  const before = text.slice(clause.start, slot.start);
  const after = text.slice(slot.end, clause.end);
  // Changing a quotation makes a misquote, not a false statement about the news.
  if (!fits(`${before}${slot.key}${after}`, analysis) || insideQuote(before)) return [];
  // A place given by its distance or direction from another («جنوب بغداد») turns absurd when
  // swapped («ستين كيلومترا جنوب واشنطن»), not false.
  if (slot.kind === 'place' && DIRECTION.test(normalizeKey(before.trim().split(/\s+/).at(-1) ?? ''))) return [];
  // A count tied to another («خمس مباريات من أصل ست») turns absurd when swapped («ثماني … من أصل ست»).
  if ((slot.kind === 'number' || slot.kind === 'numberWord') && OUT_OF.test(normalizeKey(after.slice(0, 30)))) return [];
  // A bound («أكثر من ٦٠ ألفاً», «لا يقل عن») is not surely false with another number: «أكثر من ٨٠
  // ألفاً» may be true of a crowd of «أكثر من ٦٠ ألفاً», and «أكثر من ٤٠ ألفاً» is. (An estimate,
  // «حوالى ستين كيلومتراً», is not a bound: «حوالى أربعين» is false.)
  if ((slot.kind === 'number' || slot.kind === 'numberWord') && BOUND_BEFORE.test(normalizeKey(before.slice(-24)).trimEnd())) return [];
  return [{ before, after }];
}

/**
 * The clauses of a sentence that make true statements, in the order tried: the opening clause;
 * when that shows another item's answer, a later clause that opens with a verb of saying and its
 * subject («أكد رئيس الجامعة أن …»). Worked out once per sentence.
 */
const trueClauses: (analysis: Analysis) => (sentence: Sentence) => readonly string[] = perAnalysis((analysis) => {
  const cache = new WeakMap<Sentence, readonly string[]>();
  return (sentence) => {
    let raws = cache.get(sentence);
    if (raws === undefined) {
      const text = analysis.text.text;
      // The opening clause as statementClauses judged it; then the later ones.
      const end = statementClauses(analysis).get(sentence.id);
      const opening = end === undefined ? [] : [text.slice(sentence.start, end)];
      const later = laterClauses(sentence, MIN_WORDS + 2)
        .filter((c) => opensReport(asStatement(text.slice(c.start, c.end))))
        .map((clause) => text.slice(clause.start, clause.end))
        .filter((raw) => fits(raw, analysis));
      raws = [...opening, ...later];
      cache.set(sentence, raws);
    }
    return raws;
  };
});
