/**
 * A web page → blocks of its article, with the page's headline and byline. linkedom parses the
 * page; @mozilla/readability finds the article (its output still carries chrome, so the blocks go
 * through the same cleaning as plain text). When readability finds too little, the whole body is
 * walked instead, with blocks inside nav, header, footer, aside and forms marked as chrome.
 */
import { createRequire } from 'node:module';
import type { Readability as ReadabilityType } from '@mozilla/readability';
import type { parseHTML as ParseHtml } from 'linkedom';
import type { Block } from './block.js';
import type { PageHints } from './clean-blocks.js';
import { parseByline } from './parse-byline.js';
import { walkBlocks } from './walk-blocks.js';

export interface Page extends PageHints {
  readonly blocks: readonly Block[];
  /** Text blocks of the page that readability left out of the article (for `clean --explain`). */
  readonly outside: readonly string[];
}

/** Fewer words than this in readability's article means it missed, and the body is walked. */
const MIN_ARTICLE_WORDS = 25;

/**
 * linkedom and readability, required on first use: plain-text articles never need them, and
 * loading them up front cost every one-sheet run ~160 ms CPU of start-up (test/bench/cli.bench.mjs).
 */
function htmlTools(): { parseHTML: typeof ParseHtml; Readability: typeof ReadabilityType } {
  const require = createRequire(import.meta.url);
  const { parseHTML } = require('linkedom') as { parseHTML: typeof ParseHtml };
  const { Readability } = require('@mozilla/readability') as { Readability: typeof ReadabilityType };
  return { parseHTML, Readability };
}

/** @example readHtml('<h1>عنوان</h1><p>فقرة.</p>').title // 'عنوان' */
export function readHtml(markup: string): Page {
  // A fragment (`<p>…</p>` piped in) gets a body, so that both parsers see its text.
  const html = /<(?:html|body)[\s>]/i.test(markup) ? markup : `<!doctype html><html><body>${markup}</body></html>`;
  const { parseHTML, Readability } = htmlTools();
  const { document } = parseHTML(html);
  const title = pageTitle(document);
  // The whole page is walked before readability, which rewrites the document as it works.
  const page = walkBlocks(document.body as never, true);
  let blocks: Block[] = [];
  let byline: string | undefined;
  try {
    const article = new Readability(document as never).parse();
    if (article?.content && wordCount(article.textContent ?? '') >= MIN_ARTICLE_WORDS) {
      const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
      blocks = walkBlocks(content.body as never, false);
      byline = article.byline?.trim() || undefined;
    }
  } catch {
    blocks = [];
  }
  let outside: string[] = [];
  if (blocks.length === 0) blocks = page;
  else {
    byline = bylineBefore(page, blocks[0]?.text) ?? byline;
    const kept = new Set(blocks.map((b) => b.text));
    outside = page.filter((b) => !kept.has(b.text)).map((b) => b.text);
  }
  return { blocks, outside, ...(title === undefined ? {} : { title }), ...(byline === undefined ? {} : { byline }) };
}

/**
 * Readability keeps the article but often drops the byline element; the last line before the
 * article's first block on the whole page that reads as a byline is taken instead.
 */
function bylineBefore(page: readonly Block[], firstText: string | undefined): string | undefined {
  const end = page.findIndex((b) => b.text === firstText);
  let found: string | undefined;
  for (const b of page.slice(0, end === -1 ? 0 : end)) if (parseByline(b.text) !== undefined) found = b.text;
  return found;
}

/**
 * The headline: the first <h1> of three words or more (many sites wrap their logo in an <h1>),
 * else og:title, else <title> without the site name (its longest part).
 */
function pageTitle(document: ReturnType<typeof ParseHtml>['document']): string | undefined {
  const headings = [...document.querySelectorAll('article h1, main h1, h1')].map((h) => clean(h.textContent));
  const h1 = headings.find((h): h is string => h !== undefined && h.split(' ').length >= 3);
  if (h1 !== undefined) return h1;
  const og = clean(document.querySelector('meta[property="og:title"], meta[name="twitter:title"]')?.getAttribute('content'));
  const raw = og ?? clean(document.querySelector('title')?.textContent);
  if (raw === undefined) return undefined;
  const parts = raw.split(/\s+(?:[|–—\-»·•:]|::)\s+/);
  return parts.reduce((a, b) => (b.length > a.length ? b : a), '');
}

function clean(text: string | null | undefined): string | undefined {
  const value = text?.replace(/\s+/g, ' ').trim();
  return value ? value : undefined;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
