/**
 * The templates a renderer works from: one layout and its partials per text format, the shared
 * CSS, and the fonts to inline. Read by `readTemplates` (src/io); the renderers only compile them.
 */

/** The text formats that come from Handlebars templates. */
export type TemplateFormat = 'html' | 'md' | 'txt';

/** Every template format, in the order they are read and precompiled. */
export const TEMPLATE_FORMATS: readonly TemplateFormat[] = ['html', 'md', 'txt'];

/** One format's templates: `layout` is the entry point, partials are called by name (`{{> header}}`). */
export interface TemplateSet {
  readonly layout: string;
  /** Partial name (the file name without `.hbs`) → source. */
  readonly partials: Readonly<Record<string, string>>;
}

/** A font file to inline as base64, with the `unicode-range` of its subset. */
export interface FontFile {
  readonly family: string;
  readonly weight: number;
  /** `arabic`, `latin` … */
  readonly subset: string;
  readonly unicodeRange: string;
  /** The woff2 bytes, base64-encoded. */
  readonly base64: string;
}

export interface Templates {
  readonly html: TemplateSet;
  readonly md: TemplateSet;
  readonly txt: TemplateSet;
  /** `worksheet.css`: inlined into every HTML sheet. */
  readonly css: string;
  readonly fonts: readonly FontFile[];
  /** Where each template came from (`built-in` or the override folder), for error messages. */
  readonly origin: Readonly<Record<string, string>>;
}
