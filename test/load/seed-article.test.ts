/**
 * The acceptance: the sample article gives exactly the gold article (title, byline, the
 * 19 paragraphs in order, nothing else) whatever encoding it arrives in, and as a web page written
 * around its text. Gold: ../shared/data/gold/seed-article.json (skipped with a message if absent).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanBlocks } from '../../src/load/clean-blocks.js';
import { loadArticle } from '../../src/load/load-article.js';
import { normalizeText } from '../../src/load/normalize-text.js';
import { walkBlocks } from '../../src/load/walk-blocks.js';
import { MAX_BYTES } from '../../src/options.js';
import { encodeUtf16, singleByteEncoder, utf8 } from './encode.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const GOLD = path.resolve(ROOT, '../shared/data/gold/seed-article.json');
const SAMPLE = path.join(ROOT, 'articles/us-iraq-talks.txt');
const TEMPLATE = path.join(ROOT, 'test/fixtures/load/seed-page.template.html');

interface Gold {
  readonly title: string;
  readonly byline: { readonly place: string; readonly author: string };
  readonly paragraphs: readonly string[];
}

const haveGold = existsSync(GOLD);
if (!haveGold) console.warn(`seed-article: ${GOLD} is absent; skipping the gold comparison (it lives in ../shared/data).`);

describe.skipIf(!haveGold)('the sample article against its gold', () => {
  const gold = haveGold ? (JSON.parse(readFileSync(GOLD, 'utf8')) as Gold) : undefined;
  const text = readFileSync(SAMPLE, 'utf8');
  const win1256 = singleByteEncoder('windows-1256');
  const iso88596 = singleByteEncoder('iso-8859-6');

  const cases: readonly { name: string; bytes: () => Uint8Array; encoding: string }[] = [
    { name: 'UTF-8', bytes: () => utf8(text), encoding: 'utf-8' },
    { name: 'UTF-8 with a BOM and CRLF line ends', bytes: () => utf8(`\uFEFF${text.replace(/\n/g, '\r\n')}`), encoding: 'utf-8' },
    { name: 'windows-1256', bytes: () => win1256(text), encoding: 'windows-1256' },
    { name: 'ISO-8859-6', bytes: () => iso88596(text.replace(/[«»]/g, '"').replace(/©/g, '(c)')), encoding: 'iso-8859-6' },
    { name: 'UTF-16LE with a BOM', bytes: () => encodeUtf16(text, 'le', true), encoding: 'utf-16le' },
    { name: 'UTF-16LE without a BOM', bytes: () => encodeUtf16(text, 'le', false), encoding: 'utf-16le' },
    { name: 'UTF-16BE with a BOM', bytes: () => encodeUtf16(text, 'be', true), encoding: 'utf-16be' },
    { name: 'UTF-16BE without a BOM', bytes: () => encodeUtf16(text, 'be', false), encoding: 'utf-16be' },
  ];

  for (const c of cases) {
    it(`reads it from ${c.name}`, () => {
      const article = loadArticle(c.bytes(), SAMPLE, { maxBytes: MAX_BYTES });
      expect(article.source.encoding).toBe(c.encoding);
      expect(article.source.format).toBe('text');
      if (c.encoding === 'iso-8859-6') {
        // ISO-8859-6 has no « » (nor ©): the file uses plain quotes, and so does the gold here.
        expect(article.title).toBe(gold?.title);
        expect(article.paragraphs).toEqual(gold?.paragraphs.map((p) => p.replace(/[«»]/g, '"')));
        return;
      }
      expect(article.title).toBe(gold?.title);
      expect(article.byline).toEqual(gold?.byline);
      expect(article.paragraphs).toEqual(gold?.paragraphs);
    });
  }

  it('says why it removed each of the other lines', () => {
    const article = loadArticle(utf8(text), SAMPLE, { maxBytes: MAX_BYTES });
    const reasons = new Set(article.removed.map((r) => r.reason));
    for (const reason of [
      'timestamp',
      'repeated-title',
      'read-also',
      'after-read-also',
      'form-field',
      'terms',
      'copyright',
      'latin-only',
      'address',
    ]) {
      expect(reasons, `reason ${reason}`).toContain(reason);
    }
    const removedText = article.removed.map((r) => r.text).join('\n');
    expect(removedText).toContain('قد يهمك');
    expect(removedText).toContain('جميع الحقوق محفوظة');
    // Every non-empty line of the file is accounted for: kept, title, byline, or removed.
    const lines = text.split('\n').filter((l) => l.trim().length > 0).length;
    expect(article.paragraphs.length + article.removed.length + 2).toBe(lines);
  });

  it('reads a web page written around the text (nav, sidebar, comment form, footer, scripts, styles)', () => {
    if (gold === undefined) return;
    const html = readFileSync(TEMPLATE, 'utf8')
      .replaceAll('{{TITLE}}', gold.title)
      .replace('{{BYLINE}}', `${gold.byline.place} - ${gold.byline.author}`)
      .replace('{{PARAGRAPHS}}', gold.paragraphs.map((p) => `        <p>${p}</p>`).join('\n'));
    // The classifier alone, on every block of the page (no readability, no hints from the markup).
    const { document } = parseHTML(html);
    const alone = cleanBlocks(walkBlocks(document.body as never, false).map((b) => ({ ...b, text: normalizeText(b.text) })));
    expect(alone.title).toBe(gold.title);
    expect(alone.byline).toEqual(gold.byline);
    expect(alone.paragraphs).toEqual(gold.paragraphs);
    for (const [name, bytes] of [
      ['UTF-8', utf8(html)],
      ['windows-1256', win1256(html.replace('charset="utf-8"', 'charset="windows-1256"'))],
    ] as const) {
      const article = loadArticle(bytes, 'us-iraq-talks.html', { maxBytes: MAX_BYTES });
      expect(article.source.format, name).toBe('html');
      expect(article.title, name).toBe(gold.title);
      expect(article.byline, name).toEqual(gold.byline);
      expect(article.paragraphs, name).toEqual(gold.paragraphs);
    }
  });
});
