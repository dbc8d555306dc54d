/**
 * The measurements the boilerplate classifier reads from one block of text (as jusText does):
 * length in words, how Arabic it is, stop-word density, whether it ends like a sentence, and a
 * matching key for repetition and markers.
 */
import { FUNCTION_WORDS } from '../data/function-words.js';
import { matchKey } from './match-key.js';

export interface BlockFeatures {
  /** Whitespace-separated tokens holding a letter or a digit. */
  readonly words: number;
  readonly arabicWords: number;
  readonly arabicLetters: number;
  readonly latinLetters: number;
  /** Share of Arabic words that are function words (with one و/ف stripped). */
  readonly stopDensity: number;
  /** Ends with . ! ? ؟ or … (closing quotes and brackets after it allowed). */
  readonly endsSentence: boolean;
  /** `matchKey` of the whole block. */
  readonly key: string;
}

const FUNCTION_KEYS = new Set(FUNCTION_WORDS.map(matchKey));
const ARABIC_LETTER = /\p{Script=Arabic}/u;
const SENTENCE_END = /[.!?؟…][\s"'»”’)\]]*$/u;

/** Measures a block. @example describeBlock('قال الوزير إن الاتفاق تم.').endsSentence // true */
export function describeBlock(text: string): BlockFeatures {
  let words = 0;
  let arabicWords = 0;
  let stop = 0;
  for (const token of text.split(/\s+/)) {
    if (!/[\p{L}\p{N}]/u.test(token)) continue;
    words++;
    if (!ARABIC_LETTER.test(token)) continue;
    arabicWords++;
    const key = matchKey(token);
    if (FUNCTION_KEYS.has(key) || (/^[وف]/.test(key) && FUNCTION_KEYS.has(key.slice(1)))) stop++;
  }
  const arabicLetters = countMatches(text, /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]/g);
  const latinLetters = countMatches(text, /[A-Za-z\u00C0-\u024F]/g);
  return {
    words,
    arabicWords,
    arabicLetters,
    latinLetters,
    stopDensity: arabicWords === 0 ? 0 : stop / arabicWords,
    endsSentence: SENTENCE_END.test(text),
    key: matchKey(text),
  };
}

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}
