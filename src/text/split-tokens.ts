/**
 * The first cut of a text into raw tokens: every code unit lands in exactly one piece, so the
 * pieces joined give the text back. A hand-written scanner (a regular expression with Unicode
 * classes was three times slower): runs of space; web and e-mail addresses; a number with its
 * separators (2,500 · 3.5 · ٣٫٥ · 15:07:19); an Arabic word (letters, diacritics, tatweel); a word
 * in another script; a run of dots; one punctuation mark; anything else as a symbol.
 *
 * @example splitTokens('لـ«رويترز»').map((p) => p.text) // ['لـ', '«', 'رويترز', '»']
 */
import type { TokenKind } from '../types.js';
import { lazyRegExp } from './letters.js';

/** A token before analysis: its text, where it starts, and its kind. */
export interface Piece {
  readonly text: string;
  readonly start: number;
  readonly kind: TokenKind;
}

const SPACE = 1;
const DIGIT = 2;
const ARABIC = 3;
const LETTER = 4;
const PUNCT = 5;
const SYMBOL = 6;

/**
 * Classes of the code points up to the end of the Arabic block (ASCII, Latin-1 with « » and the
 * no-break space, …) and of general punctuation, looked up directly; each filled on first sight
 * (0: not yet), since a text uses few of them and classifying all up front cost ~2 ms of a start.
 */
const UP_TO_ARABIC = new Uint8Array(0x0700);
const GENERAL_PUNCTUATION = new Uint8Array(112);
/**
 * A web or e-mail address starting at lastIndex. Built only for a text that may hold one: V8
 * builds a \p{…} expression's character sets when it is made (~1 ms at every start otherwise).
 */
const ADDRESS = lazyRegExp(
  String.raw`(?:https?:\/\/|www\.)[^\s«»"“”()<>[\]،؛]*[^\s«»"“”()<>[\]،؛.,:;!?؟]|[\p{L}\p{Nd}._%+-]+@[\p{L}\p{Nd}-]+(?:\.[\p{L}\p{Nd}-]+)+`,
  'uy',
);
const NUMBER_SEPARATORS = '.,:٫٬';

/** Cuts `text` into lossless pieces with offsets relative to `text`. */
export function splitTokens(text: string): Piece[] {
  const pieces: Piece[] = [];
  scanTokens(text, (start, end, kind) => pieces.push({ text: text.slice(start, end), start, kind }));
  return pieces;
}

/** Calls `emit` for each piece of `text` in order, with its `[start, end)` and kind. */
export function scanTokens(text: string, emit: (start: number, end: number, kind: TokenKind) => void): void {
  const mayHoldAddress = text.includes('@') || text.includes('://') || text.includes('www.');
  const address = mayHoldAddress ? ADDRESS() : undefined;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cls = classAt(text, i);
    let j = i + 1;
    let kind: TokenKind = 'symbol';
    if (cls === SPACE) {
      while (j < n && classAt(text, j) === SPACE) j++;
      kind = 'space';
    } else if (cls === ARABIC) {
      while (j < n && classAt(text, j) === ARABIC) j++;
      kind = 'word';
    } else if (cls === DIGIT) {
      for (;;) {
        while (j < n && classAt(text, j) === DIGIT) j++;
        if (j + 1 < n && NUMBER_SEPARATORS.includes(text[j] as string) && classAt(text, j + 1) === DIGIT) j++;
        else break;
      }
      kind = 'number';
    } else if (cls === LETTER) {
      let match: RegExpExecArray | null = null;
      if (address !== undefined && text.charCodeAt(i) < 128) {
        address.lastIndex = i;
        match = address.exec(text);
      }
      if (match !== null) j = i + match[0].length;
      else while (j < n && (classAt(text, j) === LETTER || classAt(text, j) === DIGIT)) j++;
      kind = 'latin';
    } else if (cls === PUNCT) {
      if (text[i] === '.') while (j < n && text[j] === '.') j++;
      kind = 'punct';
    } else {
      j = i + codePointWidth(text, i);
    }
    emit(i, j, kind);
    i = j;
  }
}

/** The class of the code point at `i` (a low surrogate alone counts as a symbol). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x0700) return tableClass(UP_TO_ARABIC, c, 0);
  if (c >= 0x2000 && c < 0x2070) return tableClass(GENERAL_PUNCTUATION, c, 0x2000);
  if (c >= 0xd800 && c <= 0xdbff) return slowClass(text.codePointAt(i) ?? c);
  return slowClass(c);
}

/** The class of `c` from `table` (which starts at code `base`), worked out on first sight. */
function tableClass(table: Uint8Array, c: number, base: number): number {
  const known = table[c - base] as number;
  if (known !== 0) return known;
  const found = slowClass(c);
  table[c - base] = found;
  return found;
}

/**
 * Classifies any code point through Unicode properties; ASCII letters, digits and spaces and the
 * Arabic letters, marks and digits by code (each property expression costs ~0.5 ms to build; a
 * test checks every code point against them).
 */
function slowClass(code: number): number {
  if (code < 0x80) {
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return SPACE;
    if (code >= 0x30 && code <= 0x39) return DIGIT;
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return LETTER;
  } else if ((code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9)) {
    return DIGIT;
  } else if ((code >= 0x0620 && code <= 0x065f) || code === 0x0670 || (code >= 0x0671 && code <= 0x06d3)) {
    // Letters (ؠ–ي, ٱ–ۓ), tatweel and the harakat: all of Arabic script.
    return ARABIC;
  }
  const c = String.fromCodePoint(code);
  // The punctuation and signs of news text, as the properties below class them.
  if (PUNCTUATION.includes(c)) return PUNCT;
  if (SIGNS.includes(c)) return SYMBOL;
  if (/\s/u.test(c)) return SPACE;
  if (/\p{Nd}/u.test(c)) return DIGIT;
  if (/[\p{L}\p{M}]/u.test(c)) return /\p{scx=Arabic}/u.test(c) ? ARABIC : LETTER;
  if (/\p{P}/u.test(c) && !'%٪‰؉'.includes(c)) return PUNCT;
  return SYMBOL;
}

/** \p{P} characters common in news text (checked against the properties in test/text/letters.test.ts). */
const PUNCTUATION = '!"#&\'()*,-./:;?@[\\]_{}«»،؛؟…–—“”‘’٫٬·';
/** Signs that are not \p{P}, or are excluded from it (% ٪). */
const SIGNS = '%$+<=>^`|~٪';

/** 2 for a surrogate pair, else 1. */
function codePointWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}
