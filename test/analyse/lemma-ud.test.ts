import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchLemma } from '../../src/analyse/match-lemma.js';
import { parseLexicon } from '../../src/analyse/parse-lexicon.js';
import { normalizeKey } from '../../src/text/normalize-key.js';

const LEXICON = '../shared/data/samer/SAMER-Readability-Lexicon.tsv';
const TOKENS = '../shared/data/ud-pud-dev/tokens.jsonl';
const present = existsSync(LEXICON) && existsSync(TOKENS);
if (!present) console.warn(`skipping lemma matching: ${LEXICON} or ${TOKENS} is absent`);

/** Content words: the parts of speech a vocabulary list teaches (names are not in the lexicon). */
const CONTENT = new Set(['NOUN', 'VERB', 'ADJ']);

describe.skipIf(!present)('lemma matching on UD Arabic-PUD (dev half)', () => {
  it('matches ≥ 80% of content words and ≥ 85% of matches to the gold lemma', () => {
    const lexicon = parseLexicon(readFileSync(LEXICON, 'utf8'));
    const rows = readFileSync(TOKENS, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { token: string; lemma: string | null; upos: string });
    const memo = new Map();
    let content = 0;
    let matched = 0;
    let right = 0;
    const misses = new Map<string, number>();
    const wrong = new Map<string, number>();
    for (const row of rows) {
      if (!CONTENT.has(row.upos) || row.lemma === null) continue;
      content++;
      const match = matchLemma(normalizeKey(row.token), lexicon, memo);
      if (!match) {
        misses.set(`${row.token}/${row.lemma}`, (misses.get(`${row.token}/${row.lemma}`) ?? 0) + 1);
        continue;
      }
      matched++;
      if (normalizeKey(match.entry.lemma) === normalizeKey(row.lemma)) right++;
      else
        wrong.set(
          `${row.token}→${match.entry.lemma} (${row.lemma})`,
          (wrong.get(`${row.token}→${match.entry.lemma} (${row.lemma})`) ?? 0) + 1,
        );
    }
    const matchedShare = matched / content;
    const rightShare = right / matched;
    console.log(
      `lemma matching (NOUN+VERB+ADJ, ${content} tokens): matched ${(matchedShare * 100).toFixed(1)}%, right lemma ${(rightShare * 100).toFixed(1)}% of matches`,
    );
    if (process.env.WARAQA_DEBUG_LEMMA) {
      console.log(
        [...misses]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 80)
          .map(([k, n]) => `${n} ${k}`)
          .join('\n'),
      );
      console.log('--- wrong');
      console.log(
        [...wrong]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 120)
          .map(([k, n]) => `${n} ${k}`)
          .join('\n'),
      );
    }
    expect(matchedShare).toBeGreaterThanOrEqual(0.8);
    expect(rightShare).toBeGreaterThanOrEqual(0.85);
  });
});
