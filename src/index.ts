/**
 * waraqa as a library: each stage of the pipeline, the whole pipeline, and the renderers.
 *
 * @example
 * import { buildWorksheets, readTemplates, renderFiles, resolveOptions } from 'waraqa';
 * const options = resolveOptions({ level: 2, seed: '7' });
 * const { worksheets } = buildWorksheets(bytes, 'article.txt', options);
 * const files = renderFiles(worksheets, options, await readTemplates());
 */
export { analyse } from './analyse/analyse.js';
export type { Lexicon } from './analyse/lexicon.js';
export { parseLexicon } from './analyse/parse-lexicon.js';
export { ExitCode, isWaraqaError, WaraqaError } from './errors.js';
export { checkSections } from './exercises/check-items.js';
export { generate, generateVersions } from './exercises/generate.js';
export { loadLexicon } from './io/lexicon-load.js';
export { openPdfPrinter, type PdfPrinter } from './io/print-pdf.js';
export { readTemplates } from './io/read-templates.js';
export { loadArticle } from './load/load-article.js';
export { type Options, type OptionsInput, resolveOptions } from './options.js';
export { type Built, buildWorksheets } from './pipeline.js';
export { renderFiles } from './render/render-files.js';
export type { Templates } from './render/templates.js';
export { fork, seedFromContent } from './rng.js';
export { normalizeKey } from './text/normalize-key.js';
export { segment } from './text/segment.js';
export type * from './types.js';
