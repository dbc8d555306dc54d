/** Tokens: kinds, numbers with separators, clitics written with tatweel, and losslessness. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitTokens } from '../../src/text/split-tokens.js';
import { tokenize } from '../../src/text/tokenize.js';

const visible = (text: string) =>
  splitTokens(text)
    .filter((p) => p.kind !== 'space')
    .map((p) => `${p.kind}:${p.text}`);

describe('splitTokens', () => {
  // Rows: the examples, and forms seen in Arabic news copy.
  it.each([
    ['«لـ«رويترز»»', ['punct:«', 'word:لـ', 'punct:«', 'word:رويترز', 'punct:»', 'punct:»']],
    ['نشر 2,500 جندي', ['word:نشر', 'number:2,500', 'word:جندي']],
    ['نما 3.5 في المئة', ['word:نما', 'number:3.5', 'word:في', 'word:المئة']],
    ['في عام ٢٠٢٣.', ['word:في', 'word:عام', 'number:٢٠٢٣', 'punct:.']],
    ['بلغ ٣٫٥ مليون', ['word:بلغ', 'number:٣٫٥', 'word:مليون']],
    ['الساعة 15:07:19 بتوقيت', ['word:الساعة', 'number:15:07:19', 'word:بتوقيت']],
    ['زوروا www.example.com.', ['word:زوروا', 'latin:www.example.com', 'punct:.']],
    ['راسلوا info@example.org اليوم', ['word:راسلوا', 'latin:info@example.org', 'word:اليوم']],
    ['شركة Apple Inc.', ['word:شركة', 'latin:Apple', 'latin:Inc', 'punct:.']],
    ['قُرِئَتْ، ثم؟!', ['word:قُرِئَتْ', 'punct:،', 'word:ثم', 'punct:؟', 'punct:!']],
    ['نمو 50% و٪٧', ['word:نمو', 'number:50', 'symbol:%', 'word:و', 'symbol:٪', 'number:٧']],
    ['التعاون... ثم', ['word:التعاون', 'punct:...', 'word:ثم']],
    ['ممتاز 👍🏽', ['word:ممتاز', 'symbol:👍', 'symbol:🏽']],
  ])('%s', (text, expected) => {
    expect(visible(text)).toEqual(expected);
  });

  it('keeps spaces, tabs and line breaks as space tokens', () => {
    expect(splitTokens('أ \t\nب').map((p) => p.kind)).toEqual(['word', 'space', 'word']);
  });
});

describe('tokenize (properties)', () => {
  const arabicish = fc.string({
    unit: fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ ًٌٍَُِّْـ،؛؟.!…«»“”"()0123456789٠١٢٣٫٬:,%@/-\n\tabcXYZ😀'.split('')),
    maxLength: 200,
  });
  const anyText = fc.oneof(arabicish, fc.string({ unit: 'grapheme', maxLength: 100 }), fc.string({ unit: 'binary', maxLength: 100 }));

  it('loses nothing: the tokens joined give the text back', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(
          tokenize(text)
            .map((t) => t.text)
            .join(''),
        ).toBe(text);
      }),
      { numRuns: 1500 },
    );
  });

  it('gives offsets in order, inside the text, matching each token', () => {
    fc.assert(
      fc.property(anyText, fc.nat(1000), (text, base) => {
        let at = base;
        for (const token of tokenize(text, base)) {
          expect(token.start).toBe(at);
          expect(token.end).toBeGreaterThan(token.start);
          expect(text.slice(token.start - base, token.end - base)).toBe(token.text);
          at = token.end;
        }
        expect(at).toBe(base + text.length);
      }),
      { numRuns: 1000 },
    );
  });
});
