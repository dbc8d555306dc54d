/**
 * `waraqa generate`: articles in (files, folders, `-`), worksheets out, one folder per article
 * and an index page. Flags override the config file; defaults live in options.ts. A batch goes
 * on past a bad file and ends with a summary; the exit code is 65 when any input failed.
 */
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Argv } from 'yargs';
import { type ErrorCode, WaraqaError } from '../../errors.js';
import { readInput } from '../../io/read-input.js';
import { writeFiles } from '../../io/write-files.js';
import {
  CONFIG_FILE,
  DEFAULT_OUT_DIR,
  DIGITS,
  FORMATS,
  type Format,
  INSTRUCTION_LANGUAGES,
  ITEM_KINDS,
  LEVELS,
  MAX_BYTES,
  MAX_VERSIONS,
  type OptionsInput,
  PAPERS,
  resolveOptions,
} from '../../options.js';
import type { Level } from '../../types.js';
import type { ArticleFailed } from '../article-result.js';
import { collectInputs } from '../collect-inputs.js';
import { loadConfig } from '../config.js';
import { ExitWith } from '../exit-with.js';
import { parseItems } from '../parse-items.js';
import { startProgress } from '../progress.js';
import { renderIndex } from '../render-index.js';
import type { Reporter } from '../reporter.js';
import { runBatch } from '../run-batch.js';

export interface GenerateArgs {
  inputs: string[];
  out?: string;
  format?: string[];
  level?: number;
  seed?: string;
  versions?: number;
  items?: string[];
  lexicon?: string;
  templates?: string;
  paper?: string;
  instructions?: string;
  digits?: string;
  largePrint?: boolean;
  chrome?: string;
  jobs?: number;
  maxBytes?: number;
  config?: string;
  debug?: boolean;
}

export function generateCommand(yargs: Argv, report: Reporter): Argv {
  return yargs.command<GenerateArgs>(
    'generate <inputs...>',
    'Make a worksheet from each article (files, folders, or - for standard input).',
    (y) =>
      y
        .positional('inputs', { type: 'string', array: true, demandOption: true, describe: 'article files, folders or -' })
        .option('out', {
          alias: 'o',
          type: 'string',
          describe: `output folder; each article goes to <out>/<name>/ [default: ${DEFAULT_OUT_DIR}]`,
        })
        .option('format', {
          alias: 'f',
          type: 'string',
          array: true,
          describe: `formats, comma-separated: ${FORMATS.join(', ')} [default: html,json]`,
          coerce: (values: string[]) =>
            values
              .flatMap((v) => String(v).split(','))
              .map((v) => v.trim())
              .filter(Boolean),
        })
        .option('level', { type: 'number', choices: LEVELS, describe: 'worksheet level, 1 easier to 3 harder [default: 2]' })
        .option('seed', { type: 'string', describe: 'seed for every random choice [default: from the article]' })
        .option('versions', { type: 'number', describe: `versions A, B, C … with items shuffled, 1–${MAX_VERSIONS} [default: 1]` })
        .option('items', {
          type: 'string',
          array: true,
          describe: `items per section, e.g. cloze=8,trueFalse=6 (${ITEM_KINDS.join(', ')})`,
        })
        .option('lexicon', { type: 'string', describe: 'path of the SAMER lexicon TSV (see: waraqa lexicon)' })
        .option('templates', { type: 'string', describe: 'folder whose templates override the built-in ones' })
        .option('paper', { type: 'string', choices: PAPERS, describe: 'paper size for PDF and print [default: a4]' })
        .option('instructions', { type: 'string', choices: INSTRUCTION_LANGUAGES, describe: 'language of the instructions [default: ar]' })
        .option('digits', { type: 'string', choices: DIGITS, describe: 'digits on the sheet: arabic (١٢) or latin (12) [default: arabic]' })
        .option('large-print', { type: 'boolean', describe: 'larger type and spacing' })
        .option('chrome', { type: 'string', describe: 'Chromium executable for PDF [default: CHROME_PATH or /usr/bin/chromium]' })
        .option('jobs', {
          alias: 'j',
          type: 'number',
          describe: 'threads making articles [default: number of cores, at most one per article]',
        })
        .option('max-bytes', { type: 'number', describe: `refuse inputs larger than this many bytes [default: ${MAX_BYTES}]` })
        .option('config', { type: 'string', describe: `config file [default: ./${CONFIG_FILE} when present]` })
        .example('$0 generate articles/us-iraq-talks.txt', 'worksheet.html and worksheet.json in out/us-iraq-talks/')
        .example('$0 generate unit-3/ --versions 2 --format html,pdf', 'two versions of every article in the folder, as HTML and PDF')
        .example('$0 generate a.txt --items cloze=8,trueFalse=6 --level 1', 'a level-1 sheet with 8 gaps and 6 true/false items')
        .example('cat article.txt | $0 generate - --out sheets', 'read the article from standard input') as Argv<GenerateArgs>,
    async (argv) => {
      await generate(argv, report, process.cwd());
    },
  );
}

