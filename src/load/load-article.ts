/**
 * bytes → Article. First pass: UTF-8 text, one paragraph per non-empty line, the first line as
 * the title. (Encodings, HTML and boilerplate removal come with the article-input work.)
 */
import { WaraqaError } from '../errors.js';
import type { Article } from '../types.js';

export interface LoadOptions {
  readonly maxBytes: number;
}

export function loadArticle(bytes: Uint8Array, path: string, options: LoadOptions): Article {
  if (bytes.length > options.maxBytes) {
    throw new WaraqaError('too-large', `${path}: the file is ${bytes.length} bytes; the limit is ${options.maxBytes}.`);
  }
  const text = new TextDecoder('utf-8').decode(bytes).normalize('NFC');
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  if (lines.length === 0) throw new WaraqaError('empty', `${path}: the file holds no text; expected an Arabic article.`);
  const [title, ...paragraphs] = lines;
  return {
    ...(title === undefined ? {} : { title }),
    paragraphs: paragraphs.length > 0 ? paragraphs : lines,
    source: { path, encoding: 'utf-8', format: 'text', bytes: bytes.length },
    removed: [],
  };
}
