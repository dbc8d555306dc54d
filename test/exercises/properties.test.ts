/**
 * Properties over varied articles: the sample's paragraphs shuffled and cut, and UD Arabic-PUD
 * documents joined into articles. Every item passes the checker, versions are permutations of
 * version A, the same seed gives the same worksheet.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.js';
import { checkSections } from '../../src/exercises/check-items.js';
import { generateVersions } from '../../src/exercises/generate.js';
import { resolveOptions } from '../../src/options.js';
import { segment } from '../../src/text/segment.js';
import type { Analysis, Section, Worksheet } from '../../src/types.js';
import { goldArticle, hasGold } from './gold-analysis.js';

const UD = path.resolve(import.meta.dirname, '../../../shared/data/ud-pud-dev/docs.jsonl');
const hasUd = existsSync(UD);
if (!hasGold || !hasUd) console.warn('skipping exercise properties: ../shared/data is absent');

function analysisOf(paragraphs: readonly string[]): Analysis {
  const article = { ...goldArticle(), paragraphs };
  return analyse(segment(article));
}

/** Everything a version may reorder, sorted, so that versions compare equal. */
function content(ws: Worksheet): string {
  const sorted = (xs: readonly string[]) => [...xs].sort().join('|');
  return ws.sections
    .map((s: Section) => {
      switch (s.kind) {
        case 'multipleChoice':
        case 'vocabularyInContext':
          return sorted(s.items.map((i) => `${i.stem}=${i.options[i.answer]}:${sorted(i.options)}`));
        case 'trueFalse':
          return sorted(s.items.map((i) => `${i.statement}=${i.answer}`));
        case 'matching':
          return sorted(s.left.map((l, i) => `${l}=${s.right[s.answer[i] ?? -1]}`)) + sorted(s.right);
        case 'ordering':
          return s.answer.map((i) => s.events[i]).join('>');
        case 'cloze':
          return `${JSON.stringify(s.gaps)}${sorted(s.bank)}`;
        case 'vocabulary':
          return s.entries.map((e) => e.key).join(',');
      }
    })
    .join('\n');
}

function checkAll(analysis: Analysis, seed: string) {
  const options = resolveOptions({ versions: 2 });
  const [a, b] = generateVersions(analysis, options, seed);
  if (!a || !b) throw new Error('expected two versions');
  expect(checkSections(a.sections, analysis).dropped).toEqual([]);
  expect(checkSections(b.sections, analysis).dropped).toEqual([]);
  expect(content(b)).toBe(content(a));
  expect(JSON.stringify(generateVersions(analysis, options, seed))).toBe(JSON.stringify([a, b]));
}

describe.runIf(hasGold && hasUd)('exercise properties', () => {
  // vitest runs a skipped suite's body to list its tests: nothing may be read when the data is absent.
  const sample = hasGold && hasUd ? goldArticle().paragraphs : [];
  const udDocs: string[] =
    hasGold && hasUd
      ? readFileSync(UD, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line).text as string)
      : [];

  it('holds for the sample with paragraphs shuffled and cut', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...sample], { minLength: 1 }), fc.string({ maxLength: 6 }), (paragraphs, seed) => {
        checkAll(analysisOf(paragraphs), seed);
      }),
      { numRuns: 25 },
    );
  });

  it('holds for UD Arabic-PUD documents joined into articles', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...udDocs), { minLength: 1, maxLength: 12 }), fc.string({ maxLength: 6 }), (docs, seed) => {
        checkAll(analysisOf(docs), seed);
      }),
      { numRuns: 25 },
    );
  });
});
