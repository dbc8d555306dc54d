/**
 * Quoted spans of a text: «…» and “…” pairs that close within the same paragraph.
 */

export interface QuotedSpan {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark. */
  readonly close: number;
}

/** Opening mark → closing mark, as char codes: « » and “ ”. */
const PAIRS = new Map<number, number>([
  [0x00ab, 0x00bb],
  [0x201c, 0x201d],
]);
const NEWLINE = 0x0a;

/**
 * The outermost quoted spans of `text`, in order. A mark left open at a paragraph break is
 * dropped, so one typo cannot swallow the rest of the article.
 *
 * @example findGuillemets('قال «نعم» ثم «لا»') // [{open: 4, close: 8}, {open: 13, close: 16}]
 */
export function findGuillemets(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let open = -1;
  let closer = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 && c !== NEWLINE) continue;
    if (open < 0) {
      const pair = PAIRS.get(c);
      if (pair !== undefined) {
        open = i;
        closer = pair;
      }
    } else if (c === closer) {
      spans.push({ open, close: i });
      open = -1;
    } else if (c === NEWLINE) open = -1;
  }
  return spans;
}
