/**
 * The analysis keeps per-form results (front readings, vocabulary kinds, lemma matches) for every
 * text of the process. A text must get the analysis it gets alone, whatever was analysed before:
 * each text is analysed after all the others, then by a freshly loaded module, and the two must
 * be equal. The same with and without the lexicon in turn: their vocabulary caches share one
 * slot per written form.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Text } from '../../src/types.js';
import { FIXTURE_NAMES, fixtureJson } from './fixture-article.js';
import { textOf } from './text-of.js';

const NAMES = FIXTURE_NAMES;

function fixture(name: string): string[] {
  const json = fixtureJson(name);
  return [json.title ?? '', ...json.paragraphs].filter(Boolean);
}

const LEXICON = '../shared/data/samer/SAMER-Readability-Lexicon.tsv';

/** `analyse` from a fresh copy of the modules: empty caches. With `lexicon`, the TSV's text. */
async function freshAnalyse(lexicon?: string): Promise<(text: Text, withLexicon?: boolean) => unknown> {
  vi.resetModules();
  const module = await import('../../src/analyse/analyse.js');
  const parsed = lexicon === undefined ? undefined : (await import('../../src/analyse/parse-lexicon.js')).parseLexicon(lexicon);
  return (text, withLexicon = false) => module.analyse(text, withLexicon ? parsed : undefined);
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

  const lexicon = existsSync(LEXICON) ? readFileSync(LEXICON, 'utf8') : undefined;
  if (!lexicon) console.log(`shared-caches: ${LEXICON} absent, the with/without-lexicon case is skipped`);
  it.skipIf(!lexicon)(
    'leave every text its analysis when texts go with and without the lexicon in turn',
    async () => {
      const shared = await freshAnalyse(lexicon);
      for (const text of texts) {
        shared(text, true);
        shared(text, false);
      }
      const afterOthers = texts.flatMap((text) => [shared(text, false), shared(text, true)]);
      for (const [i, text] of texts.entries()) {
        const alone = await freshAnalyse(lexicon);
        expect(afterOthers[2 * i + 1]).toEqual(alone(text, true));
        const aloneWithout = await freshAnalyse(lexicon);
        expect(afterOthers[2 * i]).toEqual(aloneWithout(text, false));
      }
    },
    60_000,
  );
});
