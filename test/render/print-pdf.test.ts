/**
 * PDF through the system Chromium. The browser part is skipped (with a message) when no Chromium
 * is installed; CI installs it. Each run writes page PNGs to out/review/ for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWaraqaError } from '../../src/errors.js';
import { findChrome, openPdfPrinter, type PdfPrinter } from '../../src/io/print-pdf.js';
import { readTemplates, type Templates } from '../../src/io/read-templates.js';
import { type OptionsInput, resolveOptions } from '../../src/options.js';
import { renderHtml } from '../../src/render/render-html.js';
import type { Worksheet } from '../../src/types.js';
import { allKinds } from './fixtures/all-kinds.js';
import { ROOT, sampleWorksheets } from './sample.js';

describe('findChrome', () => {
  const none = () => false;
  it.each([
    ['--chrome wins', { chrome: '/opt/c' }, { CHROME_PATH: '/opt/env' }, ['/opt/c', '/opt/env', '/usr/bin/chromium'], '/opt/c'],
    ['then CHROME_PATH', {}, { CHROME_PATH: '/opt/env' }, ['/opt/env', '/usr/bin/chromium'], '/opt/env'],
    ['then the usual paths in order', {}, {}, ['/usr/bin/chromium-browser', '/usr/bin/google-chrome'], '/usr/bin/chromium-browser'],
    ['an empty CHROME_PATH counts as unset', {}, { CHROME_PATH: '' }, ['/usr/bin/chromium'], '/usr/bin/chromium'],
  ])('%s', (_, options, env, present, expected) => {
    expect(findChrome(options, env, (f) => present.includes(f))).toBe(expected);
  });

  it.each([
    ['nothing installed', {}, {}],
    ['a named path that does not exist', { chrome: '/nowhere/chrome' }, {}],
    ['a CHROME_PATH that does not exist', {}, { CHROME_PATH: '/nowhere/chrome' }],
  ])('fails with the install command when %s', (_, options, env) => {
    try {
      findChrome(options, env, none);
      expect.unreachable('findChrome should throw');
    } catch (error) {
      expect(isWaraqaError(error) && error.code).toBe('no-browser');
      expect((error as { hint: string }).hint).toContain('apt-get install --no-install-recommends chromium');
    }
  });
});

describe('openPdfPrinter', () => {
  it('reports a browser that does not start as no-browser, with the install command', async () => {
    const error = await openPdfPrinter({ chrome: '/bin/false' }).catch((e: unknown) => e);
    expect(isWaraqaError(error) && error.code).toBe('no-browser');
    expect((error as Error).message).toContain('/bin/false');
    expect((error as { hint: string }).hint).toContain('apt-get install --no-install-recommends chromium');
  });
});

const chrome = (() => {
  try {
    return findChrome({});
  } catch {
    return undefined;
  }
})();
const poppler = ['pdftotext', 'pdftoppm', 'pdfinfo'].every((tool) => {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});
if (!chrome || !poppler)
  console.warn(
    'SKIPPED the PDF browser tests: need Chromium and poppler-utils (apt-get install -y --no-install-recommends chromium poppler-utils).',
  );

const REVIEW = path.join(ROOT, 'out', 'review');

/** Text of one PDF page with spaces, bidi marks and presentation forms folded away. */
function pageText(pdf: string, page: number): string {
  const raw = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  return squash(raw);
}
function squash(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
}
/** The median height of the words on page 1, in points: a measure of the printed type size. */
function medianWordHeight(pdf: string): number {
  const xml = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', pdf, '-'], { encoding: 'utf8' });
  const heights = [...xml.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map((m) => Number(m[2]) - Number(m[1]));
  heights.sort((a, b) => a - b);
  return heights[Math.floor(heights.length / 2)] ?? 0;
}
function pageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}
function pageSize(pdf: string): string {
  return /Page size:\s+(.*)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? '';
}

