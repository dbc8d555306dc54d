/**
 * The first cut of a text into raw tokens: every code point lands in exactly one piece, so the
 * pieces joined give the text back. One sticky regular expression, tried in this order: space,
 * web and e-mail address, number with its separators, Arabic word (letters, diacritics, tatweel),
 * other-script word, a run of dots, one punctuation mark, anything else as a symbol.
 *
 * @example splitTokens('لـ«رويترز»') // لـ · « · رويترز · »  (words, then punct)
 */
import type { TokenKind } from '../types.js';

/** A token before analysis: its text, where it starts, and its kind. */
export interface Piece {
  readonly text: string;
  readonly start: number;
  readonly kind: TokenKind;
}

const SOURCE = [
  '(\\s+)', // 1 space
  '((?:https?:\\/\\/|www\\.)[^\\s«»"“”\\(\\)<>\\[\\]،؛]*[^\\s«»"“”\\(\\)<>\\[\\]،؛.,:;!?؟]|[\\p{L}\\p{Nd}._%+\\-]+@[\\p{L}\\p{Nd}\\-]+(?:\\.[\\p{L}\\p{Nd}\\-]+)+)', // 2 address
  '(\\p{Nd}+(?:[.,:٫٬]\\p{Nd}+)*)', // 3 number: 2,500 · 3.5 · ٣٫٥ · 15:07:19
  '([[\\p{scx=Arabic}&&[\\p{L}\\p{M}]]--[\\p{Nd}]]+)', // 4 Arabic word (tatweel is Lm)
  '([\\p{L}\\p{M}][\\p{L}\\p{M}\\p{Nd}]*)', // 5 word in another script
  '(\\.{2,}|[\\p{P}--[%٪‰؉]])', // 6 punctuation; "..." is one token; % is a symbol
].join('|');

const KIND_OF_GROUP: readonly TokenKind[] = ['space', 'space', 'latin', 'number', 'word', 'latin', 'punct'];

/** Cuts `text` into lossless pieces with offsets relative to `text`. */
export function splitTokens(text: string): Piece[] {
  const pattern = new RegExp(SOURCE, 'vy');
  const pieces: Piece[] = [];
  let at = 0;
  while (at < text.length) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match === null) {
      const code = text.codePointAt(at) ?? 0;
      const width = code > 0xffff ? 2 : 1;
      pieces.push({ text: text.slice(at, at + width), start: at, kind: 'symbol' });
      at += width;
      continue;
    }
    let group = 1;
    while (match[group] === undefined) group++;
    pieces.push({ text: match[0], start: at, kind: KIND_OF_GROUP[group] ?? 'symbol' });
    at += match[0].length;
  }
  return pieces;
}
