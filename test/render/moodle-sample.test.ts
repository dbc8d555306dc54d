/**
 * Both Moodle exports of the real sample article (articles/us-iraq-talks.txt, seed 7, two
 * versions), read back by gift-pegjs and fast-xml-parser: one question per exported item, right
 * answers where the Worksheet says, and every stem's text intact.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type GIFTQuestion, parse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../../src/options.js';
import { buildWorksheets } from '../../src/pipeline.js';
import { flattenText } from '../../src/render/moodle-text.js';
import { renderGift } from '../../src/render/render-gift.js';
import { renderMoodleXml } from '../../src/render/render-moodle-xml.js';
import type { Section, Worksheet } from '../../src/types.js';
import { readEmbedded } from './moodle-embedded.js';
import { decodeEntities, htmlLines } from './moodle-fixture.js';
import { readMoodleXml } from './moodle-read-xml.js';

const sample = path.resolve(import.meta.dirname, '../../articles/us-iraq-talks.txt');
const { worksheets } = buildWorksheets(readFileSync(sample), sample, resolveOptions({ seed: '7', versions: 2 }));

/** How many GIFT questions a section gives: one per gap or item, one for a matching or ordering. */
function giftCount(section: Section): number {
  switch (section.kind) {
    case 'vocabulary':
      return 0;
    case 'cloze':
      return section.gaps.length;
    case 'matching':
    case 'ordering':
      return 1;
    default:
      return section.items.length;
  }
}

type Item =
  | { readonly kind: 'MC'; readonly stem: string; readonly options: readonly string[]; readonly answer: number }
  | { readonly kind: 'TF'; readonly stem: string; readonly answer: boolean };

/** Every multiple-choice or true/false item of a worksheet, in sheet order. */
function items(ws: Worksheet): Item[] {
  return ws.sections.flatMap((s): Item[] => {
    if (s.kind === 'multipleChoice' || s.kind === 'vocabularyInContext') {
      return s.items.map((item) => ({ kind: 'MC', stem: item.stem, options: item.options, answer: item.answer }));
    }
    if (s.kind === 'trueFalse') return s.items.map((item) => ({ kind: 'TF', stem: item.statement, answer: item.answer }));
    return [];
  });
}

describe.each(worksheets.map((ws) => [ws.meta.version, ws] as const))('the sample article, version %s', (version, ws) => {
  it('exports to GIFT: every item a question, answers and text as in the worksheet', () => {
    const questions: GIFTQuestion[] = parse(renderGift(ws));
    const expected = 2 + ws.sections.reduce((n, s) => n + giftCount(s), 0);
    expect(questions).toHaveLength(expected);
    expect(questions[0]).toMatchObject({ type: 'Category', title: expect.stringMatching(new RegExp(`^waraqa/.+/${version}$`)) });
    const asked = questions.filter((q) => q.type === 'TF' || (q.type === 'MC' && !q.hasEmbeddedAnswers));
    const want = items(ws);
    expect(asked).toHaveLength(want.length);
    asked.forEach((q, i) => {
      const item = want[i];
      if (item === undefined || q.type === 'Category' || q.type === 'Description') throw new Error('unexpected question');
      expect(htmlLines(q.stem.text)).toEqual([flattenText(item.stem)]);
      if (item.kind === 'TF') expect(q.type === 'TF' && q.isTrue).toBe(item.answer);
      else if (q.type === 'MC') {
        expect(q.choices.map((c) => decodeEntities(c.text.text))).toEqual(item.options.map(flattenText));
        expect(q.choices.findIndex((c) => c.isCorrect)).toBe(item.answer);
      }
    });
  });

  it('exports to Moodle XML: types, one right answer at 100, the cloze gaps embedded', () => {
    const questions = readMoodleXml(renderMoodleXml(ws));
    const multichoice = questions.filter((q) => q.type === 'multichoice');
    const want = items(ws);
    expect(multichoice.length + questions.filter((q) => q.type === 'truefalse').length).toBe(want.length);
    for (const q of multichoice) {
      const fractions = (q.answer ?? []).map((a) => Number(a.fraction));
      expect(fractions.filter((f) => f === 100)).toHaveLength(1);
      expect(fractions.reduce((a, b) => a + b, 0)).toBe(100);
    }
    const cloze = ws.sections.find((s) => s.kind === 'cloze');
    const xmlCloze = questions.filter((q) => q.type === 'cloze');
    expect(xmlCloze).toHaveLength(cloze === undefined ? 0 : 1);
    if (cloze?.kind === 'cloze') {
      const embedded = readEmbedded(xmlCloze[0]?.questiontext?.text ?? '');
      expect(embedded.map((e) => e.answers.find((a) => a.fraction === 100)?.text)).toEqual(cloze.gaps.map((g) => flattenText(g.answer)));
    }
  });
});
