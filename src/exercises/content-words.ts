/**
 * The article's teachable words as tokens: vocabulary words that are not names, numbers or stop
 * words, each with its sentence and its entry's rank. Cloze gaps and vocabulary-in-context items
 * are cut from these.
 */
import type { Analysis, Sentence, Token, VocabEntry } from '../types.js';

export interface ContentWord {
  readonly token: Token;
  readonly sentence: Sentence;
  readonly entry: VocabEntry;
  /** 0 for the most teachable entry. */
  readonly rank: number;
}

/** Content words of the analysis, in document order; only entries among the first `top`. */
export function contentWords(analysis: Analysis, top: number): ContentWord[] {
  const entries = new Map(analysis.vocabulary.slice(0, top).map((e, rank) => [e.key, { entry: e, rank }] as const));
  const named = nameSpans(analysis);
  const out: ContentWord[] = [];
  for (const sentence of analysis.text.sentences) {
    for (const token of sentence.tokens) {
      if (token.kind !== 'word' || token.isStopWord || token.stem.length < 3) continue;
      const hit = entries.get(token.stem);
      if (!hit || named.some(([s, e]) => token.start < e && token.end > s)) continue;
      out.push({ token, sentence, entry: hit.entry, rank: hit.rank });
    }
  }
  return out;
}

/** Offsets covered by names and facts, which are not vocabulary. */
function nameSpans(analysis: Analysis): (readonly [number, number])[] {
  return analysis.facts.filter((f) => f.kind !== 'quote').map((f) => f.span);
}
