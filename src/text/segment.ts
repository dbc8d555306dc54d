/**
 * Article → Text: the paragraphs joined by PARAGRAPH_SEPARATOR into one text, each cut into
 * sentences (splitSentences) and tokens (tokenize) whose `[start, end)` offsets point into it.
 * Everything runs paragraph by paragraph, never on the whole text (DESIGN.md: Intl.Segmenter's
 * cost explodes on long strings in Node 20), and each word form is analysed once per article.
 */
import type { Article, Paragraph, Sentence, Text, Token } from '../types.js';
import { splitSentences } from './split-sentences.js';
import { type AnalysisMemo, tokenize } from './tokenize.js';

/** What joins two paragraphs in `Text.text`. */
export const PARAGRAPH_SEPARATOR = '\n\n';

/** Segments an article; sentence ids run across paragraphs in document order. */
export function segment(article: Article): Text {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const memo: AnalysisMemo = new Map();
  let offset = 0;
  article.paragraphs.forEach((text, index) => {
    paragraphs.push({ index, start: offset, end: offset + text.length, text });
    const tokens = tokenize(text, offset, memo);
    let t = 0;
    for (const [from, to] of splitSentences(text)) {
      const start = offset + from;
      const end = offset + to;
      while (t < tokens.length && (tokens[t] as Token).start < start) t++;
      const first = t;
      while (t < tokens.length && (tokens[t] as Token).end <= end) t++;
      sentences.push({ id: sentences.length, paragraph: index, start, end, text: text.slice(from, to), tokens: tokens.slice(first, t) });
    }
    offset += text.length + PARAGRAPH_SEPARATOR.length;
  });
  return { article, text: article.paragraphs.join(PARAGRAPH_SEPARATOR), paragraphs, sentences };
}
