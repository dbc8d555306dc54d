/**
 * A number after a bound («أكثر من ستين ألف متفرج») makes no false statement: another number
 * there («أكثر من ثمانين ألفاً») may be true, or surely is («أكثر من أربعين ألفاً»). Checked on
 * every false statement of the test articles' sheets over several seeds and levels.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.js';
import { generate } from '../../src/exercises/generate.js';
import { resolveOptions } from '../../src/options.js';
import { normalizeKey } from '../../src/text/normalize-key.js';
import { segment } from '../../src/text/segment.js';
import type { Article, Level } from '../../src/types.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/analyse');
const BOUND = /(?:اكثر|اقل|ازيد|ادني|اعلي) من\s*$|(?:يزيد|يقل|تزيد|تقل) (?:عن|علي)\s*$/;

function articleOf(file: string): Article {
  const json = JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')) as { title?: string; paragraphs: string[] };
  return {
    ...(json.title === undefined ? {} : { title: json.title }),
    paragraphs: json.paragraphs,
    source: { path: file, encoding: 'utf-8', format: 'text', bytes: 0 },
    removed: [],
  };
}

describe('true/false statements and bounds', () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json') && !f.endsWith('.facts.json'));

  it('the sport article holds such a bound (the case this guards)', () => {
    expect(normalizeKey(articleOf('sport.json').paragraphs.join(' '))).toMatch(/اكثر من \S+ الف/);
  });

  it('no false statement changes the number after «أكثر من», «أقل من», «لا يقل عن» …', () => {
    let falseOnes = 0;
    for (const file of files) {
      const analysis = analyse(segment(articleOf(file)));
      for (const level of [1, 2, 3] as Level[]) {
        for (const seed of ['1', '7', 'abc', 'x9']) {
          const sheet = generate(analysis, resolveOptions({ level }), seed);
          for (const section of sheet.sections) {
            if (section.kind !== 'trueFalse') continue;
            for (const item of section.items) {
              if (item.swap === undefined) continue;
              falseOnes++;
              const at = item.statement.indexOf(item.swap.to);
              expect(at).toBeGreaterThanOrEqual(0);
              expect(normalizeKey(item.statement.slice(Math.max(0, at - 24), at)), `${file}: ${item.statement}`).not.toMatch(BOUND);
            }
          }
        }
      }
    }
    // The check read false statements, not none.
    expect(falseOnes).toBeGreaterThan(20);
  });
});
