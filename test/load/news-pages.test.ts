/**
 * Pages in the shape of other Arabic news sites (written for these tests; see each gold file's
 * `source`), each with its own gold title, byline and body. The body must come out whole and
 * without clutter: the test prints word-level precision and recall per page and asserts them.
 * It runs each HTML page twice: through the full loader (readability, then the classifier) and
 * through the classifier alone on every block of the page, with no readability, no structural
 * hints and no headline from the markup — the classifier must stand on its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanBlocks } from '../../src/load/clean-blocks.js';
import { loadArticle } from '../../src/load/load-article.js';
import { normalizeText } from '../../src/load/normalize-text.js';
import { walkBlocks } from '../../src/load/walk-blocks.js';
import { MAX_BYTES } from '../../src/options.js';
import { type Overlap, wordOverlap } from './word-overlap.js';

const PAGES = path.resolve(import.meta.dirname, '../fixtures/load/pages');
const names = readdirSync(PAGES)
  .filter((n) => /\.(html|txt)$/.test(n))
  .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

interface Gold {
  readonly title: string;
  readonly byline: { readonly place?: string; readonly author?: string };
  readonly paragraphs: readonly string[];
}

const table: string[] = [];
afterAll(() => {
  console.log(['', 'page                         mode             precision  recall', ...table].join('\n'));
});

function record(name: string, mode: string, o: Overlap): void {
  table.push(`${name.padEnd(28)} ${mode.padEnd(16)} ${o.precision.toFixed(3).padStart(9)} ${o.recall.toFixed(3).padStart(7)}`);
}

describe('news pages of other shapes', () => {
  it('has pages to test', () => expect(names.length).toBeGreaterThanOrEqual(4));

  for (const name of names) {
    const file = path.join(PAGES, name);
    const gold = JSON.parse(readFileSync(file.replace(/\.(html|txt)$/, '.gold.json'), 'utf8')) as Gold;

    it(`${name}: the body whole, no clutter, title and byline`, () => {
      const article = loadArticle(new Uint8Array(readFileSync(file)), name, { maxBytes: MAX_BYTES });
      const overlap = wordOverlap(article.paragraphs, gold.paragraphs);
      record(name, 'loader', overlap);
      expect(overlap.precision).toBeGreaterThanOrEqual(0.98);
      expect(overlap.recall).toBeGreaterThanOrEqual(0.98);
      expect(article.paragraphs).toEqual(gold.paragraphs);
      expect(article.title).toBe(gold.title);
      expect(article.byline).toEqual(gold.byline);
    });

    if (name.endsWith('.html')) {
      it(`${name}: the classifier alone on every block of the page`, () => {
        const { document } = parseHTML(readFileSync(file, 'utf8'));
        const blocks = walkBlocks(document.body as never, false).map((b) => ({ ...b, text: normalizeText(b.text) }));
        const cleaned = cleanBlocks(blocks);
        const overlap = wordOverlap(cleaned.paragraphs, gold.paragraphs);
        record(name, 'classifier only', overlap);
        expect(overlap.precision).toBeGreaterThanOrEqual(0.95);
        expect(overlap.recall).toBeGreaterThanOrEqual(0.95);
        expect(cleaned.title).toBe(gold.title);
        expect(cleaned.byline).toEqual(gold.byline);
      });
    }
  }
});
