/**
 * Stop words: the Arabic list of the `stopwords-iso` package, diacritics stripped, corrected by
 * src/data/stop-words.ts. A word with a leading «و» or «ف» is a stop word when the rest is one
 * (وهي، فإن، ولكن): a conjunction does not turn a function word into a content word.
 */
import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import { STOP_WORD_ADDITIONS, STOP_WORD_REMOVALS } from '../data/stop-words.js';
import { isAllLetters } from './letters.js';
import { normalizeKey } from './normalize-key.js';

/** Arabic letters only (all of them \p{L}): one native test answers for most entries. */
const ARABIC_WORD = /^[\u0620-\u064A]+$/;

/** Builds the set of normalised stop-word keys from the package list and the corrections. */
function buildStopWords(): ReadonlySet<string> {
  const removed = new Set(STOP_WORD_REMOVALS.map(normalizeKey));
  const words = new Set<string>();
  for (const word of (stopwordsIso as { ar: string[] }).ar) {
    const key = normalizeKey(word);
    if (!removed.has(key) && (ARABIC_WORD.test(key) || isAllLetters(key))) words.add(key);
  }
  for (const word of STOP_WORD_ADDITIONS) words.add(normalizeKey(word));
  return words;
}

const STOP_WORDS = buildStopWords();

/**
 * True for function words, given a normalised key.
 *
 * @example isStopWord(normalizeKey('وفي')) // true
 */
export function isStopWord(key: string): boolean {
  if (STOP_WORDS.has(key)) return true;
  const first = key.charCodeAt(0);
  return (first === 0x0648 || first === 0x0641) && key.length > 2 && STOP_WORDS.has(key.slice(1));
}
