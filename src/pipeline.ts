/**
 * The whole pipeline as pure functions: bytes → Article → Text → Analysis → Worksheet[] → files.
 */
import { analyse } from './analyse/analyse.js';
import type { Lexicon } from './analyse/lexicon.js';
import { generateVersions } from './exercises/generate.js';
import { loadArticle } from './load/load-article.js';
import type { Options } from './options.js';
import { renderFiles } from './render/render-files.js';
import type { Templates } from './render/templates.js';
import { seedFromContent } from './rng.js';
import { segment } from './text/segment.js';
import type { Analysis, OutputFile, Worksheet } from './types.js';

export interface Built {
  readonly analysis: Analysis;
  readonly seed: string;
  readonly worksheets: readonly Worksheet[];
}

/** Version letters: A, B, C … */
export function versionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

/** Runs every stage up to the worksheets (one per version); `lexicon` is the optional SAMER lexicon. */
export function buildWorksheets(bytes: Uint8Array, path: string, options: Options, lexicon?: Lexicon): Built {
  const article = loadArticle(bytes, path, options);
  const analysis = analyse(segment(article), lexicon);
  const seed = options.seed ?? seedFromContent(article.paragraphs.join('\n'));
  const worksheets = generateVersions(analysis, options, seed);
  return { analysis, seed, worksheets };
}

/** Renders each worksheet in each text format (html, md, txt, json); `worksheet.html`, `worksheet-B.html` … */
export function renderWorksheets(worksheets: readonly Worksheet[], options: Options, templates: Templates): OutputFile[] {
  return renderFiles(worksheets, options, templates);
}
