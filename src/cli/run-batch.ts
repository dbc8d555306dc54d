/**
 * Runs a batch: each article is made in a worker thread (or in this thread with one job), then
 * written here, atomically, to `<out>/<slug>/`; PDFs are printed here through one browser.
 * A failing article becomes a failure entry and the batch goes on.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Lexicon } from '../analyse/lexicon.js';
import { WaraqaError } from '../errors.js';
import type { readTemplates } from '../io/read-templates.js';
import { writeFiles } from '../io/write-files.js';
import type { Options } from '../options.js';
import type { OutputFile } from '../types.js';
import { type ArticleFailed, type ArticleJob, type ArticleMade, type ArticleResult, toFailure } from './article-result.js';
import type { Job } from './collect-inputs.js';
import { openPrinter, type Printer } from './open-printer.js';

export interface BatchSettings {
  readonly jobs: readonly Job[];
  readonly options: Options;
  readonly out: string;
  /** Worker threads; 1 runs every article in this thread. */
  readonly threads: number;
  /** The templates, when the caller already read (and so checked) them. */
  readonly templates?: ReturnType<typeof readTemplates>;
  /** The lexicon, when the caller already loaded it (workers load their own). */
  readonly lexicon?: Promise<Lexicon | undefined>;
  /** Reads standard input, for the job whose input is `-`. */
  readonly readStdin: () => Promise<Uint8Array>;
  /** Called once per article as it finishes, for progress. */
  readonly onDone: (result: ArticleResult) => void;
}

/** An article made and written, with the folder it went to. */
export type Written = ArticleMade & { readonly slug: string };

export interface BatchResult {
  /** In input order. */
  readonly made: readonly Written[];
  /** In input order. */
  readonly failed: readonly ArticleFailed[];
}

/** Makes and writes every job; never throws for one article's failure. */
export async function runBatch(settings: BatchSettings): Promise<BatchResult> {
  const { jobs, options, out } = settings;
  const results: (Written | ArticleFailed | undefined)[] = new Array(jobs.length);
  const articleJobs: ArticleJob[] = [];
  for (const [index, job] of jobs.entries()) {
    if (job.input !== '-') articleJobs.push({ index, input: job.input });
    else articleJobs.push({ index, input: '-', bytes: await settings.readStdin() });
  }
  let printer: Promise<Printer> | undefined;
  let tail: Promise<void> = Promise.resolve();
  // Writing and printing run one article at a time, in the order articles finish.
  const finish = (result: ArticleResult): void => {
    tail = tail.then(async () => {
      const job = jobs[result.index] as Job;
      let final: Written | ArticleFailed;
      if (!result.ok) final = result;
      else {
        try {
          if (result.print.length > 0) printer ??= openPrinter(options);
          const pdfs: OutputFile[] = [];
          for (const page of result.print)
            pdfs.push({ name: page.name, contents: await (await (printer as Promise<Printer>)).print(page.html) });
          await writeFiles(articleFolder(out, job.slug), [...result.files, ...pdfs]);
          final = { ...result, files: [], print: [], slug: job.slug };
        } catch (error) {
          final = toFailure(result, error);
        }
      }
      results[result.index] = final;
      settings.onDone(final);
    });
  };
  try {
    if (settings.threads <= 1) {
      // Loaded here, not at the top: with workers this thread never needs the pipeline.
      const { makeArticleMaker } = await import('./make-article.js');
      const make = makeArticleMaker(options, settings.templates, settings.lexicon);
      for (const job of articleJobs) finish(await make(job));
    } else {
      await runInWorkers(articleJobs, settings.threads, options, finish);
    }
    await tail;
  } finally {
    if (printer) await (await printer.catch(() => undefined))?.close();
  }
  const done = results.filter((r): r is Written | ArticleFailed => r !== undefined);
  return { made: done.filter((r): r is Written => r.ok), failed: done.filter((r): r is ArticleFailed => !r.ok) };
}

/** `<out>/<slug>`, refusing any slug that would lead outside `out`. */
export function articleFolder(out: string, slug: string): string {
  const folder = path.resolve(out, slug);
  if (path.dirname(folder) !== path.resolve(out)) {
    throw new WaraqaError('cannot-write', `${slug}: refusing to write outside ${out}.`);
  }
  return folder;
}

/** Hands the jobs to `threads` workers, one job per worker at a time; a crashed worker is replaced. */
async function runInWorkers(
  jobs: readonly ArticleJob[],
  threads: number,
  options: Options,
  finish: (r: ArticleResult) => void,
): Promise<void> {
  const queue = [...jobs];
  const spawn = () => new Worker(new URL('./worker.js', import.meta.url), { workerData: options });
  const lane = async () => {
    let worker = spawn();
    try {
      for (let job = queue.shift(); job !== undefined; job = queue.shift()) {
        try {
          finish(await ask(worker, job));
        } catch (error) {
          finish(toFailure(job, error));
          await worker.terminate();
          worker = spawn();
        }
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.min(threads, jobs.length) }, lane));
}

/** Sends one job to `worker` and waits for its answer, or for the worker to fail. */
function ask(worker: Worker, job: ArticleJob): Promise<ArticleResult> {
  return new Promise((resolve, reject) => {
    const onMessage = (result: ArticleResult) => settle(() => resolve(result));
    const onError = (error: unknown) => settle(() => reject(error));
    const onExit = (code: number) =>
      settle(() => reject(new Error(`a worker thread stopped (exit code ${code}) while making ${job.input}`)));
    const settle = (then: () => void) => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      then();
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(job);
  });
}
