/**
 * Duals (مصدران، شخصين، مرتان) recognised with the lexicon: a word ending in ان/ين whose singular
 * is a common noun of the lexicon while the word itself is not an entry. Without the lexicon,
 * duals are not reported: the ending alone is too often a plural or part of a name (إيران، حسين).
 */
import type { Lexicon } from './lexicon.js';
import type { Word } from './sentence-words.js';

/** Fewest corpus occurrences for the singular, so that rare look-alikes do not count. */
const MIN_COUNT = 100;

/** Results cached at most, per lexicon, before the cache starts afresh. */
const MAX_CACHED = 100_000;

/**
 * The singular of each written form that passed the cheap tests, per lexicon, for every text
 * analysed so far (it depends on the form and the lexicon alone): the lexicon is asked once per
 * form, not at every occurrence.
 */
const SINGULARS = new WeakMap<Lexicon, Map<string, string | undefined>>();

/** A predicate for `findNumbers`: the counted singular of a dual word, or undefined. */
export function dualOf(lexicon: Lexicon): (word: Word) => string | undefined {
  let cache = SINGULARS.get(lexicon);
  if (!cache) {
    cache = new Map();
    SINGULARS.set(lexicon, cache);
  }
  const singulars = cache;
  return (word) => {
    const key = word.key;
    if (!word.isWord || word.isStop || key.startsWith('ال') || key.startsWith('و') || key.length < 5) return undefined;
    if (!key.endsWith('ان') && !key.endsWith('ين')) return undefined;
    const written = word.token.text;
    if (singulars.has(written)) return singulars.get(written);
    const singular = singularOf(key, written, lexicon);
    if (singulars.size >= MAX_CACHED) singulars.clear();
    singulars.set(written, singular);
    return singular;
  };
}

/** The singular of a dual-looking word (`key` ends in ان or ين), or undefined. */
function singularOf(key: string, text: string, lexicon: Lexicon): string | undefined {
  if (lexicon.byKey.has(key)) return undefined;
  let stem = key.slice(0, -2);
  const written = text.replace(/[\u064B-\u065F\u0670\u0640]/g, '');
  let singular = written.slice(0, -2);
  if (stem.endsWith('ت')) {
    stem = `${stem.slice(0, -1)}ه`;
    singular = `${singular.slice(0, -1)}ة`;
  }
  if (stem.length < 3 || stem.endsWith('ي')) return undefined;
  // Sound masculine plurals in -ين: participles (مسؤولين، لاعبين).
  if (key.endsWith('ين') && (stem.startsWith('م') || stem[1] === 'ا')) return undefined;
  const indices = lexicon.byKey.get(stem);
  if (!indices?.some((i) => lexicon.entries[i]?.pos === 'noun' && (lexicon.entries[i]?.count ?? 0) >= MIN_COUNT)) return undefined;
  return singular;
}
