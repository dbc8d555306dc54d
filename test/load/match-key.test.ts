/**
 * matchKey is the one-pass twin of the pipeline's `normalizeKey` (DESIGN.md) plus lower case and
 * punctuation → one space: checked case by case and as a property against the regex composition.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchKey } from '../../src/load/match-key.js';
import { normalizeKey } from '../../src/text/normalize-key.js';

const reference = (text: string) =>
  normalizeKey(text.toLowerCase())
    .replace(/[^\p{L}\p{N}©]+/gu, ' ')
    .trim();

describe('matchKey', () => {
  it.each([
    ['قد يهمك أيضًا :', 'قد يهمك ايضا'],
    ['إقرأ  المزيد»', 'اقرا المزيد'],
    ['جميع الحقوق محفوظة © 2024', 'جميع الحقوق محفوظه © 2024'],
    ['GMT ٢١:٠٣', 'gmt 21 03'],
    ['مُقلِق ـــ عليّ', 'مقلق علي'],
  ])('%s → %s', (input, key) => expect(matchKey(input)).toBe(key));

  it('agrees with normalizeKey + lower case + punctuation to spaces', () => {
    const unit = fc.constantFrom(...'ابتةىأإآٱءؤئـًٌٍَُِّْٰ٠١٩۰۹ ABCxyz09.,:«»-*©éÀ\n\t'.split(''));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (s) => matchKey(s) === reference(s)),
      { numRuns: 500 },
    );
  });
});
