/**
 * Counting words as `text.split(/\s+/).length` does, without building the array of words: the
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
 */
export function wordCount(text: string): number {
  let count = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (space && !inSpace) count++;
    inSpace = space;
  }
  return count;
}
