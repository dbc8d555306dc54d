/**
 * Article → Text: paragraphs joined into one text, sentences and tokens with offsets into it.
 * `Intl.Segmenter` runs paragraph by paragraph, never on the whole text (DESIGN.md: its cost
 * explodes on long strings in Node 20).
 */
import type { Article, Paragraph, Sentence, Text, Token, TokenKind } from '../types.js';
import { normalizeKey } from './normalize-key.js';
import { isStopWord } from './stop-words.js';

/** What joins two paragraphs in `Text.text`. */
export const PARAGRAPH_SEPARATOR = '\n\n';

const sentenceSegmenter = new Intl.Segmenter('ar', { granularity: 'sentence' });
const wordSegmenter = new Intl.Segmenter('ar', { granularity: 'word' });

export function segment(article: Article): Text {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let offset = 0;
  article.paragraphs.forEach((text, index) => {
    paragraphs.push({ index, start: offset, end: offset + text.length, text });
    for (const part of sentenceSegmenter.segment(text)) {
      const trimmed = part.segment.trimEnd();
      if (trimmed.trim().length === 0) continue;
      const lead = trimmed.length - trimmed.trimStart().length;
      const start = offset + part.index + lead;
      const sentenceText = trimmed.trimStart();
      sentences.push({
        id: sentences.length,
        paragraph: index,
        start,
        end: start + sentenceText.length,
        text: sentenceText,
        tokens: tokenize(sentenceText, start),
      });
    }
    offset += text.length + PARAGRAPH_SEPARATOR.length;
  });
  return { article, text: article.paragraphs.join(PARAGRAPH_SEPARATOR), paragraphs, sentences };
}

function tokenize(text: string, base: number): Token[] {
  const tokens: Token[] = [];
  for (const part of wordSegmenter.segment(text)) {
    const kind = kindOf(part.segment);
    const key = normalizeKey(part.segment);
    const { prefixes, stem, suffixes } = kind === 'word' ? splitClitics(key) : { prefixes: [], stem: key, suffixes: [] };
    tokens.push({
      text: part.segment,
      start: base + part.index,
      end: base + part.index + part.segment.length,
      kind,
      key,
      prefixes,
      stem,
      suffixes,
      isStopWord: kind === 'word' && isStopWord(key),
    });
  }
  return tokens;
}

function kindOf(segment: string): TokenKind {
  if (/^\s+$/u.test(segment)) return 'space';
  if (/^[\p{Nd}][\p{Nd}.,:٫٬]*$/u.test(segment)) return 'number';
  if (/\p{Script=Arabic}/u.test(segment) && /\p{L}/u.test(segment)) return 'word';
  if (/^\p{Script=Latin}/u.test(segment)) return 'latin';
  if (/^\p{P}+$/u.test(segment)) return 'punct';
  return 'symbol';
}

function splitClitics(key: string): { prefixes: string[]; stem: string; suffixes: string[] } {
  const prefixes: string[] = [];
  let stem = key;
  if (/^[وف]/.test(stem) && stem.length > 4) {
    prefixes.push(stem[0] as string);
    stem = stem.slice(1);
  }
  if (stem.startsWith('ال') && stem.length > 4) {
    prefixes.push('ال');
    stem = stem.slice(2);
  }
  return { prefixes, stem, suffixes: [] };
}
