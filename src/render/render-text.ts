/** Worksheet → plain UTF-8 text (for e-mail and any editor) from the `txt/` templates. */
import type { Options } from '../options.js';
import type { Worksheet } from '../types.js';
import { buildView } from './build-view.js';
import { compileTemplates } from './compile-templates.js';
import { tidy } from './render-markdown.js';
import type { Templates } from './templates.js';

/** Article strings become one line each; plain text needs no other escaping. */
const oneLine = (s: string) => s.replace(/\r\n?|\n/g, ' ');

/** Compiles the text templates once; the returned function renders one worksheet. */
export function textRenderer(options: Options, templates: Templates): (worksheet: Worksheet) => string {
  const render = compileTemplates(templates, 'txt');
  return (worksheet) => tidy(render(buildView(worksheet, options, oneLine)));
}

/** Renders one worksheet as plain text. */
export function renderText(worksheet: Worksheet, options: Options, templates: Templates): string {
  return textRenderer(options, templates)(worksheet);
}
