/**
 * The inputs of a batch: files, folders (expanded to their article files) and `-`. An input that
 * cannot be used becomes a failure of its own instead of stopping the batch; a file named twice
 * and the non-article files in a folder are listed as skipped, so the summary accounts for all.
 */
import { type Dirent, readdirSync } from 'node:fs';
import path from 'node:path';
import { isWaraqaError, type WaraqaError } from '../errors.js';
import { expandInputs } from '../io/read-input.js';
import { slugFor } from './slug.js';

/** One article to make, with the folder name it gets under the output folder. */
export interface Job {
  readonly input: string;
  readonly slug: string;
}

export interface Skipped {
  readonly input: string;
  readonly reason: string;
}

export interface Failed {
  readonly input: string;
  readonly error: WaraqaError;
  /** How many articles were collected before it, to report failures in the order given. */
  readonly position: number;
}

export interface Collected {
  readonly jobs: readonly Job[];
  readonly skipped: readonly Skipped[];
  readonly failed: readonly Failed[];
}

/** Expands every input in order; slugs that collide get `-2`, `-3` … in that order. */
export async function collectInputs(inputs: readonly string[]): Promise<Collected> {
  const files: string[] = [];
  const skipped: Skipped[] = [];
  const failed: Failed[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    let expanded: string[];
    try {
      expanded = await expandInputs([input]);
    } catch (error) {
      if (!isWaraqaError(error)) throw error;
      failed.push({ input, error, position: files.length });
      continue;
    }
    if (expanded.length !== 1 || expanded[0] !== input) skipped.push(...nonArticles(input, expanded));
    for (const file of expanded) {
      const key = file === '-' ? '-' : path.resolve(file);
      if (seen.has(key)) {
        skipped.push({ input: file, reason: 'named more than once; made once' });
        continue;
      }
      seen.add(key);
      files.push(file);
    }
  }
  return { jobs: assignSlugs(files), skipped, failed };
}

/** Gives each file its output folder name: `a.txt`, `a.html`, `x/a.txt` → `a`, `a-2`, `a-3`. */
export function assignSlugs(files: readonly string[]): Job[] {
  const taken = new Set<string>();
  return files.map((input) => {
    const base = slugFor(input);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return { input, slug };
  });
}

/** The visible files of folder `dir` that expansion left out (images, PDFs, …). */
function nonArticles(dir: string, kept: readonly string[]): Skipped[] {
  const keep = new Set(kept.map((f) => path.basename(f)));
  let entries: Dirent[] = [];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    // An unreadable folder was already reported by expandInputs.
  }
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.') && !keep.has(e.name))
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => ({ input: path.join(dir, name), reason: 'not an article file (expected .txt, .md or .html)' }));
}
