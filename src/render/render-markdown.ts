/** Worksheet → Markdown (for editing and e-mail) from the `md/` templates; the key comes last. */
import type { Options } from '../options.js';
import type { Worksheet } from '../types.js';
import { buildView } from './build-view.js';
import { compileTemplates } from './compile-templates.js';
import { escapeMarkdown } from './escape-markdown.js';
import type { Templates } from './templates.js';

/** Compiles the Markdown templates once; the returned function renders one worksheet. */
export function markdownRenderer(options: Options, templates: Templates): (worksheet: Worksheet) => string {
  const render = compileTemplates(templates, 'md');
  return (worksheet) => tidy(render(buildView(worksheet, options, escapeMarkdown)));
}

/** Renders one worksheet as Markdown. */
export function renderMarkdown(worksheet: Worksheet, options: Options, templates: Templates): string {
  return markdownRenderer(options, templates)(worksheet);
}

/** At most one blank line in a row, no trailing spaces, one final newline. */
export function tidy(text: string): string {
  return `${text
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
