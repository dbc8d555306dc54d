/**
 * The `known` hook with a real lexicon: grouping ud-pud-dev's content-word forms by stem, pairwise
 * F1 against the gold lemmas (as ../shared/eval/score.mjs computes it, on the forms alone), without
 * and with knownStems built from the SAMER lemmas. Skips, saying why, when the data is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownStems } from '../../src/text/known-stems.js';
import { normalizeKey } from '../../src/text/normalize-key.js';
import { splitClitics } from '../../src/text/split-clitics.js';

const data = path.resolve(import.meta.dirname, '../../../shared/data');
const tokensFile = path.join(data, 'ud-pud-dev/tokens.jsonl');
const samerFile = path.join(data, 'samer/SAMER-Readability-Lexicon.tsv');
const present = existsSync(tokensFile) && existsSync(samerFile);
if (!present) console.warn(`lexicon grouping skipped: ${tokensFile} or ${samerFile} is absent`);

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const CONTENT = new Set(['NOUN', 'VERB', 'ADJ', 'PROPN']);
const pairs = (n: number) => (n * (n - 1)) / 2;

/** Pairwise F1 of "same stem" against "same lemma" over the distinct content-word forms. */
function groupingF1(forms: ReadonlyMap<string, string>, known?: (stem: string) => boolean): number {
  const count = (keys: Iterable<string>) => {
    const m = new Map<string, number>();
    for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
    let sum = 0;
    for (const n of m.values()) sum += pairs(n);
    return sum;
  };
  const rows = [...forms].map(([form, lemma]) => ({ lemma, stem: splitClitics(normalizeKey(form), known, form).stem }));
  const both = count(rows.map((r) => `${r.stem}\u0000${r.lemma}`));
  const precision = both / count(rows.map((r) => r.stem));
  const recall = both / count(rows.map((r) => r.lemma));
  return (2 * precision * recall) / (precision + recall);
}

describe.runIf(present)('grouping with a lexicon-backed known predicate', () => {
  it('does better with the SAMER lemmas than without (and never needs them)', () => {
    const forms = new Map<string, string>();
    for (const line of readFileSync(tokensFile, 'utf8').split('\n')) {
      if (line.length === 0) continue;
      const t = JSON.parse(line) as { token: string; lemma: string | null; upos: string };
      const form = t.token.normalize('NFC').replace(DIACRITICS, '');
      if (CONTENT.has(t.upos) && t.lemma !== null && /[\u0621-\u064A]/.test(form) && !forms.has(form))
        forms.set(form, t.lemma.replace(DIACRITICS, ''));
    }
    const lemmas = readFileSync(samerFile, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t')[3]?.split('#')[0] ?? '')
      .filter((lemma) => lemma.length > 0);
    const alone = groupingF1(forms);
    const withLexicon = groupingF1(forms, knownStems(lemmas));
    console.log(
      `grouping F1 on ${forms.size} forms: ${alone.toFixed(4)} alone, ${withLexicon.toFixed(4)} with the SAMER lemmas as known stems`,
    );
    expect(alone).toBeGreaterThanOrEqual(0.65);
    expect(withLexicon).toBeGreaterThan(alone + 0.01);
  });
});
