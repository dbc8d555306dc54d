/**
 * The whole pipeline as pure functions: bytes → Article → Text → Analysis → Worksheet[] → files.
 */
import { analyse } from './analyse/analyse.js';
import { generate } from './exercises/generate.js';
import { loadArticle } from './load/load-article.js';
import type { Options } from './options.js';
import { type HtmlAssets, renderHtml } from './render/render-html.js';
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

/** Runs every stage up to the worksheets (one per version). */
export function buildWorksheets(bytes: Uint8Array, path: string, options: Options): Built {
  const article = loadArticle(bytes, path, options);
  const analysis = analyse(segment(article));
  const seed = options.seed ?? seedFromContent(article.paragraphs.join('\n'));
  const worksheets = Array.from({ length: options.versions }, (_, i) => generate(analysis, options, seed, versionLetter(i)));
  return { analysis, seed, worksheets };
}

/** Renders each worksheet in each text format; `worksheet.html`, `worksheet-B.html` … */
export function renderWorksheets(worksheets: readonly Worksheet[], options: Options, assets: HtmlAssets): OutputFile[] {
  const files: OutputFile[] = [];
  for (const ws of worksheets) {
    const base = ws.meta.version === 'A' ? 'worksheet' : `worksheet-${ws.meta.version}`;
    if (options.formats.includes('html')) files.push({ name: `${base}.html`, contents: renderHtml(ws, assets) });
    if (options.formats.includes('json')) files.push({ name: `${base}.json`, contents: `${JSON.stringify(ws, null, 2)}\n` });
  }
  return files;
}
