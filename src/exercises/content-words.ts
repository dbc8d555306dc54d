/**
 * The article's teachable words as tokens: vocabulary words that are not names, numbers or stop
 * words, each with its sentence and its entry's rank. Cloze gaps and vocabulary-in-context items
 * are cut from these.
 */
import type { Analysis, Sentence, Token, VocabEntry } from '../types.js';
import { perAnalysis } from './per-analysis.js';

export interface ContentWord {
  readonly token: Token;
  readonly sentence: Sentence;
  readonly entry: VocabEntry;
  /** 0 for the most teachable entry. */
  readonly rank: number;
}

/** Content words of the analysis, in document order; only entries among the first `top`. */
export function contentWords(analysis: Analysis, top: number): readonly ContentWord[] {
  const byTop = cached(analysis);
  const known = byTop.get(top);
  if (known) return known;
  const words = findContentWords(analysis, top);
  byTop.set(top, words);
  return words;
}

const cached = perAnalysis(() => new Map<number, readonly ContentWord[]>());

function findContentWords(analysis: Analysis, top: number): ContentWord[] {
  const entries = new Map(analysis.vocabulary.slice(0, top).map((e, rank) => [e.key, { entry: e, rank }] as const));
  const named = namedOffsets(analysis);
  const out: ContentWord[] = [];
  const sentences = analysis.text.sentences;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s] as Sentence;
    for (let t = 0; t < sentence.tokens.length; t++) {
      const token = sentence.tokens[t] as Token;
      if (token.kind !== 'word' || token.isStopWord || token.stem.length < 3) continue;
      const hit = entries.get(token.stem);
      if (!hit || named[token.start] === 1 || named[token.end - 1] === 1) continue;
      out.push({ token, sentence, entry: hit.entry, rank: hit.rank });
    }
  }
  return out;
}

/** A mark on every offset covered by a name or fact (not vocabulary), for a lookup per token. */
function namedOffsets(analysis: Analysis): Uint8Array {
  const marks = new Uint8Array(analysis.text.text.length + 1);
  for (const fact of analysis.facts) if (fact.kind !== 'quote') marks.fill(1, fact.span[0], fact.span[1]);
  return marks;
}
