/**
 * Text → Token[]: raw pieces (scanTokens) with their matching key, clitics, stem and stop-word
 * flag. Words are analysed once per distinct spelling through the `memo` that the caller passes,
 * so a whole article costs one analysis per word form.
 */
import type { Token } from '../types.js';
import { analyseWord, type WordAnalysis } from './analyse-word.js';
import { scanTokens } from './split-tokens.js';

/** A memo from a token's text to its analysis; make one per article with `new Map()`. */
export type AnalysisMemo = Map<string, WordAnalysis>;

/**
 * Tokens of `text`, with offsets shifted by `base` (the text's offset in the whole article).
 *
 * @example tokenize('وقال الوزير').map((t) => t.stem) // ['قال', ' ', 'وزير']
 */
export function tokenize(text: string, base = 0, memo: AnalysisMemo = new Map()): Token[] {
  const tokens: Token[] = [];
  scanTokens(text, (start, end, kind) => {
    const piece = text.slice(start, end);
    let analysis = memo.get(piece);
    if (analysis === undefined) {
      analysis = analyseWord(piece, kind);
      memo.set(piece, analysis);
    }
    tokens.push({
      text: piece,
      start: base + start,
      end: base + end,
      kind,
      key: analysis.key,
      prefixes: analysis.prefixes,
      stem: analysis.stem,
      suffixes: analysis.suffixes,
      isStopWord: analysis.isStopWord,
    });
  });
  return tokens;
}
