/**
 * Compiles one format's layout and partials on a private Handlebars instance
 * (`Handlebars.create()`: no global helpers or partials). Article text only ever reaches a
 * template as data, so it is never compiled: `{{> partial}}` in an article prints as written.
 */
import Handlebars from 'handlebars';
import { WaraqaError } from '../errors.js';
import { cssString } from './css-string.js';
import type { TemplateFormat, TemplateSet, Templates } from './templates.js';

/** A compiled layout: data in, document out. */
export type RenderTemplate = (data: object) => string;

/** Helpers every template may use (listed in README.md, "Templates"). */
const HELPERS: Readonly<Record<string, Handlebars.HelperDelegate>> = {
  /** `{{#if (eq kind "cloze")}}` */
  eq: (a: unknown, b: unknown) => a === b,
  /** `{{join forms "، "}}` */
  join: (list: unknown, separator: unknown) => (Array.isArray(list) ? list.join(typeof separator === 'string' ? separator : ', ') : ''),
  /** `{{#if (any a b)}}`: true when any argument is truthy (Handlebars passes its options last). */
  any: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
  /** `content: {{{cssString labels.version version}}}` — its arguments joined by spaces, as a quoted CSS string. */
  cssString: (...args: unknown[]) => cssString(args.slice(0, -1).map(String).join(' ')),
};

/**
 * Compiled layouts by template set. Compiling costs ~15 ms and the CLI renders one worksheet at a
 * time, so the result is remembered per (immutable) TemplateSet object; a memo only — the output
 * is the same with or without it.
 */
const compiled = new WeakMap<TemplateSet, RenderTemplate>();

/**
 * Compiles `templates[format]`; `noEscape` for Markdown and plain text, whose data is already
 * made safe for them. Template errors become WaraqaError('config') naming the template's origin.
 */
export function compileTemplates(templates: Templates, format: TemplateFormat): RenderTemplate {
  const set = templates[format];
  const known = compiled.get(set);
  if (known) return known;
  const render = compileSet(templates, format);
  compiled.set(set, render);
  return render;
}

/** Registers helpers and partials on a fresh instance and compiles the layout. */
function compileSet(templates: Templates, format: TemplateFormat): RenderTemplate {
  const hb = Handlebars.create();
  const set = templates[format];
  const compileOptions = { noEscape: format !== 'html', strict: false, preventIndent: true };
  for (const [name, helper] of Object.entries(HELPERS)) hb.registerHelper(name, helper);
  checkSyntax(hb, templates, `${format}/layout.hbs`, set.layout);
  for (const [name, source] of Object.entries(set.partials)) {
    checkSyntax(hb, templates, `${format}/${name}.hbs`, source);
    hb.registerPartial(name, hb.compile(source, compileOptions));
  }
  const layout = hb.compile(set.layout, compileOptions);
  return (data) => {
    try {
      return layout(data);
    } catch (error) {
      throw templateError(templates, format, error);
    }
  };
}

/** Parses now (Handlebars compiles lazily) so that a syntax error names its file. */
function checkSyntax(hb: typeof Handlebars, templates: Templates, name: string, source: string): void {
  try {
    hb.parse(source);
  } catch (error) {
    const from = templates.origin[name] ?? 'built-in';
    throw new WaraqaError(
      'config',
      `${from === 'built-in' ? `templates/${name}` : from}: ${(error as Error).message}`,
      'Check the template syntax; see README.md, "Templates".',
    );
  }
}

/** A runtime template error as a config error naming the overridden files, if any. */
function templateError(templates: Templates, format: TemplateFormat, error: unknown): WaraqaError {
  const overridden = Object.entries(templates.origin)
    .filter(([name, from]) => name.startsWith(`${format}/`) && from !== 'built-in')
    .map(([, from]) => from);
  const where =
    overridden.length > 0 ? `the ${format} templates (overridden: ${overridden.join(', ')})` : `the built-in ${format} templates`;
  return new WaraqaError('config', `${where}: ${(error as Error).message}`, 'Check the template syntax; see README.md, "Templates".');
}
