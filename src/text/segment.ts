/**
 * Article → Text: the paragraphs joined by PARAGRAPH_SEPARATOR into one text, each cut into
 * sentences (splitSentences) and tokens (tokenize) whose `[start, end)` offsets point into it.
 * Everything runs paragraph by paragraph, never on the whole text (a 1 MB paragraph is still
 * split in linear time, see split-sentences.ts), and each word form is analysed once per article.
 */
import type { Article, Paragraph, Sentence, Text, Token } from '../types.js';
import { refineStems } from './refine-stems.js';
import { splitSentences } from './split-sentences.js';
import { type AnalysisMemo, tokenize } from './tokenize.js';

/** What joins two paragraphs in `Text.text`. */
export const PARAGRAPH_SEPARATOR = '\n\n';

/**
 * Segments an article; sentence ids run across paragraphs in document order. Every word form is
 * analysed on its own first, then the article's own stems settle ambiguous splits (refineStems).
 */
export function segment(article: Article): Text {
  const memo: AnalysisMemo = new Map();
  let offset = 0;
  const paragraphs: Paragraph[] = article.paragraphs.map((text, index) => {
    const paragraph = { index, start: offset, end: offset + text.length, text };
    offset += text.length + PARAGRAPH_SEPARATOR.length;
    return paragraph;
  });
  const tokenLists = paragraphs.map((p) => tokenize(p.text, p.start, memo));
  const changed = refineStems(memo);
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, index) => {
    const tokens = changed.size === 0 ? (tokenLists[index] as Token[]) : reanalysed(tokenLists[index] as Token[], changed, memo);
    let t = 0;
    for (const [from, to] of splitSentences(paragraph.text)) {
      const start = paragraph.start + from;
      const end = paragraph.start + to;
      while (t < tokens.length && (tokens[t] as Token).start < start) t++;
      const first = t;
      while (t < tokens.length && (tokens[t] as Token).end <= end) t++;
      sentences.push({
        id: sentences.length,
        paragraph: index,
        start,
        end,
        text: paragraph.text.slice(from, to),
        tokens: tokens.slice(first, t),
      });
    }
  });
  return { article, text: article.paragraphs.join(PARAGRAPH_SEPARATOR), paragraphs, sentences };
}

/** The tokens with the refined analysis of every token whose text is in `changed`. */
function reanalysed(tokens: readonly Token[], changed: ReadonlySet<string>, memo: AnalysisMemo): Token[] {
  return tokens.map((token) => {
    const analysis = changed.has(token.text) ? memo.get(token.text) : undefined;
    if (analysis === undefined) return token;
    return { ...token, prefixes: analysis.prefixes, stem: analysis.stem, suffixes: analysis.suffixes };
  });
}
