/**
 * Reads the built-in templates (`templates/html|md|txt/*.hbs`, `templates/worksheet.css`), lets a
 * `--templates DIR` folder replace any of them by the same relative name (or add partials), and
 * reads the Noto Naskh Arabic woff2 files (arabic + latin subsets, 400 and 700) as base64.
 * The ~50 small files are read synchronously: one after another through the thread pool they took
 * 10–20 ms of a one-sheet run's start-up, read at once ~2 ms (nothing else waits meanwhile).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WaraqaError } from '../errors.js';
import { TEMPLATES_DIR } from '../render/paths.js';
import { type FontFile, TEMPLATE_FORMATS, type TemplateFormat, type TemplateSet, type Templates } from '../render/templates.js';

export type { FontFile, TemplateFormat, TemplateSet, Templates } from '../render/templates.js';

const FONT_PACKAGE = '@fontsource/noto-naskh-arabic';
const FONT_FAMILY = 'Noto Naskh Arabic';
/** « » and Latin digits live in the latin subset, so both are inlined. */
const FONT_SUBSETS = ['arabic', 'latin'] as const;
const FONT_WEIGHTS = [400, 700] as const;

/**
 * Reads every template, with `overrides` (a folder laid out like `templates/`) taking precedence.
 * Example: `readTemplates('my-templates')` with `my-templates/html/header.hbs` replaces the header.
 */
export async function readTemplates(overrides?: string): Promise<Templates> {
  const origin: Record<string, string> = {};
  if (overrides !== undefined) checkFolder(overrides);
  const sets = TEMPLATE_FORMATS.map((format) => readSet(format, overrides, origin));
  const css = readOne('worksheet.css', overrides, origin);
  const [html, md, txt] = sets as [TemplateSet, TemplateSet, TemplateSet];
  return { html, md, txt, css, fonts: readFonts(), origin };
}

/** One format's layout and partials: built-in files, then the override folder's, by file name. */
function readSet(format: TemplateFormat, overrides: string | undefined, origin: Record<string, string>): TemplateSet {
  const names = new Set(listTemplates(path.join(TEMPLATES_DIR, format)));
  if (overrides !== undefined) for (const name of listTemplates(path.join(overrides, format))) names.add(name);
  const partials: Record<string, string> = {};
  for (const name of [...names].sort()) {
    if (name === 'layout') continue;
    partials[name] = readOne(`${format}/${name}.hbs`, overrides, origin);
  }
  if (!names.has('layout')) throw new WaraqaError('config', `${format}/layout.hbs: no layout template found.`);
  return { layout: readOne(`${format}/layout.hbs`, overrides, origin), partials };
}

/** The `.hbs` names (without extension) in a folder; none when it does not exist. */
function listTemplates(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.filter((f) => f.endsWith('.hbs')).map((f) => f.slice(0, -'.hbs'.length));
}

/** Reads `relative` from the override folder when it has it, else from the built-in templates. */
function readOne(relative: string, overrides: string | undefined, origin: Record<string, string>): string {
  if (overrides !== undefined) {
    const file = path.join(overrides, relative);
    let text: string | undefined;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') throw new WaraqaError('config', `${file}: cannot read the template (${code ?? (error as Error).message}).`);
    }
    if (text !== undefined) {
      origin[relative] = file;
      return text;
    }
  }
  origin[relative] = 'built-in';
  return readFileSync(path.join(TEMPLATES_DIR, relative), 'utf8');
}

/** `--templates` must name a folder. */
function checkFolder(dir: string): void {
  let folder = false;
  try {
    folder = statSync(dir).isDirectory();
  } catch {
    // Missing or unreadable: not a folder we can use.
  }
  if (!folder)
    throw new WaraqaError(
      'config',
      `${dir}: --templates expects a folder laid out like the built-in templates/ (html/, md/, txt/, worksheet.css).`,
      'See README.md, "Templates" for the template names.',
    );
}

/** The woff2 files of the font package, as base64, with the unicode-range its CSS declares. */
function readFonts(): FontFile[] {
  const root = packageFolder(FONT_PACKAGE);
  const fonts: FontFile[] = [];
  for (const weight of FONT_WEIGHTS) {
    const css = readFileSync(path.join(root, `${weight}.css`), 'utf8');
    for (const subset of FONT_SUBSETS) {
      const file = `noto-naskh-arabic-${subset}-${weight}-normal.woff2`;
      const bytes = readFileSync(path.join(root, 'files', file));
      fonts.push({ family: FONT_FAMILY, weight, subset, unicodeRange: unicodeRangeOf(css, file), base64: bytes.toString('base64') });
    }
  }
  return fonts;
}

/**
 * The folder of an installed package: the first `node_modules/<name>` above this module, as Node
 * looks for it; `require.resolve` when there is none (another layout). Not `require.resolve`
 * first: it starts Node's package-exports resolver, ~2 ms of a one-sheet run.
 */
function packageFolder(name: string): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) break;
  }
  return path.dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
}

/** The `unicode-range` of the @font-face block that loads `file` in a fontsource CSS file. */
function unicodeRangeOf(css: string, file: string): string {
  const at = css.indexOf(file);
  const range = /unicode-range:\s*([^;]+);/.exec(css.slice(at));
  if (at < 0 || !range?.[1]) throw new Error(`${FONT_PACKAGE}: no unicode-range for ${file}`);
  return range[1].trim();
}
