/**
 * A stable sort for the few items of one sentence (its mentions, its facts): an insertion sort in
 * place, which allocates nothing, where Array.prototype.sort allocates a work array per call —
 * thousands of them on a long text. Same order as the built-in stable sort.
 *
 * Only the first `n` items are sorted when `n` is given (a reused array longer than its content).
 *
 * @example sortSmall([3, 1, 2], (a, b) => a - b) // [1, 2, 3]
 */
export function sortSmall<T>(items: T[], compare: (a: T, b: T) => number, n = items.length): T[] {
  for (let i = 1; i < n; i++) {
    const item = items[i] as T;
    let j = i - 1;
    while (j >= 0 && compare(items[j] as T, item) > 0) {
      items[j + 1] = items[j] as T;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}
