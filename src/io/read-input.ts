/**
 * Reading inputs: files, folders (their text and HTML files, sorted) and `-` for standard input.
 * Throws WaraqaError for what the user can fix. Files are read synchronously: a run reads one
 * small file at a time and has nothing to do meanwhile, and each asynchronous call is a round
 * trip through the thread pool (a one-sheet run waited ~5 ms in them in all).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { WaraqaError } from '../errors.js';
import { tooLargeError } from '../load/too-large-error.js';

export interface Input {
  /** The path as shown to the user (`-` for standard input). */
  readonly path: string;
  readonly bytes: Uint8Array;
}

const ARTICLE_FILE = /\.(txt|text|md|markdown|html?|xhtml)$/i;

/** Expands folders into the article files they hold (not hidden, not sub-folders), sorted by name. */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      out.push(input);
      continue;
    }
    const info = tryFs(input, () => statSync(input));
    if (!info.isDirectory()) {
      out.push(input);
      continue;
    }
    const entries = tryFs(input, () => readdirSync(input, { withFileTypes: true }));
    const names = entries
      .filter((e) => !e.isDirectory() && !e.name.startsWith('.') && ARTICLE_FILE.test(e.name))
      .map((e) => e.name)
      .sort(byCodePoint);
    if (names.length === 0) {
      throw new WaraqaError(
        'no-articles',
        `${input}: the folder holds no articles; expected .txt, .md or .html files in it.`,
        'Put the articles in the folder, or name the files directly.',
      );
    }
    out.push(...names.map((n) => path.join(input, n)));
  }
  return out;
}

/**
 * Reads one input's bytes; `-` reads standard input to its end. With `maxBytes`, a file that is
 * larger is refused before it is read (and standard input stops one byte past the limit), so a
 * wrong 2 GB file costs nothing; the message matches the one `loadArticle` gives.
 */
export async function readInput(input: string, maxBytes?: number): Promise<Input> {
  if (input === '-') return { path: '-', bytes: await readStdin(maxBytes) };
  try {
    if (maxBytes !== undefined) {
      const { size } = statSync(input);
      if (size > maxBytes) throw tooLargeError(input, size, maxBytes);
    }
    return { path: input, bytes: new Uint8Array(readFileSync(input)) };
  } catch (error) {
    if (error instanceof WaraqaError) throw error;
    throw notReadable(input, error as NodeJS.ErrnoException);
  }
}

async function readStdin(maxBytes: number | undefined): Promise<Uint8Array> {
  if (process.stdin.isTTY) {
    throw new WaraqaError(
      'usage',
      '-: standard input is the terminal; expected an article piped in.',
      'Pipe the article in, e.g. cat article.txt | waraqa clean -',
    );
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (maxBytes !== undefined && size > maxBytes) throw tooLargeError('-', size, maxBytes);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function notReadable(input: string, error: NodeJS.ErrnoException): WaraqaError {
  if (error.code === 'ENOENT') {
    return new WaraqaError(
      'not-found',
      `${input}: no such file or folder; expected an article file, a folder of articles, or - for standard input.`,
      'Check the path; folders and `-` (standard input) work too.',
    );
  }
  if (error.code === 'EACCES' || error.code === 'EPERM') {
    return new WaraqaError(
      'unreadable',
      `${input}: permission denied; waraqa cannot read it.`,
      `Give read permission, e.g. chmod u+r "${input}".`,
    );
  }
  if (error.code === 'EISDIR') return new WaraqaError('unreadable', `${input}: is a folder where a file was expected.`);
  return new WaraqaError('unreadable', `${input}: cannot be read (${error.code ?? error.message}).`);
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `run()`, with a file system error turned into the message for `input`. */
function tryFs<T>(input: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw notReadable(input, error as NodeJS.ErrnoException);
  }
}
