/**
 * Remembering what is worked out from an analysis alone (the fact slots, the roles of words, the
 * content words), so that the seeded draws of one worksheet and the versions share it. The cache
 * is weak: it goes with the analysis.
 *
 * @example const slots = perAnalysis(computeSlots); slots(a) === slots(a) // computed once
 */
import type { Analysis } from '../types.js';

export function perAnalysis<T>(fn: (analysis: Analysis) => T): (analysis: Analysis) => T {
  const cache = new WeakMap<Analysis, T>();
  // The analysis asked about last, in front of the weak map: a sheet asks about one analysis
  // thousands of times in a row. The analysis is kept weakly; its value stays until another
  // analysis is asked about (in a batch, the next article's first question).
  let last: WeakRef<Analysis> | undefined;
  let lastValue: T | undefined;
  return (analysis) => {
    if (last !== undefined && last.deref() === analysis) return lastValue as T;
    let value: T;
    if (cache.has(analysis)) value = cache.get(analysis) as T;
    else {
      value = fn(analysis);
      cache.set(analysis, value);
    }
    last = new WeakRef(analysis);
    lastValue = value;
    return value;
  };
}
