/**
 * Reading inputs: files, folders (their text and HTML files, sorted) and `-` for standard input.
 * Throws WaraqaError for what the user can fix.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { WaraqaError } from '../errors.js';

export interface Input {
  /** The path as shown to the user (`-` for standard input). */
  readonly path: string;
  readonly bytes: Uint8Array;
}

const ARTICLE_FILE = /\.(txt|text|md|markdown|html?|xhtml)$/i;

/** Expands folders into the article files they hold, sorted by name. */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      out.push(input);
      continue;
    }
    const info = await stat(input).catch((error: NodeJS.ErrnoException) => {
      throw notReadable(input, error);
    });
    if (!info.isDirectory()) {
      out.push(input);
      continue;
    }
    const names = (await readdir(input)).filter((n) => ARTICLE_FILE.test(n)).sort(byCodePoint);
    if (names.length === 0) {
      throw new WaraqaError(
        'no-articles',
        `${input}: the folder holds no articles; expected .txt, .md or .html files.`,
        'Put the articles in the folder, or name the files directly.',
      );
    }
    out.push(...names.map((n) => path.join(input, n)));
  }
  return out;
}

/** Reads one input's bytes; `-` reads standard input to its end. */
export async function readInput(input: string): Promise<Input> {
  if (input === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return { path: '-', bytes: new Uint8Array(Buffer.concat(chunks)) };
  }
  try {
    return { path: input, bytes: new Uint8Array(await readFile(input)) };
  } catch (error) {
    throw notReadable(input, error as NodeJS.ErrnoException);
  }
}

function notReadable(input: string, error: NodeJS.ErrnoException): WaraqaError {
  if (error.code === 'ENOENT') {
    return new WaraqaError('not-found', `${input}: no such file or folder.`, 'Check the path; folders and `-` (standard input) work too.');
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
