/**
 * Text → Token[]: raw pieces (splitTokens) with their matching key, clitics, stem and stop-word
 * flag. Words are analysed once per distinct spelling through the `analyse` memo that the caller
 * passes, so a whole article costs one analysis per word form.
 */
import type { Token } from '../types.js';
import { analyseWord, type WordAnalysis } from './analyse-word.js';
import { splitTokens } from './split-tokens.js';

/** A memo from a token's text to its analysis; make one per article with `new Map()`. */
export type AnalysisMemo = Map<string, WordAnalysis>;

/**
 * Tokens of `text`, with offsets shifted by `base` (the text's offset in the whole article).
 *
 * @example tokenize('وقال الوزير', 0).map((t) => t.stem) // ['قال', ' ', 'وزير']
 */
export function tokenize(text: string, base = 0, memo: AnalysisMemo = new Map()): Token[] {
  const tokens: Token[] = [];
  for (const piece of splitTokens(text)) {
    let analysis = memo.get(piece.text);
    if (analysis === undefined) {
      analysis = analyseWord(piece.text, piece.kind);
      memo.set(piece.text, analysis);
    }
    const start = base + piece.start;
    tokens.push({ text: piece.text, start, end: start + piece.text.length, kind: piece.kind, ...analysis });
  }
  return tokens;
}
