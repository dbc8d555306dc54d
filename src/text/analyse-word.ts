/**
 * What a token's text says about itself, apart from where it stands: its normalised key, its
 * clitics and stem (words only), and whether it is a stop word.
 */
import type { TokenKind } from '../types.js';
import { normalizeKey } from './normalize-key.js';
import { splitClitics } from './split-clitics.js';
import { isStopWord } from './stop-words.js';

export interface WordAnalysis {
  /** True for Arabic words, the only tokens with clitics. */
  readonly word: boolean;
  readonly key: string;
  readonly prefixes: readonly string[];
  readonly stem: string;
  readonly suffixes: readonly string[];
  readonly isStopWord: boolean;
}

const NONE: readonly string[] = Object.freeze([]);
/** Diacritics and tatweel: what normalizeKey drops, so the spelling stays aligned with the key. */
const MARKS = /[\u064B-\u065F\u0670\u0640]/g;

/**
 * Analyses one token text; non-words keep their key as the stem (Latin words lower-cased) and
 * have no clitics. `known` is handed to splitClitics (a lexicon, or the article's other stems).
 *
 * @example analyseWord('وبالولايات', 'word').stem // 'ولاي'
 */
export function analyseWord(text: string, kind: TokenKind, known?: (stem: string) => boolean): WordAnalysis {
  const key = normalizeKey(text);
  if (kind !== 'word') {
    return { word: false, key, prefixes: NONE, stem: kind === 'latin' ? key.toLowerCase() : key, suffixes: NONE, isStopWord: false };
  }
  const spelling = key.length === text.length ? text : text.replace(MARKS, '');
  const { prefixes, stem, suffixes } = splitClitics(key, known, spelling);
  return { word: true, key, prefixes, stem, suffixes, isStopWord: isStopWord(key) };
}
