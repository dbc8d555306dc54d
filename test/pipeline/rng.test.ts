import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fork, sample, seedFromContent, shuffle } from '../../src/rng.js';

describe('seeded randomness', () => {
  it('gives the same stream for the same seed and name, another for another name', () => {
    const draw = (seed: string, name: string) => Array.from({ length: 5 }, fork(seed, name).next);
    expect(draw('7', 'cloze')).toEqual(draw('7', 'cloze'));
    expect(draw('7', 'cloze')).not.toEqual(draw('7', 'trueFalse'));
    expect(draw('7', 'cloze')).not.toEqual(draw('8', 'cloze'));
  });

  it('shuffles into a permutation', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.string(), (items, seed) => {
        const out = shuffle(items, fork(seed, 'x'));
        expect([...out].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
      { numRuns: 1000 },
    );
  });

  it('samples without replacement and keeps the original order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer()), fc.nat(20), fc.string(), (items, count, seed) => {
        const out = sample(items, count, fork(seed, 'x'));
        expect(out.length).toBe(Math.min(count, items.length));
        const positions = out.map((v) => items.indexOf(v));
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
      }),
      { numRuns: 1000 },
    );
  });

  it('derives a stable seed from content', () => {
    expect(seedFromContent('واشنطن')).toBe(seedFromContent('واشنطن'));
    expect(seedFromContent('واشنطن')).not.toBe(seedFromContent('بغداد'));
  });
});
