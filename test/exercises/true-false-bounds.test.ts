/**
 * A number after a bound («أكثر من ستين ألف متفرج») makes no false statement: another number
 * there («أكثر من ثمانين ألفاً») may be true, or surely is («أكثر من أربعين ألفاً»). Checked on
 * every false statement of the test articles' sheets over several seeds and levels.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.js';
import { generate } from '../../src/exercises/generate.js';
import { resolveOptions } from '../../src/options.js';
import { normalizeKey } from '../../src/text/normalize-key.js';
import { segment } from '../../src/text/segment.js';
import type { Level } from '../../src/types.js';
import { FIXTURE_NAMES, fixtureArticle } from '../analyse/fixture-article.js';

const BOUND = /(?:اكثر|اقل|ازيد|ادني|اعلي) من\s*$|(?:يزيد|يقل|تزيد|تقل) (?:عن|علي)\s*$/;

describe('true/false statements and bounds', () => {
  it('the sport article holds such a bound (the case this guards)', () => {
    expect(normalizeKey(fixtureArticle('sport').paragraphs.join(' '))).toMatch(/اكثر من \S+ الف/);
  });

  it('no false statement changes the number after «أكثر من», «أقل من», «لا يقل عن» …', () => {
    let falseOnes = 0;
    for (const file of FIXTURE_NAMES) {
      const analysis = analyse(segment(fixtureArticle(file)));
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
