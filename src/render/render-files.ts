/**
 * Renders worksheets into the text formats the options ask for (html, md, txt, json, and Moodle's
 * gift and moodle-xml as `worksheet.gift.txt` / `worksheet.moodle.xml`); pdf is printed from the
 * html. Version A is `worksheet.<ext>`, version B `worksheet-B.<ext>` …
 */
import type { Format, Options } from '../options.js';
import type { OutputFile, Worksheet } from '../types.js';
import { renderGift } from './render-gift.js';
import { htmlRenderer } from './render-html.js';
import { renderJson } from './render-json.js';
import { markdownRenderer } from './render-markdown.js';
import { renderMoodleXml } from './render-moodle-xml.js';
import { textRenderer } from './render-text.js';
import type { Templates } from './templates.js';

/** `worksheet` for version A, `worksheet-B` for B: `baseName('B')` → `worksheet-B`. */
export function baseName(version: string): string {
  return version === 'A' ? 'worksheet' : `worksheet-${version}`;
}

/** Every requested text format of every worksheet, templates compiled once per format. */
export function renderFiles(worksheets: readonly Worksheet[], options: Options, templates: Templates): OutputFile[] {
  const renderers: [Format, string, (ws: Worksheet) => string][] = [];
  const wants = (f: Format) => options.formats.includes(f);
  if (wants('html')) renderers.push(['html', 'html', htmlRenderer(options, templates)]);
  if (wants('md')) renderers.push(['md', 'md', markdownRenderer(options, templates)]);
  if (wants('txt')) renderers.push(['txt', 'txt', textRenderer(options, templates)]);
  if (wants('json')) renderers.push(['json', 'json', renderJson]);
  if (wants('gift')) renderers.push(['gift', 'gift.txt', renderGift]);
  if (wants('moodle-xml')) renderers.push(['moodle-xml', 'moodle.xml', renderMoodleXml]);
  const files: OutputFile[] = [];
  for (const ws of worksheets)
    for (const [, ext, render] of renderers) files.push({ name: `${baseName(ws.meta.version)}.${ext}`, contents: render(ws) });
  return files;
}
