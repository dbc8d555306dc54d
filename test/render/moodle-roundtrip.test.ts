/**
 * Properties: any text in a stem, an option, a statement, a matching row or a cloze answer comes back
 * from the Moodle XML export (read by fast-xml-parser and a reader of Moodle's embedded-answer
 * syntax) as it went in, up to `flattenText`; the XML is always well-formed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenText } from '../../src/render/moodle-text.js';
import { renderMoodleXml } from '../../src/render/render-moodle-xml.js';
import type { Worksheet } from '../../src/types.js';
import { readEmbedded } from './moodle-embedded.js';
import { htmlLines, tinyWorksheet } from './moodle-fixture.js';
import { readMoodleXml } from './moodle-read-xml.js';
import { someText } from './moodle-text-arbitrary.js';

/** An answer or subquestion text, read as a student sees it. */
const shown = (html: string) => htmlLines(`<p dir="rtl">${html}</p>`)[0] ?? '';

describe('Moodle XML round trip of random text', () => {
  it('keeps stems, options, statements and matching rows', () => {
    const options = fc.uniqueArray(someText, { minLength: 2, maxLength: 5, selector: flattenText });
    const rows = fc.uniqueArray(someText, { minLength: 2, maxLength: 4, selector: flattenText });
    fc.assert(
      fc.property(someText, options, fc.nat(), someText, rows, rows, (stem, opts, n, statement, left, right) => {
        const answer = n % opts.length;
        const rights = left.map((_, i) => right[i % right.length] ?? '');
        const [, mc, tf, matching] = readMoodleXml(renderMoodleXml(tinyWorksheet(stem, opts, answer, statement, left, rights)));
        expect(mc?.type).toBe('multichoice');
        expect(htmlLines(mc?.questiontext?.text ?? '')).toEqual([flattenText(stem)]);
        expect((mc?.answer ?? []).map((a) => shown(a.text))).toEqual(opts.map(flattenText));
        expect((mc?.answer ?? []).map((a) => a.fraction === '100')).toEqual(opts.map((_, i) => i === answer));
        expect(htmlLines(tf?.questiontext?.text ?? '')).toEqual([flattenText(statement)]);
        const pairs = (matching?.subquestion ?? []).filter((sq) => sq.text !== '');
        expect(pairs.map((sq) => shown(sq.text))).toEqual(left.map(flattenText));
        expect(pairs.map((sq) => sq.answer[0].text)).toEqual(rights.map(flattenText));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every spelling of a cloze answer and every bank word', () => {
    const words = fc.uniqueArray(someText, { minLength: 1, maxLength: 4, selector: flattenText });
    fc.assert(
      fc.property(words, words, fc.boolean(), someText, (answers, extra, bank, text) => {
        const [answer, ...accepts] = answers as [string, ...string[]];
        const ws: Worksheet = {
          ...tinyWorksheet('س', ['أ', 'ب'], 0, 'ج', ['د', 'ه'], ['و', 'ز']),
          sections: [
            {
              kind: 'cloze',
              instruction: { ar: 'املأ.', en: 'Fill.' },
              paragraphs: [
                [
                  { kind: 'text', text: `${text} ` },
                  { kind: 'gap', number: 1 },
                  { kind: 'text', text },
                ],
              ],
              gaps: [{ number: 1, answer, accepts, sentence: 0 }],
              bank: bank ? [...extra, answer] : [],
            },
          ],
        };
        const cloze = readMoodleXml(renderMoodleXml(ws)).find((q) => q.type === 'cloze');
        const [embedded] = readEmbedded(cloze?.questiontext?.text ?? '');
        const flat = (xs: readonly string[]) => [...new Set(xs.map(flattenText))];
        if (bank && flat([...extra, answer]).length >= 2) {
          expect(embedded?.type).toBe('MULTICHOICE');
          expect(embedded?.answers.map((a) => a.text)).toEqual(flat([...extra, answer]));
          expect(embedded?.answers.filter((a) => a.fraction === 100).map((a) => a.text)).toEqual([flattenText(answer)]);
        } else {
          expect(embedded?.type).toBe('SHORTANSWER');
          expect(embedded?.answers.map((a) => a.text.replace(/\\\*/g, '*'))).toEqual(flat(answers));
        }
      }),
      { numRuns: 200 },
    );
  });
});
