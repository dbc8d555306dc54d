/**
 * Where to cut a long paragraph before handing it to `Intl.Segmenter`, whose cost grows much
 * faster than the length of the string in Node 20 (DESIGN.md). Cuts fall, in order of preference,
 * after a sentence end and its space, after a space, or at any code point boundary.
 *
 * @example cutLongText('جملة. '.repeat(2000), 4000) // [3996, 7998, …]: every piece ≤ 4000
 */

const SENTENCE_END = /[.؟?!…]["'»”’)\]]*\s+/g;

/** Returns `[start, end)` pieces that cover `text`, each at most `max` code units long. */
export function cutLongText(text: string, max: number): Array<readonly [number, number]> {
  const pieces: Array<readonly [number, number]> = [];
  let start = 0;
  while (text.length - start > max) {
    const cut = safeCut(text, start + Math.floor(max / 2), start + max);
    pieces.push([start, cut]);
    start = cut;
  }
  pieces.push([start, text.length]);
  return pieces;
}

/** The best cut in `[from, to]`: the last sentence end, else the last space, else `to`. */
function safeCut(text: string, from: number, to: number): number {
  const window = text.slice(from, to);
  let best = -1;
  for (const match of window.matchAll(SENTENCE_END)) best = match.index + match[0].length;
  if (best > 0) return from + best;
  for (let i = window.length - 1; i > 0; i--) if (/\s/.test(window[i] ?? '')) return from + i + 1;
  const code = text.charCodeAt(to - 1);
  return code >= 0xd800 && code <= 0xdbff ? to - 1 : to;
}