/** The command's work, apart from yargs: settings → batch → index → summary → exit code. */
export async function generate(argv: GenerateArgs, report: Reporter, cwd: string): Promise<void> {
  const config = await loadConfig(argv.config, cwd);
  const options = resolveOptions(optionsFrom(argv, config.options));
  const out = path.resolve(cwd, argv.out ?? config.out ?? DEFAULT_OUT_DIR);
  const wanted = argv.jobs ?? config.jobs ?? os.availableParallelism();
  if (!Number.isInteger(wanted) || wanted < 1) throw usage(`--jobs: expected a whole number ≥ 1, got ${argv.jobs}.`);
  const collected = await collectInputs(argv.inputs);
  const jobs = collected.jobs;
  const threads = Math.max(1, Math.min(wanted, jobs.length));
  let made: Awaited<ReturnType<typeof runBatch>>['made'] = [];
  // Inputs that failed before the batch sort among the articles by where they were given.
  let failed: ArticleFailed[] = collected.failed.map(({ input, error, position }) => ({
    ok: false as const,
    index: position - 0.5,
    input,
    internal: false,
    code: error.code,
    message: error.message,
    ...(error.hint ? { hint: error.hint } : {}),
    ...(error.stack ? { stack: error.stack } : {}),
  }));
  if (jobs.length > 0) {
    await makeFolder(out);
    // Read here first so that a broken --templates folder stops the run once; workers read their own.
    const templates = (await import('../../io/read-templates.js')).readTemplates(options.templates);
    await templates;
    // Loaded here first so that a wrong --lexicon stops the run once, and so that the index cache
    // is written before workers read it.
    const { findLexicon } = await import('../../io/lexicon-load.js');
    const lexicon = findLexicon(options.lexicon).then((found) => found.lexicon);
    await lexicon;
    const progress = await startProgress(report, jobs.length);
    const result = await runBatch({
      jobs,
      options,
      out,
      threads,
      templates,
      lexicon,
      readStdin: async () => (await readInput('-', options.maxBytes)).bytes,
      onDone: (r) => progress.tick(r.ok, r.input),
    });
    progress.stop();
    made = [...result.made];
    failed = [...failed, ...result.failed].sort((a, b) => a.index - b.index);
    if (made.length > 0) {
      const entries = made.map((m) => ({ slug: m.slug, title: m.title, level: m.level, versions: m.versions }));
      await writeFiles(out, [{ name: 'index.html', contents: renderIndex(entries) }]);
    }
  }
  summarise(report, { made, failed, skipped: collected.skipped, out, cwd, debug: argv.debug === true });
  const code = exitCodeFor(made.length, failed);
  if (code !== 0) throw new ExitWith(code);
}

