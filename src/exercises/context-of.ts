/**
 * The text around a sentence that rules distractors out (a distractor named there might be right
 * too): the sentence's paragraph, or for a very long paragraph (a whole article on one line) the
 * sentence with two sentences on each side, so that the work stays linear in the article's size.
 */
import type { Analysis, Sentence } from '../types.js';

const LONG_PARAGRAPH = 4000;

export function contextOf(analysis: Analysis, sentence: Sentence): string {
  const paragraph = analysis.text.paragraphs[sentence.paragraph];
  if (paragraph && paragraph.text.length <= LONG_PARAGRAPH) return paragraph.text;
  const sentences = analysis.text.sentences;
  const from = sentences[Math.max(0, sentence.id - 2)] ?? sentence;
  const to = sentences[Math.min(sentences.length - 1, sentence.id + 2)] ?? sentence;
  return analysis.text.text.slice(from.start, to.end);
}
