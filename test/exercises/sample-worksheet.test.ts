/**
 * The sample's worksheet with default options, built on the gold facts: what the exercises issue
 * asks for at least, every item passing the checker, and no cheap strategy (the longest option, one
 * key letter) winning.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.js';
import { checkSections } from '../../src/exercises/check-items.js';
import { generate, generateVersions } from '../../src/exercises/generate.js';
import { loadArticle } from '../../src/load/load-article.js';
import { resolveOptions } from '../../src/options.js';
import { seedFromContent } from '../../src/rng.js';
import { segment } from '../../src/text/segment.js';
import type { Analysis, ChoiceSection, Section, Worksheet } from '../../src/types.js';
import { goldAnalysis, hasGold } from './gold-analysis.js';

if (!hasGold) console.warn('skipping sample-worksheet tests: ../shared/data/gold is absent');

type Of<K extends Section['kind']> = K extends 'multipleChoice' | 'vocabularyInContext' ? ChoiceSection : Extract<Section, { kind: K }>;
const of = <K extends Section['kind']>(sections: readonly Section[], kind: K): Of<K>[] =>
  sections.filter((s) => s.kind === kind) as Of<K>[];

/** The minimum for the sample with default options. */
function expectEverySection(ws: Worksheet) {
  const cloze = of(ws.sections, 'cloze')[0];
  expect(cloze?.gaps.length).toBeGreaterThanOrEqual(8);
  const facts = of(ws.sections, 'multipleChoice')[0];
  expect(facts?.items.length).toBeGreaterThanOrEqual(8);
  expect(new Set(facts?.items.map((i) => i.topic)).size).toBeGreaterThanOrEqual(4);
  expect(of(ws.sections, 'vocabularyInContext')[0]?.items.length).toBeGreaterThanOrEqual(6);
  expect(of(ws.sections, 'trueFalse')[0]?.items.length).toBeGreaterThanOrEqual(6);
  expect(of(ws.sections, 'matching').find((m) => m.topic === 'quoteSpeaker')?.left.length).toBeGreaterThanOrEqual(5);
  expect(of(ws.sections, 'ordering')).toHaveLength(1);
  expect(of(ws.sections, 'ordering')[0]?.events.length).toBeGreaterThanOrEqual(4);
}

describe('the sample worksheet through the whole pipeline (articles/us-iraq-talks.txt)', () => {
  const file = path.resolve(import.meta.dirname, '../../articles/us-iraq-talks.txt');
  const analysis = analyse(segment(loadArticle(new Uint8Array(readFileSync(file)), file, { maxBytes: 5e6 })));
  // The seed of a run without --seed comes from the text (src/pipeline.ts).
  const defaultSeed = seedFromContent(analysis.text.article.paragraphs.join('\n'));
  it("gives the issue's minimum with default options (the seed a run without --seed takes)", () => {
    const ws = generate(analysis, resolveOptions({}), defaultSeed);
    expectEverySection(ws);
    expect(checkSections(ws.sections, analysis).dropped).toEqual([]);
  });

  it('comes close on other seeds: every section, every item checked, 6 and 6 on most draws', () => {
    // The sample's 25 sentences hold about as many items as asked, once no item may show another's
    // answer; another seed shares them out differently and may leave one section an item or two short.
    const sheets = Array.from({ length: 20 }, (_, i) => generate(analysis, resolveOptions({}), `s${i}`));
    const count = (ws: Worksheet, kind: 'vocabularyInContext' | 'trueFalse') => of(ws.sections, kind)[0]?.items.length ?? 0;
    for (const ws of sheets) {
      expect(checkSections(ws.sections, analysis).dropped).toEqual([]);
      expect(of(ws.sections, 'multipleChoice')[0]?.items.length).toBeGreaterThanOrEqual(8);
      expect(of(ws.sections, 'ordering')).toHaveLength(1);
      expect(count(ws, 'vocabularyInContext')).toBeGreaterThanOrEqual(4);
      expect(count(ws, 'trueFalse')).toBeGreaterThanOrEqual(3);
    }
    const full = sheets.filter((ws) => count(ws, 'vocabularyInContext') >= 6 && count(ws, 'trueFalse') >= 6).length;
    const mean = (kind: 'vocabularyInContext' | 'trueFalse') => sheets.reduce((n, ws) => n + count(ws, kind), 0) / sheets.length;
    console.log(`6 and 6 on ${full}/20 seeds; mean VIC ${mean('vocabularyInContext')}, mean T/F ${mean('trueFalse')}`);
    expect(full).toBeGreaterThanOrEqual(8);
    expect(mean('vocabularyInContext')).toBeGreaterThanOrEqual(5.5);
    expect(mean('trueFalse')).toBeGreaterThanOrEqual(5.2);
  });
});

