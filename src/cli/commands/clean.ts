/**
 * `waraqa clean <inputs...> [--json] [--explain] [--max-bytes N]`: the article as the pipeline
 * sees it — title, byline and paragraphs after decoding and clutter removal. `--explain` adds what
 * was removed and why; `--json` prints one JSON object per input per line.
 */
import type { Argv } from 'yargs';
import { WaraqaError } from '../../errors.js';
import { expandInputs, readInput } from '../../io/read-input.js';
import { loadArticle } from '../../load/load-article.js';
import { MAX_BYTES } from '../../options.js';
import type { Article } from '../../types.js';
import type { Reporter } from '../reporter.js';

interface CleanArgs {
  readonly inputs: readonly string[];
  readonly json?: boolean;
  readonly explain?: boolean;
  readonly maxBytes: number;
}

/** Longest removed text shown in full by `--explain` (the JSON always has it whole). */
const EXPLAIN_WIDTH = 100;

export function cleanCommand(yargs: Argv, report: Reporter): Argv {
  return yargs.command(
    'clean <inputs...>',
    'Show an article as waraqa reads it: title, byline and paragraphs, without the site around it',
    (y) =>
      y
        .positional('inputs', {
          type: 'string',
          array: true,
          describe: 'article files (.txt, .md, .html), folders, or - for standard input',
        })
        .option('json', { type: 'boolean', describe: 'one JSON object per input per line: input, title, byline, paragraphs, source' })
        .option('explain', { type: 'boolean', describe: 'also list every removed line with the reason it was removed' })
        .option('max-bytes', { type: 'number', default: MAX_BYTES, describe: 'refuse inputs larger than this many bytes' })
        .example('$0 clean articles/us-iraq-talks.txt', 'the title, byline and paragraphs')
        .example('$0 clean saved-page.html --explain', 'also what was removed (menus, "read also" links, comment form …) and why')
        .example('$0 clean articles/ --json > articles.jsonl', 'every article in the folder, one JSON line each')
        .example('cat article.txt | $0 clean - --max-bytes 10000000', 'from standard input, accepting up to 10 MB'),
    async (argv) => {
      const args = argv as unknown as CleanArgs;
      if (!Number.isInteger(args.maxBytes) || args.maxBytes <= 0) {
        throw new WaraqaError(
          'usage',
          `--max-bytes must be a positive whole number of bytes, e.g. --max-bytes 10000000; got ${String(args.maxBytes)}.`,
          "Run 'waraqa clean --help' for the options.",
        );
      }
      // One input: its error is the command's. Several: each failure is reported as it happens,
      // the others are still cleaned, and the run ends with the first failure's exit code.
      const failures: WaraqaError[] = [];
      const attempt = async <T>(work: () => Promise<T>): Promise<T | undefined> => {
        try {
          return await work();
        } catch (error) {
          if (!(error instanceof WaraqaError) || args.inputs.length === 1) throw error;
          failures.push(error);
          report.warn(error.message);
          return undefined;
        }
      };
      const files: string[] = [];
      for (const name of args.inputs) files.push(...((await attempt(() => expandInputs([name]))) ?? []));
      let printed = 0;
      for (const file of files) {
        const article = await attempt(async () => {
          const input = await readInput(file, args.maxBytes);
          return loadArticle(input.bytes, input.path, { maxBytes: args.maxBytes });
        });
        if (article === undefined) continue;
        if (args.json) report.data(JSON.stringify(toJson(article, args.explain === true)));
        else printArticle(article, report, { explain: args.explain === true, header: files.length > 1, first: printed === 0 });
        printed++;
      }
      const first = failures[0];
      if (first !== undefined) {
        const count = failures.length === 1 ? 'one input' : `${failures.length} inputs`;
        throw new WaraqaError(
          first.code,
          `${count} could not be cleaned (see the warnings above); the first: ${first.message}`,
          first.hint,
        );
      }
    },
  );
}

/** The JSON Lines record of one input. */
export function toJson(article: Article, explain: boolean): object {
  const { path, encoding, format, bytes } = article.source;
  return {
    input: path,
    title: article.title ?? null,
    byline: article.byline ?? null,
    paragraphs: article.paragraphs,
    source: { encoding, format, bytes },
    ...(explain ? { removed: article.removed } : {}),
  };
}

/** The article for reading in a terminal: title, byline, blank-line separated paragraphs. */
function printArticle(article: Article, report: Reporter, how: { explain: boolean; header: boolean; first: boolean }): void {
  if (how.header) report.data(`${how.first ? '' : '\n'}==> ${article.source.path} <==`);
  if (article.title !== undefined) report.data(`# ${article.title}`);
  const { place, author } = article.byline ?? {};
  if (place !== undefined || author !== undefined) report.data([place, author].filter((s) => s !== undefined).join(' - '));
  for (const paragraph of article.paragraphs) report.data(`\n${paragraph}`);
  if (!how.explain) return;
  report.data(`\n-- removed (${article.removed.length}) --`);
  for (const { reason, text } of article.removed) {
    const shown = text.length > EXPLAIN_WIDTH ? `${text.slice(0, EXPLAIN_WIDTH)}…` : text;
    report.data(`[${reason}] ${shown}`);
  }
}
