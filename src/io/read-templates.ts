/** Reads the Handlebars layout and CSS from the package's `templates/` folder. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { TEMPLATES_DIR } from '../render/paths.js';
import type { HtmlAssets } from '../render/render-html.js';

export async function readTemplates(dir: string = TEMPLATES_DIR): Promise<HtmlAssets> {
  const [layout, css] = await Promise.all([
    readFile(path.join(dir, 'worksheet.hbs'), 'utf8'),
    readFile(path.join(dir, 'worksheet.css'), 'utf8'),
  ]);
  return { layout, css };
}
