/** The small parts of sentence splitting: cutting long paragraphs, quotation spans, abbreviation dots. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutLongText } from '../../src/text/cut-long-text.js';
import { isAbbreviationDot } from '../../src/text/is-abbreviation-dot.js';
import { isInsideSpans, quotedSpans } from '../../src/text/quoted-spans.js';

describe('cutLongText', () => {
  it('prefers a sentence end, then a space', () => {
    const text = `${'أ'.repeat(60)}. ${'ب'.repeat(30)} ${'ج'.repeat(40)}`;
    expect(cutLongText(text, 100)).toEqual([
      [0, 62],
      [62, text.length],
    ]);
    const spaced = `${'أ'.repeat(70)} ${'ب'.repeat(70)}`;
    expect(cutLongText(spaced, 100)[0]).toEqual([0, 71]);
  });

  it('covers the text with pieces of at most `max`, never splitting a surrogate pair', () => {
    const unit = fc.constantFrom('ا', 'ب', ' ', '.', '؟', '😀', '\n');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 400 }), fc.integer({ min: 4, max: 60 }), (text, max) => {
        let at = 0;
        for (const [start, end] of cutLongText(text, max)) {
          expect(start).toBe(at);
          expect(end - start).toBeLessThanOrEqual(max);
          if (text.length > 0) expect(end).toBeGreaterThan(start);
          const code = text.charCodeAt(end - 1);
          if (end < text.length) expect(code >= 0xd800 && code <= 0xdbff).toBe(false);
          at = end;
        }
        expect(at).toBe(text.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('quotedSpans', () => {
  it.each([
    ['قال «لا. نعم» ثم', [[4, 12]]],
    ['قال "لا. نعم" ثم', [[4, 12]]],
    ['«أ (ب» ج)', [[0, 5]]], // » closes « and the ( left open inside it
    ['«لـ«رويترز»»', [[0, 11]]],
    ['قال «لا. ثم', []],
    ['ثم» قال', []],
    [
      '(أ) و(ب)',
      [
        [0, 2],
        [5, 7],
      ],
    ],
  ])('%s', (text, spans) => {
    expect(quotedSpans(text)).toEqual(spans);
  });

  it('says whether a break falls inside', () => {
    const spans = quotedSpans('قال «لا. نعم» ثم');
    expect([4, 5, 9, 12, 13].map((p) => isInsideSpans(spans, p))).toEqual([false, true, true, true, false]);
  });
});

describe('isAbbreviationDot', () => {
  it.each([
    ['التقى د. أحمد', 'د.', true],
    ['حاضر أ.د. محمد', 'أ.د.', true],
    ['كتبها أحمد ز. أمين', 'ز.', true],
    ['شركة Apple Inc. عن', 'Inc.', true],
    ['النتائج:\n1. ارتفاع', '1.', true],
    ['بلغ 5000. في', '5000.', false],
    ['عام 505 هـ. ودفن', 'هـ.', false],
    ['وصل الوفد. ثم', 'الوفد.', false],
  ])('%s (%s) → %s', (text, word, expected) => {
    const dot = text.indexOf(word) + word.length - 1;
    expect(isAbbreviationDot(text, dot)).toBe(expected);
  });
});
