/**
 * The config file: `waraqa.config.json` in the working folder, or `--config PATH`. It holds
 * defaults for `generate` (level, versions, formats, paper, digits, lexicon, templates …); flags
 * override it. Validated with zod; every message names the key and the values it allows.
 * zod is imported only when a config file exists, so a run without one starts faster.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WaraqaError } from '../errors.js';
import {
  CONFIG_FILE,
  DIGITS,
  FORMATS,
  type Format,
  INSTRUCTION_LANGUAGES,
  ITEM_KINDS,
  type ItemCounts,
  LEVELS,
  MAX_VERSIONS,
  type OptionsInput,
  PAPERS,
} from '../options.js';

/** What a config file may set: option defaults plus the run settings `out` and `jobs`. */
export interface Config {
  /** The file it came from, or undefined when there was none. */
  readonly file?: string;
  readonly options: OptionsInput;
  readonly out?: string;
  readonly jobs?: number;
}

/** What each key accepts, in the words of the error messages. */
const ALLOWED: Record<string, string> = {
  level: LEVELS.join(', '),
  seed: 'a string or a number',
  versions: `a whole number from 1 to ${MAX_VERSIONS}`,
  formats: `a list (or comma-separated string) of ${FORMATS.join(', ')}`,
  items: `an object of section counts (whole numbers ≥ 0) with keys ${ITEM_KINDS.join(', ')}`,
  paper: PAPERS.join(', '),
  digits: DIGITS.join(', '),
  instructions: INSTRUCTION_LANGUAGES.join(', '),
  largePrint: 'true or false',
  lexicon: 'a path to the SAMER lexicon TSV',
  templates: 'a path to a templates folder',
  chrome: 'a path to a Chromium executable',
  out: 'a path to the output folder',
  jobs: 'a whole number ≥ 1',
  maxBytes: 'a whole number of bytes ≥ 1',
};

/**
 * Reads the config file: `explicit` (from `--config`, must exist) or `waraqa.config.json` in
 * `cwd` (optional). Relative paths inside it are taken from the file's own folder.
 */
export async function loadConfig(explicit: string | undefined, cwd: string): Promise<Config> {
  const file = path.resolve(cwd, explicit ?? CONFIG_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8'); // sync: see src/io/read-input.ts
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (explicit === undefined && code === 'ENOENT') return { options: {} };
    throw new WaraqaError(
      'config',
      `${explicit ?? file}: cannot read the config file (${code === 'ENOENT' ? 'no such file' : (code ?? 'error')}).`,
      'Check the path given to --config.',
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new WaraqaError(
      'config',
      `${file}: not valid JSON (${(error as Error).message}).`,
      'Example: {"level": 2, "versions": 2, "formats": ["html", "pdf"], "paper": "a4"}',
    );
  }
  return { file, ...(await validate(raw, file)) };
}

/** Checks the parsed JSON against the schema and turns it into options. */
async function validate(raw: unknown, file: string): Promise<Omit<Config, 'file'>> {
  const { z } = await import('zod');
  const level = z.literal(LEVELS as readonly number[] as [number, ...number[]]);
  const format = z.enum(FORMATS as [Format, ...Format[]]);
  const itemShape = Object.fromEntries(ITEM_KINDS.map((k) => [k, z.number().int().min(0)]));
  const schema = z
    .strictObject({
      $schema: z.string(),
      level,
      seed: z.union([z.string().min(1), z.number()]),
      versions: z.number().int().min(1).max(MAX_VERSIONS),
      formats: z.union([z.array(format).min(1), z.string().transform((s, ctx) => splitFormats(s, ctx))]),
      items: z.strictObject(itemShape).partial(),
      paper: z.enum(PAPERS as [string, ...string[]]),
      digits: z.enum(DIGITS as [string, ...string[]]),
      instructions: z.enum(INSTRUCTION_LANGUAGES as [string, ...string[]]),
      largePrint: z.boolean(),
      lexicon: z.string().min(1),
      templates: z.string().min(1),
      chrome: z.string().min(1),
      out: z.string().min(1),
      jobs: z.number().int().min(1),
      maxBytes: z.number().int().min(1),
    })
    .partial();
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => describeIssue(issue, raw));
    throw new WaraqaError('config', `${file}: ${lines.join('; ')}.`, 'Fix the value, or remove the key to use the default.');
  }
  const c = parsed.data;
  // `~/…` is the home folder, as in a shell; other relative paths start at the config file.
  const here = (p: string) => (p === '~' || p.startsWith('~/') ? path.join(os.homedir(), p.slice(1)) : path.resolve(path.dirname(file), p));
  const options: OptionsInput = {
    ...(c.level === undefined ? {} : { level: c.level as 1 | 2 | 3 }),
    ...(c.seed === undefined ? {} : { seed: String(c.seed) }),
    ...(c.versions === undefined ? {} : { versions: c.versions }),
    ...(c.formats === undefined ? {} : { formats: c.formats as Format[] }),
    ...(c.items === undefined ? {} : { items: c.items as Partial<ItemCounts> }),
    ...(c.paper === undefined ? {} : { paper: c.paper as 'a4' | 'letter' }),
    ...(c.digits === undefined ? {} : { digits: c.digits as 'arabic' | 'latin' }),
    ...(c.instructions === undefined ? {} : { instructions: c.instructions as 'ar' | 'en' | 'both' }),
    ...(c.largePrint === undefined ? {} : { largePrint: c.largePrint }),
    ...(c.lexicon === undefined ? {} : { lexicon: here(c.lexicon) }),
    ...(c.templates === undefined ? {} : { templates: here(c.templates) }),
    ...(c.chrome === undefined ? {} : { chrome: here(c.chrome) }),
    ...(c.maxBytes === undefined ? {} : { maxBytes: c.maxBytes }),
  };
  return { options, ...(c.out === undefined ? {} : { out: here(c.out) }), ...(c.jobs === undefined ? {} : { jobs: c.jobs }) };
}

/** `"html, pdf"` → `['html', 'pdf']`, or a zod issue naming the unknown format. */
function splitFormats(text: string, ctx: { addIssue(issue: { code: 'custom'; message: string }): void }): Format[] {
  const names = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = names.filter((n) => !FORMATS.includes(n as Format));
  if (bad.length > 0 || names.length === 0) ctx.addIssue({ code: 'custom', message: `unknown format ${bad.join(', ')}` });
  return names as Format[];
}

/** One zod issue in words: `"paper" is "A5"; allowed: a4, letter`. */
function describeIssue(issue: { code: string; path: readonly PropertyKey[]; keys?: readonly string[] }, raw: unknown): string {
  if (issue.code === 'unrecognized_keys') {
    const where = issue.path.length > 0 ? `in "${issue.path.join('.')}" ` : '';
    const allowed = issue.path[0] === 'items' ? ITEM_KINDS : Object.keys(ALLOWED);
    return `unknown key ${(issue.keys ?? []).map((k) => `"${k}"`).join(', ')} ${where}(allowed keys: ${allowed.join(', ')})`;
  }
  if (issue.path.length === 0) return `expected a JSON object of settings (allowed keys: ${Object.keys(ALLOWED).join(', ')})`;
  const key = String(issue.path[0]);
  const name = issue.path.map(String).join('.');
  const value = valueAt(raw, issue.path);
  return `"${name}" is ${JSON.stringify(value) ?? 'missing'}; allowed: ${ALLOWED[key] ?? 'see the documentation'}`;
}

/** The value at `keys` inside `raw`, for quoting it back to the user. */
function valueAt(raw: unknown, keys: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of keys) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}
