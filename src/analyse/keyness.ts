/**
 * Keyness: how much more often a word occurs in the article than in Arabic generally — the log
 * ratio of the two relative frequencies, weighted by the article count so that a word used once
 * does not outrank a theme word used five times.
 */

/** Occurrences per million assumed for a word the lexicon does not hold (rare, not unseen). */
const UNKNOWN_PER_MILLION = 0.5;

/**
 * Keyness from the lexicon's corpus counts.
 *
 * @example corpusKeyness(4, 800, 120, 11_000_000) // ≈ 4 × log2((4/800) / (120/11e6))
 */
export function corpusKeyness(count: number, articleWords: number, corpusCount: number | undefined, corpusWords: number): number {
  const here = count / Math.max(1, articleWords);
  const general = corpusCount === undefined || corpusCount === 0 ? UNKNOWN_PER_MILLION / 1e6 : corpusCount / corpusWords;
  return Math.sqrt(count) * Math.log2(here / general);
}

/**
 * Keyness without a lexicon: a general frequency guessed from the word's length (short words are
 * the common ones in Arabic, as in most languages: each letter beyond three makes a word about
 * four times rarer).
 *
 * @example priorKeyness(3, 800, 'محادثات') // ranks above priorKeyness(3, 800, 'كان')
 */
export function priorKeyness(count: number, articleWords: number, stem: string): number {
  const letters = Math.max(2, Math.min(9, stem.length));
  const general = 2e-3 * 4 ** -(letters - 3);
  return corpusKeyness(count, articleWords, general * 1e6, 1e6);
}

/** Share of running words assumed for a word every reader knows (the commonest content words). */
const COMMON_SHARE = 5e-3;

/**
 * Keyness of a word known to be very common in news (عام، دولار، الثاني) or a nisba of a place
 * the article names (العراقية): scored as if it were among the commonest content words, so it
 * ranks low unless the article truly dwells on it.
 *
 * @example commonKeyness(2, 800) // < 0: below every ordinary word used twice
 */
export function commonKeyness(count: number, articleWords: number): number {
  return corpusKeyness(count, articleWords, COMMON_SHARE * 1e6, 1e6);
}
