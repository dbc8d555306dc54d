/**
 * One article of a batch, start to finish except writing: read → build → render the text
 * formats. Runs the same way in a worker thread and in the main thread (`--jobs 1`), and returns
 * plain data (structured-clone safe) instead of throwing, so one bad file never stops the batch.
 */
import type { Lexicon } from '../analyse/lexicon.js';
import { findLexicon } from '../io/lexicon-load.js';
import { readInput } from '../io/read-input.js';
import { readTemplates } from '../io/read-templates.js';
import type { Format, Options } from '../options.js';
import { buildWorksheets } from '../pipeline.js';
import { baseName, renderFiles } from '../render/render-files.js';
import type { OutputFile } from '../types.js';
import { type ArticleJob, type ArticleResult, type PrintJob, toFailure } from './article-result.js';

/** A function that makes articles with `options`, reading the templates once. */
export type ArticleMaker = (job: ArticleJob) => Promise<ArticleResult>;

/**
 * Prepares the per-run state and returns the per-article function. `templates` is passed when
 * the caller already read them (the main thread checks them before a batch starts).
 */
export function makeArticleMaker(
  options: Options,
  templates?: ReturnType<typeof readTemplates>,
  lexicon?: Promise<Lexicon | undefined>,
): ArticleMaker {
  const wantsPdf = options.formats.includes('pdf');
  const textFormats: Format[] = options.formats.filter((f) => f !== 'pdf');
  // PDF is printed from the HTML; render it even when HTML itself was not asked for.
  const renderOptions: Options = Object.freeze({
    ...options,
    formats: wantsPdf && !textFormats.includes('html') ? [...textFormats, 'html' as const] : textFormats,
  });
  let loaded = templates;
  let words = lexicon;
  return async (job) => {
    try {
      loaded ??= readTemplates(options.templates);
      // The lexicon (from --lexicon, WARAQA_LEXICON or the cache) is read once per thread.
      words ??= findLexicon(options.lexicon).then((found) => found.lexicon);
      const bytes = job.bytes ?? (await readInput(job.input, options.maxBytes)).bytes;
      const built = buildWorksheets(bytes, job.input, options, await words);
      const rendered = renderFiles(built.worksheets, renderOptions, await loaded);
      const { files, print, versions } = splitOutputs(
        rendered,
        built.worksheets.map((ws) => ws.meta.version),
        options.formats.includes('html'),
        wantsPdf,
      );
      const first = built.worksheets[0];
      return {
        ok: true,
        index: job.index,
        input: job.input,
        files,
        print,
        title: first?.meta.title ?? job.input,
        level: first?.meta.level ?? options.level,
        versions,
        notes: [...new Set(built.worksheets.flatMap((w) => w.notes))],
      };
    } catch (error) {
      return toFailure(job, error);
    }
  };
}

/**
 * Rendered files → what to write, what to print and, per version, the names made for it.
 * HTML rendered only for printing is not written; `worksheet.html` is printed to `worksheet.pdf`.
 * A file of no one version (a shared answer sheet, say) is written and listed with the first.
 */
function splitOutputs(
  rendered: readonly OutputFile[],
  letters: readonly string[],
  writeHtml: boolean,
  printPdf: boolean,
): { files: OutputFile[]; print: PrintJob[]; versions: { version: string; files: string[] }[] } {
  const files: OutputFile[] = [];
  const print: PrintJob[] = [];
  const ofVersion = (f: OutputFile, letter: string) => f.name.startsWith(`${baseName(letter)}.`);
  const versions = letters.map((letter) => {
    const own = rendered.filter((f) => ofVersion(f, letter));
    const pdfs = printPdf
      ? own.filter((f) => f.name.endsWith('.html')).map((f) => ({ name: f.name.replace(/\.html$/, '.pdf'), html: String(f.contents) }))
      : [];
    const kept = writeHtml ? own : own.filter((f) => !f.name.endsWith('.html'));
    files.push(...kept);
    print.push(...pdfs);
    return { version: letter, files: [...kept.map((f) => f.name), ...pdfs.map((p) => p.name)] };
  });
  const shared = rendered.filter((f) => !letters.some((letter) => ofVersion(f, letter)));
  files.push(...shared);
  const head = versions[0];
  if (head && shared.length > 0) versions[0] = { ...head, files: [...head.files, ...shared.map((f) => f.name)] };
  return { files, print, versions };
}
