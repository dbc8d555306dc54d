/**
 * Text → Analysis: the vocabulary worth teaching, the names and the facts the article states, and
 * the passage's level. The lexicon is optional: without it everything still works from the
 * article alone; with it the vocabulary gains lemmas, glosses and levels, keyness uses corpus
 * counts, and duals (مصدران) are recognised as numbers.
 */
import type { Analysis, Text } from '../types.js';
import { buildVocabulary } from './build-vocabulary.js';
import { collectNames } from './collect-names.js';
import { dualOf } from './dual-of.js';
import { estimateLevel } from './estimate-level.js';
import { findFacts } from './find-facts.js';
import type { Lexicon } from './lexicon.js';
import type { Mention } from './mention.js';

export function analyse(text: Text, lexicon?: Lexicon): Analysis {
  const { facts, mentions } = findFacts(text, lexicon ? dualOf(lexicon) : undefined);
  const names = new Uint8Array(text.text.length);
  for (let k = 0; k < mentions.length; k++) {
    const span = (mentions[k] as Mention).span;
    names.fill(1, span[0], span[1]);
  }
  const inName = (offset: number): boolean => names[offset] === 1;
  const counts = { words: 0, letters: 0 };
  const vocabulary = buildVocabulary(text, inName, lexicon, counts);
  return { text, vocabulary, names: collectNames(facts), facts, level: estimateLevel(text, vocabulary, counts) };
}
