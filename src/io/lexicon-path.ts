/**
 * Where waraqa looks for the lexicon: `--lexicon PATH`, else the environment variable
 * WARAQA_LEXICON, else the user cache ($XDG_CACHE_HOME/waraqa, else ~/.cache/waraqa).
 */
import os from 'node:os';
import path from 'node:path';
import { LEXICON_FILE } from './lexicon-source.js';

export type LexiconOrigin = 'option' | 'environment' | 'cache';

export interface LexiconLocation {
  readonly path: string;
  readonly origin: LexiconOrigin;
}

/** The user's cache folder for waraqa. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_CACHE_HOME;
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(env.HOME ?? os.homedir(), '.cache'), 'waraqa');
}

/**
 * Where the lexicon is (or would be) read from.
 *
 * @example lexiconLocation(undefined, {XDG_CACHE_HOME: '/c'}) // {path: '/c/waraqa/SAMER-Readability-Lexicon.tsv', origin: 'cache'}
 */
export function lexiconLocation(option?: string, env: NodeJS.ProcessEnv = process.env): LexiconLocation {
  if (option) return { path: option, origin: 'option' };
  if (env.WARAQA_LEXICON) return { path: env.WARAQA_LEXICON, origin: 'environment' };
  return { path: path.join(cacheDir(env), LEXICON_FILE), origin: 'cache' };
}
