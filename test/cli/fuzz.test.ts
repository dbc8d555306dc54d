/**
 * Fuzzing the library (not the CLI, to keep it fast): for random Unicode strings and for
 * mutations of the sample article (paragraphs deleted, duplicated, shuffled; Latin, digits,
 * diacritics and control characters inserted), `buildWorksheets` returns worksheets whose every
 * item passes the item checker again, or throws a WaraqaError, never anything else.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWaraqaError } from '../../src/errors.js';
import { checkSections } from '../../src/exercises/check-items.js';
import { resolveOptions } from '../../src/options.js';
import type { Built } from '../../src/pipeline.js';
import { buildWorksheets } from '../../src/pipeline.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SAMPLE = readFileSync(path.join(ROOT, 'articles/us-iraq-talks.txt'), 'utf8');
const PARAGRAPHS = SAMPLE.split(/\n\s*\n|\n/).filter((p) => p.trim().length > 0);
const OPTIONS = resolveOptions({ versions: 2 });
const RUNS = 1000;
const encoder = new TextEncoder();

/** Builds, and says what happened: `sheet` (checked), `refused` (a WaraqaError) or throws. */
function outcome(text: string | Uint8Array): 'sheet' | 'refused' {
  let built: Built;
  try {
    built = buildWorksheets(typeof text === 'string' ? encoder.encode(text) : text, 'fuzz.txt', OPTIONS);
  } catch (error) {
    if (isWaraqaError(error)) return 'refused';
    throw error;
  }
  expect(built.worksheets).toHaveLength(OPTIONS.versions);
  const sentences = built.analysis.text.sentences.length;
  for (const ws of built.worksheets) {
    expect(checkSections(ws.sections, built.analysis).dropped).toEqual([]);
    for (const entry of ws.answerKey) {
      expect(entry.sentence).toBeGreaterThanOrEqual(1);
      expect(entry.sentence).toBeLessThanOrEqual(sentences);
    }
    for (const section of ws.sections) {
      if (section.kind !== 'multipleChoice' && section.kind !== 'vocabularyInContext') continue;
      for (const item of section.items) {
        expect(new Set(item.options).size).toBe(item.options.length);
        expect(item.answer).toBeGreaterThanOrEqual(0);
        expect(item.answer).toBeLessThan(item.options.length);
      }
    }
  }
  return 'sheet';
}

/** Characters that stress each stage: Arabic letters and marks, digits, Latin, controls, bidi, punctuation. */
const awkward = fc.constantFrom(
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى',
  ...'\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640',
  ...'٠١٢٣٤٥٦٧٨٩0123456789',
  ...'abcXYZ',
  ...'\u0000\u0007\u001b\u007f\u200b\u200c\u200d\u200e\u200f\u202b\u202e\ufeff\ufffd',
  ...' \t\n\r\n\u00a0',
  ...'.،؛؟!«»"\'()[]-–…:/%<>&',
);

/** One change to a list of paragraphs. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    offset: fc.nat(),
    text: fc.oneof(
      fc.string({ unit: awkward, minLength: 1, maxLength: 12 }),
      fc.constantFrom('NATO', 'U.S.', 'COVID-19', '2024', '١٤٤٥ هـ', 'https://example.com/a?b=1', '\u0651\u0651\u0651', '\u0000\u0001'),
    ),
  }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

/** Applies the mutations to a window of the sample's paragraphs (small windows keep runs fast). */
function mutate(start: number, length: number, changes: readonly Mutation[]): string {
  const paragraphs = PARAGRAPHS.slice(start % PARAGRAPHS.length, (start % PARAGRAPHS.length) + length);
  for (const change of changes) {
    if (paragraphs.length === 0) break;
    const at = change.at % paragraphs.length;
    const p = paragraphs[at] as string;
    if (change.kind === 'delete') paragraphs.splice(at, 1);
    else if (change.kind === 'duplicate') paragraphs.splice(at, 0, p);
    else if (change.kind === 'swap') {
      const to = change.to % paragraphs.length;
      paragraphs[at] = paragraphs[to] as string;
      paragraphs[to] = p;
    } else {
      const offset = change.offset % (p.length + 1);
      paragraphs[at] = p.slice(0, offset) + change.text + p.slice(offset);
    }
  }
  return paragraphs.join('\n\n');
}

describe('the library never fails with anything but a WaraqaError', () => {
  it(`random Unicode strings (${RUNS} runs)`, () => {
    const seen = { sheet: 0, refused: 0 };
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.string({ unit: awkward, maxLength: 400 }),
          fc.uint8Array({ maxLength: 300 }),
        ),
        (input) => {
          seen[outcome(input)]++;
        },
      ),
      { numRuns: RUNS },
    );
    console.log(`fuzz: random strings → ${seen.sheet} worksheets, ${seen.refused} typed refusals`);
    expect(seen.sheet + seen.refused).toBe(RUNS);
  }, 600_000);

  it(`mutations of the sample (${RUNS} runs)`, () => {
    const seen = { sheet: 0, refused: 0 };
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 1, max: 4 }), fc.array(mutation, { maxLength: 6 }), (start, length, changes) => {
        seen[outcome(mutate(start, length, changes))]++;
      }),
      { numRuns: RUNS },
    );
    console.log(`fuzz: sample mutations → ${seen.sheet} worksheets, ${seen.refused} typed refusals`);
    expect(seen.sheet).toBeGreaterThan(RUNS / 4);
  }, 600_000);
});
