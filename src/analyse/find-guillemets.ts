/**
 * Quoted spans of a text: «…» and “…” pairs that close within the same paragraph.
 */

export interface QuotedSpan {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark. */
  readonly close: number;
  /**
   * Whether the quoted words name an organisation by themselves (quotedNameShape), once judged;
   * kept on the span, which lives as long as one analysis, rather than in a map beside it.
   */
  shape: boolean | undefined;
  /** Whether they name one given every name the text knows, once findFacts has settled it. */
  verdict: boolean | undefined;
}

/** The marks that matter, and the line breaks that end a paragraph: all the scan stops at. */
const MARKS = /[«»“”\n]/g;

/**
 * The outermost quoted spans of `text`, in order. A mark left open at a paragraph break is
 * dropped, so one typo cannot swallow the rest of the article.
 *
 * @example findGuillemets('قال «نعم» ثم «لا»').map((q) => [q.open, q.close]) // [[4, 8], [13, 16]]
 */
export function findGuillemets(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let open = -1;
  let closer = '';
  const marks = new RegExp(MARKS);
  // test() moves lastIndex past each mark without building a match object.
  while (marks.test(text)) {
    const i = marks.lastIndex - 1;
    const c = text[i];
    if (open < 0) {
      if (c === '«' || c === '“') {
        open = i;
        closer = c === '«' ? '»' : '”';
      }
    } else if (c === closer) {
      spans.push({ open, close: i, shape: undefined, verdict: undefined });
      open = -1;
    } else if (c === '\n') open = -1;
  }
  return spans;
}
