/**
 * matchKey is the one-pass twin of the pipeline's `normalizeKey` (DESIGN.md) plus lower case and
 * punctuation → one space: checked case by case and as a property against the regex composition.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsWithPhrase, hasPhrase, matchKey, startsWithPhrase } from '../../src/load/match-key.js';
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

describe('phrase tests on keys', () => {
  // The definitions, on padded strings; the functions find the same without building them.
  const has = (key: string, phrases: readonly string[]) => phrases.some((p) => ` ${key} `.includes(` ${p} `));
  const ends = (key: string, phrases: readonly string[]) => phrases.find((p) => ` ${key}`.endsWith(` ${p}`));
  const starts = (key: string, phrases: readonly string[]) =>
    phrases
      .filter((p) => `${key} `.startsWith(`${p} `))
      .reduce<string | undefined>((best, p) => (best === undefined || p.length > best.length ? p : best), undefined);

  it.each([
    ['اقرا ايضا الخبر', ['اقرا ايضا'], true, undefined, 'اقرا ايضا'],
    ['لا تقرا ايضا', ['اقرا ايضا'], false, undefined, undefined],
    ['صور رويترز', ['رويترز', 'ب'], true, 'رويترز', undefined],
    ['اشترك الان', ['اشترك', 'اشترك الان'], true, 'اشترك الان', 'اشترك الان'],
    ['', [''], true, '', ''],
  ] as const)('%s in %j', (key, phrases, inside, end, start) => {
    expect(hasPhrase(key, phrases)).toBe(inside);
    expect(endsWithPhrase(key, phrases)).toBe(end);
    expect(startsWithPhrase(key, phrases)).toBe(start);
  });

  it('agree with the padded-string definitions', () => {
    const word = fc.constantFrom('اقرا', 'ايضا', 'ا', 'قرا', 'اقراا', 'sms', 's', 'ب', '');
    const key = fc.array(word, { maxLength: 6 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(key, fc.array(key, { maxLength: 5 }), (k, phrases) => {
        expect(hasPhrase(k, phrases)).toBe(has(k, phrases));
        expect(endsWithPhrase(k, phrases)).toBe(ends(k, phrases));
        expect(startsWithPhrase(k, phrases)).toBe(starts(k, phrases));
      }),
      { numRuns: 2000 },
    );
  });
});
