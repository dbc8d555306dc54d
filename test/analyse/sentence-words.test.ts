/**
 * sentenceWordsInto reuses one pool of Word objects from sentence to sentence; each sentence
 * must still read exactly as sentenceWords reads it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sentenceWords, sentenceWordsInto, wordPool } from '../../src/analyse/sentence-words.js';
import { textOf } from './text-of.js';

describe('sentenceWordsInto', () => {
  it('gives every sentence the words sentenceWords gives, with one pool for all', () => {
    const text = textOf(...readFileSync('articles/us-iraq-talks.txt', 'utf8').split(/\n+/).filter(Boolean));
    const pool = wordPool();
    // Long and short sentences alternate, so that the pool both grows and is cut back.
    const order = [...text.sentences].sort((a, b) => (a.id % 2) - (b.id % 2) || a.id - b.id);
    for (const sentence of order) {
      const pooled = sentenceWordsInto(sentence, pool).map((w) => ({ ...w }));
      expect(pooled).toEqual(sentenceWords(sentence));
    }
    expect(pool.objects.length).toBe(Math.max(...text.sentences.map((s) => sentenceWords(s).length)));
  });
});
