/**
 * Text → Analysis: the vocabulary worth teaching, the names and the facts the article states, and
 * the passage's level. The lexicon is optional: without it everything still works from the
 * article alone; with it the vocabulary gains lemmas, glosses and levels, keyness uses corpus
 * counts, and duals (مصدران) are recognised as numbers.
 */
import type { Analysis, Text } from '../types.js';
import { vocabularyTally } from './build-vocabulary.js';
import { collectNames } from './collect-names.js';
import { dualOf } from './dual-of.js';
import { estimateLevel } from './estimate-level.js';
import { findFacts } from './find-facts.js';
import type { Lexicon } from './lexicon.js';
import type { Mention } from './mention.js';

export function analyse(text: Text, lexicon?: Lexicon): Analysis {
  // The vocabulary counts each sentence right after its names are found (a name lies within its
  // sentence), while its tokens are at hand.
  const tally = vocabularyTally(lexicon);
  const { facts } = findFacts(
    text,
    lexicon ? dualOf(lexicon) : undefined,
    (sentence, mentions, words) => tally.add(sentence, words, mentions.length === 0 ? undefined : (offset) => inMention(mentions, offset)),
    false,
  );
  const counts = { words: 0, letters: 0 };
  const vocabulary = tally.finish(counts);
  return { text, vocabulary, names: collectNames(facts), facts, level: estimateLevel(text, vocabulary, counts) };
}

/** Whether `offset` lies inside one of `mentions`. */
function inMention(mentions: readonly Mention[], offset: number): boolean {
  for (let k = 0; k < mentions.length; k++) {
    const span = (mentions[k] as Mention).span;
    if (offset >= span[0] && offset < span[1]) return true;
  }
  return false;
}
