/** sortSmall must order exactly as the built-in stable sort, ties in their original order. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortSmall } from '../../src/analyse/sort-small.js';

describe('sortSmall', () => {
  it('orders as Array.prototype.sort does, stably', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.integer({ min: 0, max: 5 }), id: fc.nat() }), { maxLength: 30 }), (items) => {
        const byKey = (a: { key: number }, b: { key: number }): number => a.key - b.key;
        expect(sortSmall([...items], byKey)).toEqual([...items].sort(byKey));
      }),
    );
  });

  it.each([
    [[], []],
    [[1], [1]],
    [
      [3, 1, 2],
      [1, 2, 3],
    ],
    [
      [2, 2, 1],
      [1, 2, 2],
    ],
  ])('%j → %j', (input, sorted) => {
    expect(sortSmall(input, (a, b) => a - b)).toEqual(sorted);
  });
});
