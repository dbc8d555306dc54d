/**
 * Compiles one format's layout and partials on a private Handlebars instance
 * (`Handlebars.create()`: no global helpers or partials). Article text only ever reaches a
 * template as data, so it is never compiled: `{{> partial}}` in an article prints as written.
 * The built-in templates come precompiled in the CLI bundle and need only the Handlebars runtime;
 * the compiler is loaded when a template must be compiled (`--templates`, the library, tests).
 */
import { createRequire } from 'node:module';
import type Handlebars from 'handlebars';
import HandlebarsRuntime from 'handlebars/runtime.js';
import { WaraqaError } from '../errors.js';
import { cssString } from './css-string.js';
import { compileOptionsFor, type PrecompiledSet, type PrecompiledSets } from './precompile-templates.js';
import { PRECOMPILED } from './precompiled-templates.js';
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
  const render = compileTemplatesWith(templates, format, PRECOMPILED);
  compiled.set(set, render);
  return render;
}

/**
 * `compileTemplates` with the given precompiled sets (none: compile from the sources), unmemoised.
 * A precompiled set is used only when it was made from exactly the sources in `templates`.
 */
export function compileTemplatesWith(
  templates: Templates,
  format: TemplateFormat,
  precompiled: PrecompiledSets | undefined,
): RenderTemplate {
  const ready = precompiled?.[format];
  const layout = ready && sameSources(ready, templates[format]) ? fromPrecompiled(ready) : fromSources(templates, format);
  return (data) => {
    try {
      return layout(data);
    } catch (error) {
      throw templateError(templates, format, error);
    }
  };
}

/** True when `ready` was compiled from exactly the sources of `set` (nothing overridden or edited since). */
function sameSources(ready: PrecompiledSet, set: TemplateSet): boolean {
  const names = Object.keys(set.partials);
  return (
    ready.layout.source === set.layout &&
    names.length === Object.keys(ready.partials).length &&
    names.every((name) => ready.partials[name]?.source === set.partials[name])
  );
}

/** A fresh instance of `module` (the runtime, or the full Handlebars with its compiler) with the helpers. */
function instance(module: typeof Handlebars): typeof Handlebars {
  const hb = module.create();
  for (const [name, helper] of Object.entries(HELPERS)) hb.registerHelper(name, helper);
  return hb;
}

/** The full Handlebars, loaded on first use (CommonJS, so synchronously): only compiling needs it. */
function withCompiler(): typeof Handlebars {
  return createRequire(import.meta.url)('handlebars') as typeof Handlebars;
}

/** The layout from precompiled specs, on the Handlebars runtime alone. */
function fromPrecompiled(ready: PrecompiledSet): Handlebars.TemplateDelegate {
  const hb = instance(HandlebarsRuntime as unknown as typeof Handlebars);
  const template = (spec: unknown) => hb.template(spec as Parameters<typeof hb.template>[0]);
  for (const [name, partial] of Object.entries(ready.partials)) hb.registerPartial(name, template(partial.spec));
  return template(ready.layout.spec);
}

/** The layout compiled from its sources, checking each one's syntax first so that an error names its file. */
function fromSources(templates: Templates, format: TemplateFormat): Handlebars.TemplateDelegate {
  const hb = instance(withCompiler());
  const set = templates[format];
  const compileOptions = compileOptionsFor(format);
  checkSyntax(hb, templates, `${format}/layout.hbs`, set.layout);
  for (const [name, source] of Object.entries(set.partials)) {
    checkSyntax(hb, templates, `${format}/${name}.hbs`, source);
    hb.registerPartial(name, hb.compile(source, compileOptions));
  }
  return hb.compile(set.layout, compileOptions);
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
