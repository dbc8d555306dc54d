/**
 * A `known` predicate for splitClitics from a list of dictionary words (e.g. the lemmas of the
 * optional SAMER lexicon): each word is reduced to its stem as a lemma (no proclitics: وزير stays
 * وزير, ولاية → ولاي), so that a candidate stem is known when some dictionary word has it. The
 * words' own keys count too.
 *
 * @example knownStems(['وَزِير', 'وِلايَة'])('ولاي') // true
 */
import { normalizeKey } from './normalize-key.js';
import { splitLemma } from './split-clitics.js';

const MARKS = /[\u064B-\u065F\u0670\u0640]/g;

/** Builds the predicate once; asking it is a set lookup. */
export function knownStems(words: Iterable<string>): (stem: string) => boolean {
  const stems = new Set<string>();
  for (const word of words) {
    const key = normalizeKey(word);
    if (key.length === 0) continue;
    const spelling = word.replace(MARKS, '');
    stems.add(key);
    stems.add(splitLemma(key, spelling).stem);
  }
  return (stem) => stems.has(stem);
}
