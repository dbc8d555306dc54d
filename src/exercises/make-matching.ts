/**
 * Matching: quotations with their speakers (a speaker may answer several quotations, and one extra
 * person the article names is added so the last pair is not free); with the lexicon, words with
 * their English glosses.
 */
import { type Rng, sample, shuffle } from '../rng.js';
import { normalizeKey } from '../text/normalize-key.js';
import type { Analysis, MatchingSection, QuoteFact, VocabEntry } from '../types.js';
import type { Claim } from './claims.js';
import { INSTRUCTIONS } from './instructions.js';
import { isFragment } from './is-fragment.js';
import { statementClauses } from './make-true-false.js';
import { optionKey } from './option-key.js';
import { perAnalysis } from './per-analysis.js';
import { personNames, samePerson, shorten } from './speaker-questions.js';

const MAX_QUOTE_WORDS = 14;

/**
 * Quotations already printed by an earlier item (`claims`) are left out: a sheet that asks the same
 * quotation twice gives the second answer away.
 */
export function makeQuoteMatching(
  analysis: Analysis,
  count: number,
  rng: Rng,
  claims: ReadonlyMap<number, readonly Claim[]> = new Map(),
): MatchingSection | undefined {
  const people = personNames(analysis);
  const seen = new Set<string>();
  const quotes: { quote: QuoteFact; speaker: string }[] = [];
  for (const { quote, speaker, key } of matchable(analysis)) {
    if (seen.has(key) || (claims.get(quote.sentence) ?? []).some((c) => optionKey(c.text).includes(key))) continue;
    seen.add(key);
    quotes.push({ quote, speaker });
  }
  // Quotations from sentences that make no statement on their own («وقال «…»») first: the
  // true/false section can use nothing else, and a matched quotation's sentence is spent.
  const stating = statementClauses(analysis);
  const chosen = shuffle(quotes, rng)
    .sort((a, b) => Number(stating.has(a.quote.sentence)) - Number(stating.has(b.quote.sentence)))
    // One quotation per sentence: two halves of one sentence pair themselves.
    .filter((q, i, all) => all.findIndex((o) => o.quote.sentence === q.quote.sentence) === i)
    .slice(0, count)
    .sort((a, b) => a.quote.sentence - b.quote.sentence || a.quote.span[0] - b.quote.span[0]);
  const speakers = [...new Set(chosen.map((q) => q.speaker))];
  if (chosen.length < 3 || speakers.length < 2) return undefined;
  const extra = shuffle(
    people.filter((p) => !speakers.some((s) => samePerson(s, p))),
    rng,
  ).slice(0, 1);
  const right = shuffle([...speakers, ...extra], rng);
  const left = shuffle(chosen, rng);
  return {
    kind: 'matching',
    topic: 'quoteSpeaker',
    instruction: extra.length > 0 ? INSTRUCTIONS.matchingQuotes : INSTRUCTIONS.matchingQuotesNoExtra,
    left: left.map((q) => `«${shorten(q.quote.text, MAX_QUOTE_WORDS)}»`),
    right,
    answer: left.map((q) => right.indexOf(q.speaker)),
    sentences: left.map((q) => q.quote.sentence),
  };
}

/**
 * The quotations a matching may take whatever the draw: a named speaker, two words or more, not
 * cut off in mid-phrase; worked out once per analysis.
 */
const matchable: (analysis: Analysis) => readonly { quote: QuoteFact; speaker: string; key: string }[] = perAnalysis((analysis) => {
  const people = personNames(analysis);
  const out: { quote: QuoteFact; speaker: string; key: string }[] = [];
  for (const quote of analysis.facts) {
    if (quote.kind !== 'quote' || !quote.speaker) continue;
    const speaker = people.find((p) => samePerson(p, quote.speaker as string));
    const key = optionKey(quote.text);
    if (!speaker || key.split(' ').length < 2 || isFragment(quote, analysis)) continue;
    out.push({ quote, speaker, key });
  }
  return out;
});

/**
 * Only words whose lemma the article itself writes (استهدف among استهدفت، استهدف): a lemma matched
 * through stripped affixes alone is too often another word («منشآت» → «مِنَشَّة» fly swatter), and a
 * wrong gloss on paper is worse than one pair fewer.
 */
function citesLemma(entry: VocabEntry): boolean {
  const lemma = normalizeKey(entry.lemma ?? '').replace(/^ال/, '');
  return lemma !== '' && entry.forms.some((f) => normalizeKey(f).replace(/^(و|ف)?(ب|ل|ك)?ال/, '') === lemma);
}

export function makeGlossMatching(analysis: Analysis, count: number, rng: Rng): MatchingSection | undefined {
  const glossed = analysis.vocabulary.filter((v) => v.gloss !== undefined && v.gloss.trim() !== '' && citesLemma(v)).slice(0, 30);
  const seen = new Set<string>();
  const unique = glossed.filter((v) => {
    const g = (v.gloss as string).toLowerCase();
    if (seen.has(g)) return false;
    seen.add(g);
    return true;
  });
  const chosen = sample(unique, count, rng);
  if (chosen.length < 3) return undefined;
  const left = shuffle(chosen, rng);
  const right = shuffle(
    left.map((v) => v.gloss as string),
    rng,
  );
  return {
    kind: 'matching',
    topic: 'wordGloss',
    instruction: INSTRUCTIONS.matchingGlosses,
    left: left.map((v) => v.display),
    right,
    answer: left.map((v) => right.indexOf(v.gloss as string)),
    sentences: left.map((v) => v.firstSentence),
  };
}
