/**
 * «من قال: «…»؟»: a quotation from the article and four people to choose from. Only quotations
 * whose speaker is a named person; the other options are people the article names who did not say
 * it.
 */
import type { Rng } from '../rng.js';
import type { Analysis, Level, QuoteFact } from '../types.js';
import { isFragment } from './is-fragment.js';
import type { DraftChoice } from './make-fact-questions.js';
import { mentionedIn } from './mentioned-in.js';
import { optionKey } from './option-key.js';
import { perAnalysis } from './per-analysis.js';
import { personGender, sameGender } from './person-gender.js';
import { pickDistractors } from './pick-distractors.js';

const MAX_QUOTE_WORDS = 16;

/** One draft per quotation with a named person as speaker. */
export function quoteItems(analysis: Analysis, level: Level, rng: Rng): DraftChoice[] {
  const drafts: DraftChoice[] = [];
  for (const { quote, speaker, alike, forbidden, stem } of askable(analysis)) {
    const distractors = pickDistractors(speaker, [alike], 3, rng, { level, forbidden });
    if (distractors.length < 2) continue;
    drafts.push({ topic: 'speaker', stem, key: speaker, distractors, sentence: quote.sentence });
  }
  return drafts;
}

/** A quotation that can be asked, with what its item needs whatever the draw. */
interface Askable {
  readonly quote: QuoteFact;
  readonly speaker: string;
  /** People of the speaker's gender, the distractors' pool. */
  readonly alike: readonly string[];
  readonly forbidden: (name: string) => boolean;
  readonly stem: string;
}

/** The quotations with a named person as speaker, worked out once per analysis (every draw asks them). */
const askable: (analysis: Analysis) => readonly Askable[] = perAnalysis((analysis) => {
  const people = personNames(analysis);
  const gender = personGender(analysis);
  // A worksheet asks a handful of these: a very long article's first quotations are plenty.
  const quotes = analysis.facts.filter((f): f is QuoteFact => f.kind === 'quote').slice(0, 300);
  const byText = new Map<string, QuoteFact[]>();
  for (const q of quotes) {
    const same = byText.get(optionKey(q.text));
    if (same) same.push(q);
    else byText.set(optionKey(q.text), [q]);
  }
  const out: Askable[] = [];
  for (const quote of quotes) {
    const speaker = quote.speaker && people.find((p) => samePerson(p, quote.speaker as string));
    const key = optionKey(quote.text);
    if (!speaker || key.split(' ').length < 3 || isFragment(quote, analysis)) continue;
    const sameWords = (byText.get(key) ?? []).map((q) => q.speaker ?? '');
    const inQuote = mentionedIn(quote.text);
    const forbidden = (name: string) => inQuote(name) || sameWords.some((s) => s !== '' && samePerson(name, s));
    const alike = people.filter((p) => sameGender(gender, speaker, p));
    out.push({ quote, speaker, alike, forbidden, stem: `من قال: «${shorten(quote.text, MAX_QUOTE_WORDS)}»؟` });
  }
  return out;
});

/** People the article names, longest form of each (worked out once per analysis; read only). */
export const personNames: (analysis: Analysis) => readonly string[] = perAnalysis(findPersonNames);

function findPersonNames(analysis: Analysis): string[] {
  const names = analysis.names.filter((n) => n.type === 'person').map((n) => n.name);
  const facts = analysis.facts.flatMap((f) => (f.kind === 'entity' && f.type === 'person' ? [f.name] : []));
  const all = [...new Set([...names, ...facts])].slice(0, 200).sort((a, b) => b.length - a.length);
  const kept: string[] = [];
  for (const name of all) if (!kept.some((k) => samePerson(k, name))) kept.push(name);
  return kept;
}

/** «قاسم الأعرجي» and «الأعرجي» are the same person. */
export function samePerson(a: string, b: string): boolean {
  const x = ` ${optionKey(a)} `;
  const y = ` ${optionKey(b)} `;
  return x.includes(y) || y.includes(x);
}

/** The first `max` words of a quotation, with «…» when it was cut. */
export function shorten(text: string, max: number): string {
  const words = text.trim().split(/\s+/);
  if (words.length <= max) return text.trim();
  return `${words
    .slice(0, max - 2)
    .join(' ')
    .replace(/[،,؛.]+$/, '')} …`;
}
