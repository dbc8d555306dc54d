/**
 * Counting words as `text.split(/\s+/).length` does, without building the words themselves: the
 * exercises count the words of every clause they consider, thousands a sheet.
 */

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
