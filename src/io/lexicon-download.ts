/**
 * Downloading the lexicon into the cache: streamed to a temporary file beside the target while
 * its SHA-256 is computed, renamed into place only when the whole file arrived and its checksum
 * is the expected one. Every failure (offline, HTTP error, connection dropped, checksum mismatch)
 * leaves no partial file and says why.
 */
import path from 'node:path';
import { WaraqaError } from '../errors.js';

export interface DownloadOptions {
  readonly url: string;
  /** Where the file goes; its folder is created. */
  readonly dest: string;
  /** Expected SHA-256, hex. */
  readonly sha256: string;
  /** Called as bytes arrive; `total` when the server sent a length. */
  readonly onProgress?: (received: number, total: number | undefined) => void;
  /** Give up when nothing arrives for this long. Default 30 s. */
  readonly timeoutMs?: number;
}

export interface Downloaded {
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
}

/** Downloads `url` to `dest` atomically after checking its SHA-256. */
export async function downloadLexicon(options: DownloadOptions): Promise<Downloaded> {
  const { url, dest, sha256 } = options;
  const host = hostOf(url);
  // Loaded here, not at the top: every run registers this command, few download (~3 ms a start).
  const { createHash } = await import('node:crypto');
  const { mkdir, open, rename, rm } = await import('node:fs/promises');
  await mkdir(path.dirname(dest), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new WaraqaError('cannot-write', `${path.dirname(dest)}: cannot create the cache folder (${error.code ?? error.message}).`);
  });
  const temp = path.join(path.dirname(dest), `.${path.basename(dest)}.${process.pid}.part`);
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const arm = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 30_000);
  };
  arm();
  try {
    const response = await fetch(url, { signal: controller.signal }).catch((error: unknown) => {
      throw new WaraqaError(
        'lexicon',
        `could not reach ${host} to download the lexicon (${causeOf(error)}).`,
        'Check the network connection (are you offline?), or download the file yourself and pass it with --lexicon PATH.',
      );
    });
    if (!response.ok || !response.body) {
      throw new WaraqaError(
        'lexicon',
        `${host} answered ${response.status} ${response.statusText} for ${url}; nothing was saved.`,
        'Check the --url.',
      );
    }
    const lengthHeader = response.headers.get('content-length');
    const total = lengthHeader === null ? undefined : Number(lengthHeader);
    const hash = createHash('sha256');
    const file = await open(temp, 'w');
    let received = 0;
    try {
      for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
        arm();
        hash.update(chunk);
        await file.write(chunk);
        received += chunk.length;
        options.onProgress?.(received, total);
      }
    } catch (error) {
      throw new WaraqaError(
        'lexicon',
        `the connection to ${host} dropped after ${received}${total === undefined ? '' : ` of ${total}`} bytes (${causeOf(error)}); nothing was saved.`,
        'Run `waraqa lexicon download` again.',
      );
    } finally {
      await file.close();
    }
    if (total !== undefined && received !== total) {
      throw new WaraqaError(
        'lexicon',
        `the download from ${host} stopped after ${received} of ${total} bytes; nothing was saved.`,
        'Run `waraqa lexicon download` again.',
      );
    }
    const actual = hash.digest('hex');
    if (actual !== sha256) {
      throw new WaraqaError(
        'lexicon',
        `the file from ${url} does not have the expected checksum (SHA-256 ${actual}, expected ${sha256}); nothing was saved.`,
        'The file on the server changed or the download was altered. Use the default URL, or pass a checked copy with --lexicon PATH.',
      );
    }
    await rename(temp, dest);
    return { path: dest, bytes: received, sha256: actual };
  } finally {
    clearTimeout(timer);
    await rm(temp, { force: true }).catch(() => undefined);
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    throw new WaraqaError('usage', `${url}: not a URL; expected e.g. https://example.org/lexicon.tsv.`);
  }
}

/** The most telling part of a fetch error: the system code (ECONNREFUSED, ENOTFOUND) if any. */
function causeOf(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
    if (error.name === 'AbortError') return 'timed out';
    return cause?.code ?? cause?.message ?? error.message;
  }
  return String(error);
}
