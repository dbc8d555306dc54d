/**
 * Golden files for the Moodle exports (test/render/moodle-golden/): the hand-made fixture with a
 * word bank as GIFT and as Moodle XML. When an export changes on purpose, regenerate with
 * `WARAQA_UPDATE_GOLDEN=1 npx vitest run test/render/moodle-golden.test.ts` and review the diff;
 * CI never rewrites them. The renderer team's every-kind fixture is also exported and read back,
 * a check on a worksheet these exports were not written against.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { renderGift } from '../../src/render/render-gift.js';
import { renderMoodleXml } from '../../src/render/render-moodle-xml.js';
import { allKinds } from './fixtures/all-kinds.js';
import { fixtureWorksheet } from './moodle-fixture.js';
import { readMoodleXml } from './moodle-read-xml.js';

const GOLDEN = path.join(import.meta.dirname, 'moodle-golden');
const UPDATE = process.env.WARAQA_UPDATE_GOLDEN === '1';
if (UPDATE && process.env.CI) throw new Error('Golden files are never rewritten in CI.');

describe('Moodle export goldens', () => {
  it.each([
    ['fixture.gift.txt', () => renderGift(fixtureWorksheet({ bank: true }))],
    ['fixture.moodle.xml', () => renderMoodleXml(fixtureWorksheet({ bank: true }))],
  ])('%s', (name, render) => {
    const actual = render();
    const target = path.join(GOLDEN, name);
    if (UPDATE) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(target, actual);
      return;
    }
    if (!existsSync(target)) throw new Error(`${target} is missing: regenerate with WARAQA_UPDATE_GOLDEN=1 and review it.`);
    expect(actual, `${name} differs; if wanted, regenerate with WARAQA_UPDATE_GOLDEN=1 and review the diff`).toBe(
      readFileSync(target, 'utf8'),
    );
  });
});

describe('the every-kind fixture of the renderer tests', () => {
  const ws = allKinds();
  const items = ws.sections.flatMap((s) => ('items' in s ? s.items.map(() => s.kind) : []));

  it('exports to GIFT that gift-pegjs reads, one question per item', () => {
    const types = parse(renderGift(ws)).map((q) => q.type);
    expect(types.filter((t) => t === 'TF')).toHaveLength(items.filter((k) => k === 'trueFalse').length);
    const matching = ws.sections.filter((s) => s.kind === 'matching' || s.kind === 'ordering').length;
    expect(types.filter((t) => t === 'Matching')).toHaveLength(matching);
  });

  it('exports to well-formed Moodle XML with one right answer per multichoice', () => {
    const questions = readMoodleXml(renderMoodleXml(ws));
    const multichoice = questions.filter((q) => q.type === 'multichoice');
    expect(multichoice).toHaveLength(items.filter((k) => k === 'multipleChoice' || k === 'vocabularyInContext').length);
    for (const q of multichoice) expect((q.answer ?? []).filter((a) => a.fraction === '100')).toHaveLength(1);
  });
});
