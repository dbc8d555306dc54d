/**
 * Every token of every paragraph of a segmented text, the spaces between sentences included, so
 * that joining a paragraph's tokens gives the paragraph back. Sentence tokens are reused as they
 * are (with the article's refined stems); only the gaps between sentences, which are white space,
 * are tokenised here.
 *
 * @example paragraphTokens(segment(article))[0].map((t) => t.text).join('') === article.paragraphs[0]
 */
import type { Text, Token } from '../types.js';
import { tokenize } from './tokenize.js';

/** One token list per paragraph of `text`, in order. */
export function paragraphTokens(text: Text): Token[][] {
  const lists: Token[][] = text.paragraphs.map(() => []);
  const at = text.paragraphs.map((p) => p.start);
  const gap = (index: number, end: number): void => {
    const list = lists[index] as Token[];
    const start = at[index] as number;
    if (end > start) list.push(...tokenize(text.text.slice(start, end), start));
    at[index] = end;
  };
  for (const sentence of text.sentences) {
    gap(sentence.paragraph, sentence.start);
    (lists[sentence.paragraph] as Token[]).push(...sentence.tokens);
    at[sentence.paragraph] = sentence.end;
  }
  text.paragraphs.forEach((p) => gap(p.index, p.end));
  return lists;
}
