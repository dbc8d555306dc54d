/**
 * bytes → Article: check the size, decode (any of the encodings Arabic files arrive in), read a
 * web page's article or split plain text into lines, normalise, refuse what is not Arabic, then
 * remove the site's clutter and find the title and byline (`cleanBlocks`). Pure: no file system.
 */
import { WaraqaError } from '../errors.js';
import type { Article } from '../types.js';
import type { Block } from './block.js';
import { checkArabic } from './check-arabic.js';
import { cleanBlocks, type PageHints } from './clean-blocks.js';
import { decodeBytes } from './decode-bytes.js';
import { describeBlock } from './describe-block.js';
import { findMarker } from './find-marker.js';
import { looksLikeHtml } from './looks-like-html.js';
import { normalizeText } from './normalize-text.js';
import { readHtml } from './read-html.js';
import { splitLines } from './split-lines.js';
import { stripMarkdown } from './strip-markdown.js';
import { tooLargeError } from './too-large-error.js';

export interface LoadOptions {
  /** Largest input accepted, in bytes. */
  readonly maxBytes: number;
}

const MARKDOWN_NAME = /\.(md|markdown)$/i;
const EXPECTED = 'expected an Arabic article as plain text or a web page';

/** @example loadArticle(bytes, 'articles/us-iraq-talks.txt', {maxBytes: 5 * 1024 * 1024}).paragraphs.length // 19 */
export function loadArticle(bytes: Uint8Array, path: string, options: LoadOptions): Article {
  if (bytes.length > options.maxBytes) {
    throw tooLargeError(path, bytes.length, options.maxBytes);
  }
  if (bytes.length === 0) throw new WaraqaError('empty', `${path}: the file is empty; ${EXPECTED}.`);
  const { text, encoding } = decodeBytes(bytes, path);
  if (normalizeText(text).length === 0) throw new WaraqaError('empty', `${path}: the file holds no text, only white space; ${EXPECTED}.`);
  const format = looksLikeHtml(text, path) ? 'html' : 'text';
  const plain = MARKDOWN_NAME.test(path) ? stripMarkdown(text) : text;
  const { blocks, hints, outside } =
    format === 'html' ? fromHtml(text) : { blocks: splitLines(normalizeText(plain)), hints: {}, outside: [] };
  if (blocks.length === 0)
    throw new WaraqaError('empty', `${path}: the web page holds no article text (only markup, scripts or styles); ${EXPECTED}.`);
  checkArabic(blocks.map((b) => b.text).join('\n'), path);
  const cleaned = cleanBlocks(blocks, hints);
  if (cleaned.paragraphs.length === 0) {
    throw new WaraqaError(
      'empty',
      `${path}: holds no article text: every line is site clutter (menus, forms, links, dates); ${EXPECTED}.`,
      'Run waraqa clean --explain on it to see what was removed and why.',
    );
  }
  // Page text readability left out comes after what the classifier removed, for --explain.
  // Each is named by its marker when it has one (share, tags, copyright …).
  const removed = [
    ...cleaned.removed,
    ...outside.map((t) => ({ text: t, reason: findMarker({ text: t }, describeBlock(t)) ?? 'outside-article' })),
  ];
  return { ...cleaned, removed, source: { path, encoding, format, bytes: bytes.length } };
}

/** The page's blocks and hints, normalised like plain text. */
function fromHtml(html: string): { blocks: Block[]; hints: PageHints; outside: string[] } {
  const page = readHtml(html);
  const outside = page.outside.map((t) => normalizeText(t).replace(/\n+/g, ' ')).filter((t) => t.length > 0);
  const blocks = page.blocks.flatMap((b) => {
    const text = normalizeText(b.text).replace(/\n+/g, ' ');
    return text.length === 0 ? [] : [{ ...b, text }];
  });
  const title = page.title === undefined ? undefined : normalizeText(page.title);
  const byline = page.byline === undefined ? undefined : normalizeText(page.byline);
  return {
    blocks,
    outside: outside.filter((t) => t !== title && t !== byline),
    hints: { ...(title ? { title } : {}), ...(byline ? { byline } : {}) },
  };
}
