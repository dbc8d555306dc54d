/**
 * The analysis keeps per-form results (front readings, vocabulary kinds, lemma matches) for every
 * text of the process. A text must get the analysis it gets alone, whatever was analysed before:
 * each text is analysed after all the others, then by a freshly loaded module, and the two must
 * be equal.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Text } from '../../src/types.js';
import { textOf } from './text-of.js';

const NAMES = ['sport', 'economy', 'education', 'health'];

function fixture(name: string): string[] {
  const json = JSON.parse(readFileSync(`test/fixtures/analyse/${name}.json`, 'utf8')) as { title?: string; paragraphs: string[] };
  return [json.title ?? '', ...json.paragraphs].filter(Boolean);
}

/** `analyse` from a fresh copy of the modules: empty caches. */
async function freshAnalyse(): Promise<(text: Text) => unknown> {
  vi.resetModules();
  const module = await import('../../src/analyse/analyse.js');
  return (text) => module.analyse(text);
}

describe('caches shared across texts', () => {
  const texts = [
    ...NAMES.map((name) => textOf(...fixture(name))),
    textOf(...readFileSync('articles/us-iraq-talks.txt', 'utf8').split(/\n+/).filter(Boolean)),
  ];

  it('leave every text the analysis it gets alone', async () => {
    const shared = await freshAnalyse();
    // Every text after all the others, so that each one meets the caches the others filled.
    for (const text of texts) shared(text);
    const afterOthers = texts.map((text) => shared(text));
    for (const [i, text] of texts.entries()) {
      const alone = await freshAnalyse();
      expect(afterOthers[i]).toEqual(alone(text));
    }
  });
});
