/** The small parts of sentence splitting: quotation spans, abbreviation dots. */
import { describe, expect, it } from 'vitest';
import { isAbbreviationDot } from '../../src/text/is-abbreviation-dot.js';
import { isInsideSpans, quotedSpans } from '../../src/text/quoted-spans.js';

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
