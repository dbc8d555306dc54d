/**
 * Property: any text in a stem, an option, a true/false statement or a matching row comes back
 * from the GIFT export (read by gift-pegjs) as it went in, up to `flattenText` — one line, runs of
 * whitespace as one space, no control characters, trimmed — which is all GIFT can carry.
 */
import fc from 'fast-check';
import { type Matching, type MultipleChoice, parse, type TrueFalse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { flattenText } from '../../src/render/moodle-text.js';
import { renderGift } from '../../src/render/render-gift.js';
import { decodeEntities, htmlLines, tinyWorksheet } from './moodle-fixture.js';
import { someText as kept } from './moodle-text-arbitrary.js';

/** gift-pegjs leaves GIFT escapes in a matching row's right side as placeholders; Moodle decodes them. */
function giftPlaceholders(s: string): string {
  return s.replace(/&&(\d{3});/g, (_, code: string) => String.fromCharCode(Number(code))).replace(/&&010/g, '\n');
}

describe('GIFT round trip of random text', () => {
  it('keeps stems, options, statements and matching rows', () => {
    const options = fc.uniqueArray(kept, { minLength: 2, maxLength: 5, selector: flattenText });
    const rows = fc.uniqueArray(kept, { minLength: 2, maxLength: 4, selector: flattenText });
    fc.assert(
      fc.property(kept, options, fc.nat(), kept, rows, rows, (stem, opts, n, statement, left, rightBase) => {
        const answer = n % opts.length;
        const right = left.map((_, i) => rightBase[i % rightBase.length] ?? '');
        const gift = renderGift(tinyWorksheet(stem, opts, answer, statement, left, right));
        const [, mc, tf, matching] = parse(gift) as [unknown, MultipleChoice, TrueFalse, Matching];
        expect(mc.type).toBe('MC');
        expect(htmlLines(mc.stem.text)).toEqual([flattenText(stem)]);
        expect(mc.choices.map((c) => decodeEntities(c.text.text))).toEqual(opts.map(flattenText));
        expect(mc.choices.findIndex((c) => c.isCorrect)).toBe(answer);
        expect(mc.choices.filter((c) => c.isCorrect)).toHaveLength(1);
        expect(tf.type).toBe('TF');
        expect(htmlLines(tf.stem.text)).toEqual([flattenText(statement)]);
        expect(matching.type).toBe('Matching');
        const pairs = matching.matchPairs.filter((p) => p.subquestion.text !== '');
        expect(pairs.map((p) => decodeEntities(p.subquestion.text))).toEqual(left.map(flattenText));
        expect(pairs.map((p) => giftPlaceholders(p.subanswer))).toEqual(right.map(flattenText));
      }),
      { numRuns: 300 },
    );
  });
});
