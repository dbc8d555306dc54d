/**
 * Whether the dot at `dot` closes an abbreviation rather than a sentence: a one-letter initial
 * (ز. · J.), a listed abbreviation (د. · أ.د. · Inc.), or the number of a list item at the start
 * of a line («1. …»). An era marker after a number (عام 300 ق.م.) may end the sentence, so it
 * does not count.
 *
 * @example isAbbreviationDot('التقى د. أحمد', 7) // true
 */
import { ARABIC_ABBREVIATIONS, ERA_ABBREVIATIONS, LATIN_ABBREVIATIONS } from '../data/abbreviations.js';
import { isAllDigits, isOneLetter, isSpaceCode } from './letters.js';

const MARKS = /[\u064B-\u065F\u0670\u0640]/g;

/** Abbreviations as compared: without diacritics and tatweel. */
const ABBREVIATIONS = new Set([...ARABIC_ABBREVIATIONS.map(bare), ...LATIN_ABBREVIATIONS]);
const ERAS = new Set(ERA_ABBREVIATIONS.map(bare));

/** True when the dot at `dot` in `text` belongs to an abbreviation, an initial or a list number. */
export function isAbbreviationDot(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && !startsWord(text.charCodeAt(start - 1))) start--;
  const word = bare(text.slice(start, dot));
  if (word.length === 0) return false;
  if (isAllDigits(word)) return /^[ \t]*$/.test(lineBefore(text, start));
  const initial = isOneLetter(word);
  if (!initial && !ABBREVIATIONS.has(word)) return false;
  return !(ERAS.has(word) && /\p{Nd}[\s\u00A0]*$/u.test(text.slice(Math.max(0, start - 12), start)));
}

/**
 * Whether a word starts after the character with code `c`: JavaScript's whitespace (\s) or one of
 * « » " “ ” ( [ (by code, so the walk back over a word makes no string per character).
 */
function startsWord(c: number): boolean {
  return isSpaceCode(c) || c === 0xab || c === 0xbb || c === 0x22 || c === 0x201c || c === 0x201d || c === 0x28 || c === 0x5b;
}

/** The text of the current line before `at`. */
function lineBefore(text: string, at: number): string {
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
}

/** A word without diacritics and tatweel. */
function bare(word: string): string {
  return word.replace(MARKS, '');
}
