/**
 * Finds the stretches that lie inside a closed quotation or bracket pair — «…», “…”, "…", (…),
 * […], ﴾…﴿, ‹…› — so that no sentence break falls there. Pairs nest; a mark that is never closed
 * (or a closing mark with no opening) protects nothing, so one typo cannot swallow a paragraph.
 *
 * @example quotedSpans('قال «لا. نعم» ثم') // [[4, 12]]: the « at 4 and the » at 12
 */

/** Opening marks, and for each its closing mark at the same index. */
const OPENERS = '«“([﴾‹';
const CLOSERS = '»”)]﴿›';
const ANY_OPENER = /[«“([﴾‹"]/;
const MARK_CODES = new Set([...OPENERS, ...CLOSERS, '"'].map((c) => c.charCodeAt(0)));

/** The outermost closed pairs as `[open, close]` offsets of their marks, sorted and disjoint. */
export function quotedSpans(text: string): Array<readonly [number, number]> {
  if (!ANY_OPENER.test(text)) return [];
  const pairs: Array<readonly [number, number]> = [];
  const stack: number[] = [];
  let straightOpen = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!MARK_CODES.has(c)) continue;
    const ch = text[i] as string;
    if (ch === '"') {
      if (straightOpen < 0) straightOpen = i;
      else {
        pairs.push([straightOpen, i]);
        straightOpen = -1;
      }
    } else if (OPENERS.includes(ch)) stack.push(i);
    else {
      const kind = CLOSERS.indexOf(ch);
      if (kind < 0) continue;
      for (let depth = stack.length - 1; depth >= 0; depth--) {
        const open = stack[depth] as number;
        if (OPENERS.indexOf(text[open] as string) !== kind) continue;
        pairs.push([open, i]);
        stack.length = depth;
        break;
      }
    }
  }
  return outermost(pairs);
}

/** Merges overlapping pairs into sorted, disjoint spans. */
function outermost(pairs: Array<readonly [number, number]>): Array<readonly [number, number]> {
  pairs.sort((a, b) => a[0] - b[0]);
  const spans: Array<[number, number]> = [];
  for (const [open, close] of pairs) {
    const last = spans.at(-1);
    if (last !== undefined && open <= last[1]) last[1] = Math.max(last[1], close);
    else spans.push([open, close]);
  }
  return spans;
}

/** Whether a sentence starting at `p` would begin inside one of `spans` (sorted, disjoint). */
export function isInsideSpans(spans: ReadonlyArray<readonly [number, number]>, p: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [open, close] = spans[mid] as readonly [number, number];
    if (p <= open) hi = mid - 1;
    else if (p > close) lo = mid + 1;
    else return true;
  }
  return false;
}
