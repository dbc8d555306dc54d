/**
 * Writing output atomically: each file goes to a temporary name in the same folder and is then
 * renamed, so a reader never sees half a file and a failure leaves none behind. The calls are
 * synchronous: a sheet is a few files of a few hundred kB, and each asynchronous call was a round
 * trip through the thread pool that a one-sheet run waited for (in a batch, the workers go on
 * making articles meanwhile).
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { WaraqaError } from '../errors.js';
import type { OutputFile } from '../types.js';

let tempCounter = 0;
/** Temporary files being written right now, so an interrupted run can remove them. */
const inFlight = new Set<string>();

/**
 * Removes the temporary files of writes still in progress; for a SIGINT/SIGTERM handler, which
 * must finish synchronously.
 */
export function removeTempFiles(): void {
  for (const temp of inFlight) rmSync(temp, { force: true });
  inFlight.clear();
}

/** Writes `files` into `dir` (created if missing) and returns their paths. */
export async function writeFiles(dir: string, files: readonly OutputFile[]): Promise<string[]> {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw cannotWrite(dir, error as NodeJS.ErrnoException);
  }
  const written: string[] = [];
  for (const file of files) {
    const target = path.join(dir, file.name);
    const inside = path.relative(dir, target);
    if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside) || inside.includes(path.sep)) {
      throw new WaraqaError('cannot-write', `${file.name}: refusing to write outside ${dir}; expected a plain file name.`);
    }
    // Unique per process and call, and random for writers in other threads of the process (the
    // thread id would load node:worker_threads in every run), so no two writers share a temporary file.
    const temp = path.join(dir, `.${file.name}.${process.pid}-${++tempCounter}-${Math.random().toString(36).slice(2, 10)}.tmp`);
    inFlight.add(temp);
    try {
      writeFileSync(temp, file.contents);
      renameSync(temp, target);
    } catch (error) {
      rmSync(temp, { force: true });
      throw cannotWrite(target, error as NodeJS.ErrnoException);
    } finally {
      inFlight.delete(temp);
    }
    written.push(target);
  }
  return written;
}

function cannotWrite(target: string, error: NodeJS.ErrnoException): WaraqaError {
  const why =
    error.code === 'EACCES' || error.code === 'EPERM' || error.code === 'EROFS'
      ? 'permission denied'
      : error.code === 'ENOTDIR' || error.code === 'EEXIST'
        ? 'a file stands where a folder is needed'
        : (error.code ?? error.message);
  return new WaraqaError('cannot-write', `${target}: cannot write the output (${why}).`, 'Choose another folder with --out.');
}