describe.runIf(hasGold)('the sample worksheet (gold facts, default options)', () => {
  // vitest runs a skipped suite's body to list its tests: nothing may be read when the data is absent.
  const analysis = hasGold ? goldAnalysis() : (undefined as unknown as Analysis);
  const sheets = hasGold ? ['7', '8', '9', 'abc', 'waraqa'].map((seed) => generate(analysis, resolveOptions({}), seed)) : [];

  it('passes its own checker a second time: nothing left to drop', () => {
    for (const ws of sheets) expect(checkSections(ws.sections, analysis).dropped).toEqual([]);
  });

  it('records a proving sentence that holds the answer, for every fact question', () => {
    for (const ws of sheets) {
      for (const item of of(ws.sections, 'multipleChoice')[0]?.items ?? []) {
        const sentence = analysis.text.sentences[item.sentence]?.text ?? '';
        if (item.topic !== 'speaker') expect(sentence).toContain(item.options[item.answer]);
      }
    }
  });

  it('balances key letters and does not make the key the longest option more often than chance', () => {
    const items = sheets.flatMap((ws) =>
      ws.sections
        .filter((s): s is ChoiceSection => s.kind === 'multipleChoice' || s.kind === 'vocabularyInContext')
        .flatMap((s) => s.items),
    );
    const positions = [0, 0, 0, 0];
    let longest = 0;
    for (const item of items) {
      positions[item.answer] = (positions[item.answer] ?? 0) + 1;
      const key = item.options[item.answer] as string;
      if (item.options.every((o, i) => i === item.answer || o.length < key.length)) longest++;
    }
    console.log(`key positions أ ب ج د: ${positions.join(' ')}; key strictly longest in ${longest}/${items.length}`);
    for (const n of positions) expect(n).toBeGreaterThanOrEqual(items.length / 4 - 3);
    expect(longest / items.length).toBeLessThanOrEqual(0.3);
  });

  it('makes versions that are permutations of version A with the same seed, byte for byte reproducible', () => {
    const options = resolveOptions({ versions: 3 });
    const [a, b, c] = generateVersions(analysis, options, '7');
    expect(JSON.stringify(generateVersions(analysis, options, '7'))).toBe(JSON.stringify([a, b, c]));
    for (const other of [b, c]) {
      expect(other?.sections.map((s) => s.kind)).toEqual(a?.sections.map((s) => s.kind));
      const stems = (ws: typeof a) =>
        of(ws?.sections ?? [], 'multipleChoice')
          .flatMap((s) => s.items.map((i) => `${i.stem}=${i.options[i.answer]}|${[...i.options].sort().join('/')}`))
          .sort();
      expect(stems(other)).toEqual(stems(a));
    }
    expect(JSON.stringify(b?.sections)).not.toBe(JSON.stringify(a?.sections));
  });

  it('asks for fewer items at level 1 and drops the word bank at level 3', () => {
    const one = generate(analysis, resolveOptions({ level: 1 }), '7');
    const three = generate(analysis, resolveOptions({ level: 3 }), '7');
    expect(of(one.sections, 'multipleChoice')[0]?.items.length).toBeLessThan(of(three.sections, 'multipleChoice')[0]?.items.length ?? 0);
    expect(of(one.sections, 'cloze')[0]?.bank.length).toBeGreaterThan(0);
    expect(of(three.sections, 'cloze')[0]?.bank).toEqual([]);
  });

  it('never gaps the first sentence, a stop word, or two words of one sentence', () => {
    for (const ws of sheets) {
      const cloze = of(ws.sections, 'cloze')[0];
      const sentences = cloze?.gaps.map((g) => g.sentence) ?? [];
      expect(sentences).not.toContain(0);
      expect(new Set(sentences).size).toBe(sentences.length);
    }
  });
});
