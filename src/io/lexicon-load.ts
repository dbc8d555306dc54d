/**
 * Reading the lexicon: the TSV is parsed once and its compact index cached in the user's cache
 * folder (keyed by the file's path, size and modification time), so that later runs load it
 * within the 150 ms budget. A cache that cannot be written only costs speed.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Lexicon } from '../analyse/lexicon.js';
import { INDEX_VERSION, type LexiconIndex, lexiconFromIndex, lexiconToIndex } from '../analyse/lexicon-index.js';
import { parseLexicon } from '../analyse/parse-lexicon.js';
import { WaraqaError } from '../errors.js';
import { cacheDir, type LexiconLocation, lexiconLocation } from './lexicon-path.js';

/**
 * Loads the lexicon at `file`; throws WaraqaError (`lexicon`) when it is missing or not SAMER.
 */
export async function loadLexicon(file: string, env: NodeJS.ProcessEnv = process.env): Promise<Lexicon> {
  // Files are read synchronously, as the article is (src/io/read-input.ts).
  let info: ReturnType<typeof statSync>;
  try {
    info = statSync(file);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new WaraqaError(
      'lexicon',
      `${file}: no lexicon there (${code ?? message}).`,
      'Run `waraqa lexicon download`, or pass the SAMER-Readability-Lexicon.tsv file with --lexicon PATH.',
    );
  }
  // node:crypto is loaded here, not at the top: a run without a lexicon never needs it (~3 ms).
  const { createHash } = await import('node:crypto');
  const id = createHash('sha256')
    .update(`${INDEX_VERSION}\0${path.resolve(file)}\0${info.size}\0${info.mtimeMs}`)
    .digest('hex')
    .slice(0, 16);
  const indexFile = path.join(cacheDir(env), `lexicon-index-${id}.json`);
  const cached = readIndex(indexFile);
  if (cached) return cached;
  const lexicon = parseLexicon(readFileSync(file, 'utf8'));
  writeIndex(indexFile, lexiconToIndex(lexicon));
  return lexicon;
}

/**
 * The lexicon from `--lexicon`, WARAQA_LEXICON or the cache; undefined when none was asked for
 * and the cache holds none (the pipeline then works without it).
 */
export async function findLexicon(
  option?: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ lexicon?: Lexicon; location: LexiconLocation }> {
  const location = lexiconLocation(option, env);
  if (location.origin === 'cache') {
    if (!existsSync(location.path)) return { location };
  }
  return { lexicon: await loadLexicon(location.path, env), location };
}

/** The cached index at `file`, or undefined when there is none or it is damaged (then it is rebuilt). */
function readIndex(file: string): Lexicon | undefined {
  try {
    return lexiconFromIndex(JSON.parse(readFileSync(file, 'utf8')) as LexiconIndex);
  } catch {
    return undefined;
  }
}

function writeIndex(file: string, index: LexiconIndex): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temp, JSON.stringify(index));
    renameSync(temp, file);
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // Nothing more to do: the index is only a cache.
    }
  }
}
