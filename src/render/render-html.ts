/**
 * Worksheet → one self-contained RTL HTML page (fonts and CSS inlined, no network at view time)
 * from the `html/` templates. Handlebars escapes every article string.
 */
import type { Options } from '../options.js';
import type { Worksheet } from '../types.js';
import { buildView } from './build-view.js';
import { compileTemplates } from './compile-templates.js';
import { fontFaceCss } from './font-face-css.js';
import type { Templates } from './templates.js';

/**
 * Compiles the HTML templates once and returns a function that renders any number of worksheets
 * with them (what a batch wants: ~1 ms a sheet instead of recompiling).
 */
export function htmlRenderer(options: Options, templates: Templates): (worksheet: Worksheet) => string {
  const render = compileTemplates(templates, 'html');
  const fontCss = fontFaceCss(templates.fonts);
  return (worksheet) => render({ ...buildView(worksheet, options, (s) => s), css: templates.css, fontCss });
}

/** Renders one worksheet as HTML (compiling the templates each call; see `htmlRenderer`). */
export function renderHtml(worksheet: Worksheet, options: Options, templates: Templates): string {
  return htmlRenderer(options, templates)(worksheet);
}
