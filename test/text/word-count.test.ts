/** wordCount counts as `split(/\s+/).length` does. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordCount } from '../../src/text/word-count.js';

describe('wordCount', () => {
  it('counts as split(/\\s+/).length, empty pieces at the ends included', () => {
    const unit = fc.constantFrom('ا', 'ب', ' ', '\n', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', 'a', '.', '،');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 20 }), (text) => {
        expect(wordCount(text)).toBe(text.split(/\s+/).length);
      }),
      { numRuns: 2000 },
    );
    expect(wordCount(' أ ب ')).toBe(4);
    expect(wordCount('')).toBe(1);
  });
});
