/**
 * HTML → PDF through the system Chromium (puppeteer-core; never a browser download). One browser
 * and one reused page serve a whole batch: about 1 s to start, then a fraction of a second a
 * sheet. The page size comes from the sheet's CSS (`@page size`, `preferCSSPageSize`).
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { WaraqaError } from '../errors.js';
import type { Options } from '../options.js';

/** A browser kept open for a batch; `print` calls are queued on one page. */
export interface PdfPrinter {
  /** The Chromium executable in use. */
  readonly executablePath: string;
  /** The temporary profile folder of this browser (removed by `close`); tells its processes apart. */
  readonly profile: string;
  print(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Where Chromium or Chrome usually lives, tried in order after `--chrome` and CHROME_PATH. */
export const CHROME_PATHS: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/usr/local/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

const INSTALL_HINT = 'Install it with `apt-get install --no-install-recommends chromium` (or pass --chrome PATH / set CHROME_PATH).';

/** A sheet of a few hundred pages (a 5 MB article) takes well over the default 30 s. */
const TIMEOUT_MS = 300_000;

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The browser to use: `options.chrome`, else CHROME_PATH, else the first of CHROME_PATHS that
 * exists. A path the user named but that does not exist is an error, not a silent fallback.
 */
export function findChrome(
  options: Pick<Options, 'chrome'>,
  env: NodeJS.ProcessEnv = process.env,
  exists: (file: string) => boolean = existsSync,
): string {
  const named = options.chrome ?? (env.CHROME_PATH || undefined);
  if (named !== undefined) {
    if (exists(named)) return named;
    const from = options.chrome !== undefined ? '--chrome' : 'CHROME_PATH';
    throw new WaraqaError('no-browser', `${named}: no Chromium there (from ${from}); PDF output needs Chromium or Chrome.`, INSTALL_HINT);
  }
  const found = CHROME_PATHS.find((p) => exists(p));
  if (found === undefined)
    throw new WaraqaError(
      'no-browser',
      `PDF output needs Chromium or Chrome, and none was found (looked in ${CHROME_PATHS.slice(0, 4).join(', ')} …).`,
      INSTALL_HINT,
    );
  return found;
}

/** Starts the browser once for a batch. Example: `const p = await openPdfPrinter(options); await p.print(html); await p.close();` */
export async function openPdfPrinter(options: Pick<Options, 'chrome'>): Promise<PdfPrinter> {
  const executablePath = findChrome(options);
  // Not at the top: most runs print no PDF, and node:fs/promises costs a start ~1 ms.
  const { mkdtemp, rm } = await import('node:fs/promises');
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'waraqa-chromium-'));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({ executablePath, pipe: true, headless: true, args: ARGS, userDataDir });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw new WaraqaError('no-browser', `${executablePath}: Chromium did not start (${firstLine(error)}).`, INSTALL_HINT);
  }
  let page: Page | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;
  browser.on('disconnected', () => {
    closed = true;
  });
  const print = async (html: string): Promise<Uint8Array> => {
    if (closed) throw new WaraqaError('no-browser', `${executablePath}: Chromium has stopped; no more PDFs can be printed in this run.`);
    try {
      page ??= await newPage(browser);
      await page.setContent(html, { waitUntil: 'load', timeout: TIMEOUT_MS });
      // A string, because this module is compiled without the DOM types.
      await page.evaluate('document.fonts.ready.then(() => true)');
      // Untagged: a tagged PDF is twice the size and ~30% slower to make, and a worksheet is for paper.
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: false, outline: false, timeout: TIMEOUT_MS });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } catch (error) {
      // A page that failed once is not trusted again: the next sheet gets a fresh one.
      await page?.close().catch(() => undefined);
      page = undefined;
      if (closed) throw new WaraqaError('no-browser', `${executablePath}: Chromium stopped while printing (${firstLine(error)}).`);
      throw error;
    }
  };
  return {
    executablePath,
    profile: userDataDir,
    print(html) {
      const job = queue.then(() => print(html));
      queue = job.catch(() => undefined);
      return job;
    },
    async close() {
      await queue;
      closed = true;
      await browser.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A page that loads nothing from the network: sheets are self-contained. */
async function newPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith('data:')) void request.continue();
    else void request.abort();
  });
  return page;
}

/** Puppeteer's messages run to many lines; the first says what happened. */
function firstLine(error: unknown): string {
  return ((error as Error).message ?? String(error)).split('\n')[0] ?? '';
}
