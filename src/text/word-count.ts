/**
 * Counting words as `text.split(/\s+/).length` does, without building the words themselves: the
 * exercises count the words of every clause they consider, thousands a sheet.
 */

/** Whether code unit `c` is JavaScript whitespace (`\s`: white space and line terminators). */
export function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * `text.split(/\s+/).length`: one more than the runs of whitespace, and an empty piece counts
 * at either end. @example wordCount(' أ ب ') // 4, as ' أ ب '.split(/\s+/) gives ['', 'أ', 'ب', '']
 *
 * The runs are found by one native search: in a run of one sheet the exercises count some
 * 25 000 characters, and a walk over them in JavaScript, still cold, cost several times more.
 */
export function wordCount(text: string): number {
  return (text.match(SPACE_RUNS)?.length ?? 0) + 1;
}

const SPACE_RUNS = /\s+/g;
