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
import type { Worksheet } from '../../src/types.js';
import { decodeEntities, htmlLines } from './moodle-fixture.js';

/** Characters GIFT, HTML, Moodle or the text layer read specially, plus Arabic, «…» and spaces. */
const SPECIAL = [...'~=#{}:\\%[]<>&/-*"\'!«»،؟؛ \n\t\r', '->', '//', '::', '####', '[html]', '%50%', '\\n', '&amp;', '&#37;', ']]>'];
const ARABIC = [...'ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةىًٌٍَُِّْـ٠١٢٣٤٥٦٧٨٩0123456789'];

const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...SPECIAL, ...ARABIC), maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
);
const kept = text.filter((s) => flattenText(s) !== '');

/** gift-pegjs leaves GIFT escapes in a matching row's right side as placeholders; Moodle decodes them. */
function giftPlaceholders(s: string): string {
  return s.replace(/&&(\d{3});/g, (_, code: string) => String.fromCharCode(Number(code))).replace(/&&010/g, '\n');
}

function worksheet(
  stem: string,
  options: readonly string[],
  answer: number,
  statement: string,
  left: readonly string[],
  right: readonly string[],
): Worksheet {
  return {
    meta: { title: 'عنوان', level: 2, seed: '1', version: 'A', createdFrom: 'test', generator: 'waraqa' },
    passage: [],
    vocabulary: [],
    sections: [
      {
        kind: 'multipleChoice',
        instruction: { ar: 'اختر.', en: 'Choose.' },
        items: [{ number: 1, topic: 'number', stem, options, answer, sentence: 0 }],
      },
      {
        kind: 'trueFalse',
        instruction: { ar: 'صح أم خطأ.', en: 'True or false.' },
        items: [{ number: 1, statement, answer: true, sentence: 0 }],
      },
      {
        kind: 'matching',
        topic: 'quoteSpeaker',
        instruction: { ar: 'صل.', en: 'Match.' },
        left,
        right,
        answer: left.map((_, i) => i),
        sentences: left.map(() => 0),
      },
    ],
    answerKey: [],
    dropped: [],
    notes: [],
  };
}

describe('GIFT round trip of random text', () => {
  it('keeps stems, options, statements and matching rows', () => {
    const options = fc.uniqueArray(kept, { minLength: 2, maxLength: 5, selector: flattenText });
    const rows = fc.uniqueArray(kept, { minLength: 2, maxLength: 4, selector: flattenText });
    fc.assert(
      fc.property(kept, options, fc.nat(), kept, rows, rows, (stem, opts, n, statement, left, rightBase) => {
        const answer = n % opts.length;
        const right = left.map((_, i) => rightBase[i % rightBase.length] ?? '');
        const gift = renderGift(worksheet(stem, opts, answer, statement, left, right));
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
