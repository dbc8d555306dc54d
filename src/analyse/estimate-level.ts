/**
 * The passage's difficulty, 1 (easy) to 3 (hard): from the lexicon's levels of its content words
 * when the lexicon is there, else from sentence length and word length, the two classic
 * readability signals for Arabic (as in the OSMAN and SAMER readability studies).
 */
import type { Level, Text, VocabEntry } from '../types.js';

/** How many words a text has, and how many letters (of their keys) in all. */
export interface WordCounts {
  words: number;
  letters: number;
}

/**
 * `counts`, when the caller has them (buildVocabulary counts them on its way), spares a pass
 * over the tokens.
 *
 * @example estimateLevel(text, vocabulary) // 2 for a typical news article
 */
export function estimateLevel(text: Text, vocabulary: readonly VocabEntry[], counts?: WordCounts): Level {
  const levelled = vocabulary.filter((v) => v.level !== undefined);
  if (levelled.length >= 10) {
    let sum = 0;
    let n = 0;
    for (const v of levelled) {
      sum += (v.level as number) * v.count;
      n += v.count;
    }
    const mean = sum / n;
    return mean < 1.8 ? 1 : mean < 2.6 ? 2 : 3;
  }
  const { words, letters } = counts ?? countWords(text);
  if (words === 0 || text.sentences.length === 0) return 1;
  const perSentence = words / text.sentences.length;
  const perWord = letters / words;
  const score = (perSentence > 28 ? 2 : perSentence > 16 ? 1 : 0) + (perWord > 5.2 ? 1 : 0);
  return score >= 2 ? 3 : score === 1 ? 2 : 1;
}

/** The words of a text and their letters. */
export function countWords(text: Text): WordCounts {
  let words = 0;
  let letters = 0;
  for (const sentence of text.sentences) {
    for (const token of sentence.tokens) {
      if (token.kind !== 'word') continue;
      words++;
      letters += token.key.length;
    }
  }
  return { words, letters };
}
