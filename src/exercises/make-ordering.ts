/**
 * Ordering: four to six events, one from each of several paragraphs spread over the article, to be
 * put back in the order the article tells them. An event is the opening clause of a sentence that
 * states something (not a bare quotation), cut to stand alone.
 */
import { type Rng, shuffle } from '../rng.js';
import { wordCount } from '../text/word-count.js';
import type { Analysis, OrderingSection, Sentence } from '../types.js';
import { type Claim, clashes } from './claims.js';
import { INSTRUCTIONS } from './instructions.js';
import { optionKey } from './option-key.js';
import { perAnalysis } from './per-analysis.js';
import { standsAlone } from './stands-alone.js';
import { asStatement, clauseAround, lacksSpeaker, laterClauses, nameKeys, opensStatement, stopsShort } from './statement.js';

const MIN_WORDS = 8;
const MAX_WORDS = 30;

/** `claims`: sentences earlier items used; an event may not show their answers. */
export function makeOrdering(
  analysis: Analysis,
  count: number,
  rng: Rng,
  claims: ReadonlyMap<number, readonly Claim[]> = new Map(),
): OrderingSection | undefined {
  const byParagraph = new Map<number, { sentence: Sentence; event: string }[]>();
  for (const sentence of analysis.text.sentences) {
    // The opening clause, or a later one that stands alone, whichever shows no other item's answer.
    const event = sentenceEvents(analysis)(sentence).find((e) => !clashes(claims, sentence.id, { key: '', text: e }));
    if (!event) continue;
    const options = byParagraph.get(sentence.paragraph);
    if (options) options.push({ sentence, event });
    else byParagraph.set(sentence.paragraph, [{ sentence, event }]);
  }
  const paragraphs = [...byParagraph.keys()].sort((a, b) => a - b);
  const want = Math.min(count, paragraphs.length);
  if (want < 4) return undefined;
  const fresh = (e: { sentence: Sentence }) => Number(!claims.has(e.sentence.id));
  // Sentences with fewer facts leave more for the questions that come after.
  const facts = new Map<number, number>();
  for (const f of analysis.facts) facts.set(f.sentence, (facts.get(f.sentence) ?? 0) + 1);
  const load = (e: { sentence: Sentence }) => facts.get(e.sentence.id) ?? 0;
  const picked = spread(paragraphs, want, rng).map((p) => {
    const options = shuffle(byParagraph.get(p) ?? [], rng).sort((a, b) => fresh(b) - fresh(a) || load(a) - load(b));
    return options[0] as { sentence: Sentence; event: string };
  });
  if (new Set(picked.map((p) => optionKey(p.event))).size < picked.length) return undefined;
  const events = shuffle(picked, rng);
  return {
    kind: 'ordering',
    instruction: INSTRUCTIONS.ordering,
    events: events.map((e) => e.event),
    answer: picked.map((p) => events.indexOf(p)),
    sentences: events.map((e) => e.sentence.id),
  };
}

/** The events of each sentence (see eventsOf), worked out once per sentence and shared by the draws. */
const sentenceEvents: (analysis: Analysis) => (sentence: Sentence) => readonly string[] = perAnalysis((analysis) => {
  const cache = new WeakMap<Sentence, readonly string[]>();
  return (sentence) => {
    let events = cache.get(sentence);
    if (events === undefined) {
      events = eventsOf(sentence, analysis);
      cache.set(sentence, events);
    }
    return events;
  };
});

/**
 * A whole sentence that reads as an event on its own: not a bare quotation, not too short to say
 * something, short enough to read at a glance. Sentences are never cut: a cut at a comma too often
 * leaves «تعرضت قاعدة … في غرب العراق» without what it was exposed to.
 */
function eventsOf(sentence: Sentence, analysis: Analysis): string[] {
  const text = sentence.text.trim();
  if (/^[«"“]/.test(text)) return [];
  const clauses = [clauseAround(sentence, sentence.start, MIN_WORDS), ...laterClauses(sentence, MIN_WORDS)];
  const events: string[] = [];
  for (const clause of clauses) {
    const raw = sentence.text.slice(clause.start - sentence.start, clause.end - sentence.start);
    const length = wordCount(raw.trim());
    if (length < MIN_WORDS || length > MAX_WORDS) continue;
    if (stopsShort(sentence, clause)) continue;
    const event = asStatement(raw);
    if (clause.start !== sentence.start && !(opensStatement(raw) && opensStatement(event))) continue;
    if (!lacksSpeaker(event, nameKeys(analysis)) && standsAlone(event, analysis)) events.push(event);
  }
  return events;
}

/** `count` of `items`, evenly spread with a random offset inside each stretch. */
function spread<T>(items: readonly T[], count: number, rng: Rng): T[] {
  const out: T[] = [];
  const width = items.length / count;
  for (let k = 0; k < count; k++) {
    const from = Math.floor(k * width);
    const to = Math.max(from + 1, Math.floor((k + 1) * width));
    out.push(items[from + rng.int(to - from)] as T);
  }
  return out;
}
