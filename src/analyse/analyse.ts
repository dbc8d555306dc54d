/**
 * Text → Analysis: the vocabulary worth teaching, the names and the facts the article states, and
 * the passage's level. The lexicon is optional: without it everything still works from the
 * article alone; with it the vocabulary gains lemmas, glosses and levels, keyness uses corpus
 * counts, and duals (مصدران) are recognised as numbers.
 */
import type { Analysis, Sentence, Text } from '../types.js';
import { vocabularyTally } from './build-vocabulary.js';
import { type NameTally, nameTally } from './collect-names.js';
import { dualOf } from './dual-of.js';
import { estimateLevel } from './estimate-level.js';
import { findFacts } from './find-facts.js';
import type { Lexicon } from './lexicon.js';
import type { Mention } from './mention.js';
import { sortSmall } from './sort-small.js';

export function analyse(text: Text, lexicon?: Lexicon): Analysis {
  // The vocabulary counts each sentence right after its names are found (a name lies within its
  // sentence), while its tokens are at hand; the names list counts them then too.
  let tally = vocabularyTally(lexicon);
  let names = nameTally();
  // One predicate for every sentence, reading the sentence's mentions (not a closure per sentence).
  let current: readonly Mention[] = [];
  const inCurrent = (offset: number): boolean => inMention(current, offset);
  const { facts } = findFacts(
    text,
    lexicon ? dualOf(lexicon) : undefined,
    (sentence, mentions, words) => {
      if (mentions.length !== 0) addNames(names, sentence, mentions);
      current = mentions;
      tally.add(sentence, words, mentions.length === 0 ? undefined : inCurrent);
    },
    false,
    () => {
      // The facts are read again from the start (see findFacts): so are the words and names.
      tally = vocabularyTally(lexicon);
      names = nameTally();
    },
  );
  const counts = { words: 0, letters: 0 };
  const vocabulary = tally.finish(counts);
  return { text, vocabulary, names: names.finish(), facts, level: estimateLevel(text, vocabulary, counts) };
}

/**
 * Counts a sentence's mentions in the order of their entity facts (text order: by span, as
 * findFacts sorts a sentence's facts), which is the mentions' own order whenever they are
 * already in span order (nearly always).
 */
function addNames(names: NameTally, sentence: Sentence, mentions: readonly Mention[]): void {
  let ordered = mentions;
  for (let k = 1; k < mentions.length; k++) {
    if (bySpan(mentions[k - 1] as Mention, mentions[k] as Mention) > 0) {
      ordered = sortSmall([...mentions], bySpan);
      break;
    }
  }
  for (let k = 0; k < ordered.length; k++) names.add(ordered[k] as Mention, sentence.id);
}

/** Text order of mentions, as of their facts: start, then end. */
function bySpan(a: Mention, b: Mention): number {
  return a.span[0] - b.span[0] || a.span[1] - b.span[1];
}

/** Whether `offset` lies inside one of `mentions`. */
function inMention(mentions: readonly Mention[], offset: number): boolean {
  for (let k = 0; k < mentions.length; k++) {
    const span = (mentions[k] as Mention).span;
    if (offset >= span[0] && offset < span[1]) return true;
  }
  return false;
}
