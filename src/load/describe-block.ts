/**
 * The measurements the boilerplate classifier reads from one block of text (as jusText does):
 * length in words, how Arabic it is, stop-word density, whether it ends like a sentence, and a
 * matching key for repetition and markers. Runs in one pass over the characters and one over
 * the words, with a per-document cache of word verdicts, so a 5 MB page is measured in well
 * under a second.
 */
import { FUNCTION_WORDS } from '../data/function-words.js';
import { hasArabicScript, hasLetterOrDigit } from '../text/letters.js';
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
  /**
   * `matchKey` of the whole block, for blocks of up to KEYED_WORDS words; '' for longer ones,
   * which no marker, repetition or headline rule looks at.
   */
  readonly key: string;
}

/** Blocks longer than this are prose or nothing: markers and repeats only concern shorter ones. */
export const KEYED_WORDS = 60;

/** What is known about each distinct token: 0 not a word, 1 word, 2 Arabic word, 3 Arabic function word. */
export type WordCache = Map<string, number>;

const FUNCTION_KEYS = new Set(FUNCTION_WORDS.map(matchKey));
const SENTENCE_END = /[.!?؟…][\s"'»”’)\]]*$/u;

/** Measures a block. @example describeBlock('قال الوزير إن الاتفاق تم.').endsSentence // true */
export function describeBlock(text: string, cache: WordCache = new Map()): BlockFeatures {
  let arabicLetters = 0;
  let latinLetters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff)) arabicLetters++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) latinLetters++;
  }
  let words = 0;
  let arabicWords = 0;
  let stop = 0;
  for (const token of text.split(/\s+/)) {
    if (token.length === 0) continue;
    let kind = cache.get(token);
    if (kind === undefined) {
      kind = classifyToken(token);
      cache.set(token, kind);
    }
    if (kind >= 1) words++;
    if (kind >= 2) arabicWords++;
    if (kind === 3) stop++;
  }
  return {
    words,
    arabicWords,
    arabicLetters,
    latinLetters,
    stopDensity: arabicWords === 0 ? 0 : stop / arabicWords,
    endsSentence: SENTENCE_END.test(text),
    key: words <= KEYED_WORDS ? matchKey(text) : '',
  };
}

function classifyToken(token: string): number {
  if (!hasLetterOrDigit(token)) return 0;
  if (!hasArabicScript(token)) return 1;
  const key = matchKey(token);
  return FUNCTION_KEYS.has(key) || (/^[وف]/.test(key) && FUNCTION_KEYS.has(key.slice(1))) ? 3 : 2;
}