/** The key starts a page of its own (after page 1) and the sheet's pages hold none of it. */
function expectKeyOnItsOwnPages(pdf: string, pages: number): void {
  const title = squash('مفتاح الإجابة');
  const texts = Array.from({ length: pages }, (_, i) => pageText(pdf, i + 1));
  const start = texts.findIndex((t) => t.includes(title));
  expect(start).toBeGreaterThan(0);
  expect(texts[start]?.startsWith(title)).toBe(true);
  for (const sheetPage of texts.slice(0, start)) {
    expect(sheetPage).not.toContain(title);
  }
}

describe.skipIf(!chrome || !poppler)('PDF through Chromium', () => {
  let printer: PdfPrinter;
  const wordHeight = new Map<string, number>();
  let templates: Templates;
  beforeAll(async () => {
    mkdirSync(REVIEW, { recursive: true });
    templates = await readTemplates();
    printer = await openPdfPrinter({});
  });
  afterAll(async () => {
    await printer?.close();
  });

  /** Prints `ws` with `input`, writes `<name>.pdf` and a PNG of every page to out/review/. */
  async function print(name: string, ws: Worksheet, input: OptionsInput = {}): Promise<string> {
    const html = renderHtml(ws, resolveOptions(input), templates);
    const file = path.join(REVIEW, `${name}.pdf`);
    for (const old of readdirSync(REVIEW)) if (new RegExp(`^${name}-\\d+\\.png$`).test(old)) rmSync(path.join(REVIEW, old));
    writeFileSync(file, await printer.print(html));
    execFileSync('pdftoppm', ['-r', '80', '-png', file, path.join(REVIEW, name)]);
    return file;
  }

  it('prints the sample with the sheet and the key on separate pages, title findable', async () => {
    const [ws] = sampleWorksheets();
    if (!ws) throw new Error('no worksheet');
    const pdf = await print('sample', ws);
    const pages = pageCount(pdf);
    expect(pageSize(pdf)).toContain('A4');
    expect(pageText(pdf, 1)).toContain(squash(ws.meta.title));
    expectKeyOnItsOwnPages(pdf, pages);
    expect(existsSync(path.join(REVIEW, `sample-${String(1).padStart(String(pages).length, '0')}.png`))).toBe(true);
  });

  it.each([
    ['all-kinds', {}, 'A4'],
    ['all-kinds-large', { largePrint: true }, 'A4'],
    ['all-kinds-letter', { paper: 'letter', digits: 'latin', instructions: 'both' }, 'Letter'],
  ] as const)('prints every section kind: %s', async (name, input, paper) => {
    const pdf = await print(name, allKinds(), input);
    expect(pageSize(pdf)).toContain(paper === 'A4' ? 'A4' : 'letter');
    const pages = pageCount(pdf);
    wordHeight.set(name, medianWordHeight(pdf));
    expect(pageText(pdf, 1)).toContain(squash('بلدية الزرقاء تفتتح مكتبة عامة جديدة'));
    expectKeyOnItsOwnPages(pdf, pages);
  });

  it('prints large print with text at least 18/12.5 times as tall', () => {
    const ratio = (wordHeight.get('all-kinds-large') ?? 0) / (wordHeight.get('all-kinds') ?? Number.POSITIVE_INFINITY);
    expect(ratio).toBeGreaterThanOrEqual((18 / 12.5) * 0.95);
  });

  it('refuses to print after close', async () => {
    const own = await openPdfPrinter({});
    await own.close();
    const error = await own.print('<p>x</p>').catch((e: unknown) => e);
    expect(isWaraqaError(error) && error.code).toBe('no-browser');
  });

  it('prints a batch on one browser, each sheet in well under a second', async () => {
    const options = resolveOptions({});
    const htmls = ['A', 'B', 'C'].map((v) => renderHtml(allKinds(v), options, templates));
    const started = performance.now();
    const pdfs = await Promise.all(htmls.map((h) => printer.print(h)));
    const each = (performance.now() - started) / htmls.length;
    console.log(`PDF in a batch: ${each.toFixed(0)} ms a sheet`);
    for (const pdf of pdfs) expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    expect(each).toBeLessThan(2000);
  });
});
