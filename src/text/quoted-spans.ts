/**
 * Marks the positions that lie inside a closed quotation or bracket pair — «…», “…”, "…", (…),
 * […], ﴾…﴿ — so that no sentence break falls there. Pairs nest; a mark that is never closed (or a
 * closing mark with no opening) protects nothing, so one typo cannot swallow a paragraph.
 *
 * @example quotedMask('قال «لا. نعم» ثم') // 1 for offsets 5…12, 0 elsewhere
 */

const CLOSER_OF: Readonly<Record<string, string>> = { '«': '»', '“': '”', '(': ')', '[': ']', '﴾': '﴿', '‹': '›' };
const CLOSERS = new Set(Object.values(CLOSER_OF));

/** A mask over `text`: `mask[p] === 1` when a break at `p` would fall inside a quotation. */
export function quotedMask(text: string): Uint8Array {
  const delta = new Int32Array(text.length + 2);
  const stack: Array<{ readonly closer: string; readonly at: number }> = [];
  let straightOpen = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const closer = CLOSER_OF[c];
    if (closer !== undefined) stack.push({ closer, at: i });
    else if (CLOSERS.has(c)) {
      const depth = findLast(stack, c);
      if (depth >= 0) {
        mark(delta, (stack[depth] as { at: number }).at, i);
        stack.length = depth;
      }
    } else if (c === '"') {
      if (straightOpen < 0) straightOpen = i;
      else {
        mark(delta, straightOpen, i);
        straightOpen = -1;
      }
    }
  }
  const mask = new Uint8Array(text.length + 1);
  let depth = 0;
  for (let p = 0; p <= text.length; p++) {
    depth += delta[p] ?? 0;
    mask[p] = depth > 0 ? 1 : 0;
  }
  return mask;
}

/** Breaks at `open + 1 … close` are inside the pair opened at `open` and closed at `close`. */
function mark(delta: Int32Array, open: number, close: number): void {
  delta[open + 1] = (delta[open + 1] ?? 0) + 1;
  delta[close + 1] = (delta[close + 1] ?? 0) - 1;
}

/** Index of the innermost open pair that `closer` closes, or -1. */
function findLast(stack: ReadonlyArray<{ readonly closer: string }>, closer: string): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]?.closer === closer) return i;
  return -1;
}
