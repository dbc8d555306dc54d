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
  return (analysis) => {
    if (cache.has(analysis)) return cache.get(analysis) as T;
    const value = fn(analysis);
    cache.set(analysis, value);
    return value;
  };
}