/** Flags over config: `--items` merges section by section with the config's `items`. */
export function optionsFrom(argv: GenerateArgs, config: OptionsInput): OptionsInput {
  if (argv.versions !== undefined && (!Number.isInteger(argv.versions) || argv.versions < 1 || argv.versions > MAX_VERSIONS)) {
    throw usage(`--versions: expected a whole number from 1 to ${MAX_VERSIONS}, got ${argv.versions}.`);
  }
  const formats = argv.format as Format[] | undefined;
  const bad = (formats ?? []).filter((f) => !FORMATS.includes(f));
  if (bad.length > 0 || formats?.length === 0) {
    throw usage(
      `--format: unknown format ${bad.map((b) => `"${b}"`).join(', ') || '(none)'}; expected one or more of ${FORMATS.join(', ')}.`,
    );
  }
  if (argv.maxBytes !== undefined && (!Number.isInteger(argv.maxBytes) || argv.maxBytes <= 0)) {
    throw usage(`--max-bytes: expected a positive whole number of bytes, e.g. --max-bytes 10000000; got ${argv.maxBytes}.`);
  }
  const items = argv.items === undefined ? undefined : parseItems(argv.items);
  const flags: OptionsInput = {
    ...(argv.level === undefined ? {} : { level: argv.level as Level }),
    ...(argv.seed === undefined ? {} : { seed: String(argv.seed) }),
    ...(argv.versions === undefined ? {} : { versions: argv.versions }),
    ...(formats === undefined ? {} : { formats: [...new Set(formats)] }),
    ...(argv.paper === undefined ? {} : { paper: argv.paper as 'a4' | 'letter' }),
    ...(argv.instructions === undefined ? {} : { instructions: argv.instructions as 'ar' | 'en' | 'both' }),
    ...(argv.digits === undefined ? {} : { digits: argv.digits as 'arabic' | 'latin' }),
    ...(argv.largePrint === undefined ? {} : { largePrint: argv.largePrint }),
    ...(argv.lexicon === undefined ? {} : { lexicon: path.resolve(argv.lexicon) }),
    ...(argv.templates === undefined ? {} : { templates: path.resolve(argv.templates) }),
    ...(argv.chrome === undefined ? {} : { chrome: argv.chrome }),
    ...(argv.maxBytes === undefined ? {} : { maxBytes: argv.maxBytes }),
  };
  const merged: OptionsInput = { ...config, ...flags };
  return items === undefined ? merged : { ...merged, items: { ...config.items, ...items } };
}

/**
 * 0 when every input was made; the failures' own code when nothing was made and they agree (a
 * single unreadable file → 66); otherwise 65.
 */
export function exitCodeFor(made: number, failed: readonly Pick<ArticleFailed, 'code' | 'internal'>[]): number {
  if (failed.length === 0) return 0;
  const codes = new Set(failed.map((f) => (f.internal ? 70 : new WaraqaError(f.code as ErrorCode, '').exitCode)));
  const [only] = codes;
  return made === 0 && codes.size === 1 && only !== undefined ? only : 65;
}

/** Creates the output folder, or says why it cannot be one (a file in the way, permissions). */
async function makeFolder(out: string): Promise<void> {
  try {
    mkdirSync(out, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'EEXIST' || code === 'ENOTDIR'
        ? 'a file stands where the folder should be'
        : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
          ? 'permission denied'
          : code;
    throw new WaraqaError('cannot-write', `${out}: cannot use it as the output folder (${why}).`, 'Choose another folder with --out.');
  }
}

/** Notes as warnings, failures with reasons, then one line: made, skipped, failed. */
function summarise(
  report: Reporter,
  r: {
    made: readonly { input: string; notes: readonly string[]; slug: string }[];
    failed: readonly ArticleFailed[];
    skipped: readonly { input: string; reason: string }[];
    out: string;
    cwd: string;
    debug: boolean;
  },
): void {
  const shown = (p: string) => {
    const rel = path.relative(r.cwd, p);
    return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? p : rel;
  };
  // One line per article, so that a batch of a hundred stays readable.
  for (const m of r.made) if (m.notes.length > 0) report.warn(`${m.input}: ${m.notes.join('; ')}`);
  for (const s of r.skipped) report.info(`skipped ${s.input}: ${s.reason}`);
  for (const f of r.failed) {
    if (f.internal) {
      report.error(
        `${f.input}: internal error: ${f.message}\n  This is a bug in waraqa. Please report it with the command you ran and this input (run again with --debug for details).`,
      );
    } else {
      report.error(`${f.message}${f.hint ? `\n  hint: ${f.hint}` : ''}`);
    }
    if (r.debug && f.stack) report.error(f.stack);
  }
  const index = r.made.length > 0 ? ` → ${shown(path.join(r.out, 'index.html'))}` : '';
  report.info(`made ${r.made.length}, skipped ${r.skipped.length}, failed ${r.failed.length}${index}`);
}

function usage(message: string): WaraqaError {
  return new WaraqaError('usage', message, "Run 'waraqa generate --help' for the options.");
}
