/**
 * Runs a batch: each article is made in a worker thread (in this thread when one thread is asked), then
 * written here, atomically, to `<out>/<slug>/`; PDFs are printed here through one browser.
 * A failing article becomes a failure entry and the batch goes on.
 */
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
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
  /** Threads making articles: 1 is this thread; more are that many workers. */
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
    const queue = [...articleJobs];
    const state = laneState();
    const threads = Math.min(settings.threads, articleJobs.length);
    if (threads > 1) {
      // Every article in a worker; this thread only feeds them, writes and prints, so that it is
      // always free to hand a worker its next job (when it made articles too, a worker whose jobs
      // were done waited for this thread's article to end).
      // node:worker_threads is loaded only here: a one-thread run does without it (~2 ms a start).
      const { Worker } = await import('node:worker_threads');
      const spawn = () => new Worker(new URL('./worker.js', import.meta.url), { workerData: options });
      await Promise.all(Array.from({ length: threads }, () => workerLane(spawn, queue, finish, state)));
    } else {
      // One thread: no worker to start. Loaded here, not at the top, so that the module graph of
      // a run stays lazy.
      const { makeArticleMaker } = await import('./make-article.js');
      const make = makeArticleMaker(options, settings.templates, settings.lexicon);
      for (let job = queue.shift(); job !== undefined; job = queue.shift()) {
        finish(await make(job));
        // Reading and writing are synchronous, so without this the loop would never give the
        // event loop a turn: Ctrl-C (its handler) and a terminal's progress bar would wait for the end.
        await new Promise((resolve) => setImmediate(resolve));
      }
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

/** Jobs a worker holds at once: its next job is there the moment it finishes one. */
const IN_FLIGHT = 2;

/** What the lanes of one batch share: jobs to try alone, and jobs that have their result. */
export interface LaneState {
  readonly suspects: Set<number>;
  readonly settled: Set<number>;
}

/** Fresh shared state for the lanes of a batch. */
export function laneState(): LaneState {
  return { suspects: new Set(), settled: new Set() };
}

/**
 * Feeds jobs from the shared `queue` to a worker until the queue is empty. When a worker crashes
 * it is replaced; a job it held alone fails (as an internal error), jobs it held with others are
 * tried again one at a time, so that only the job that crashes it fails. Every job gets exactly
 * one result, even when an answer arrives after its worker crashed.
 */
export function workerLane(
  spawn: () => Worker,
  queue: ArticleJob[],
  finish: (r: ArticleResult) => void,
  state: LaneState = laneState(),
): Promise<void> {
  const settle = (result: ArticleResult) => {
    if (state.settled.has(result.index)) return;
    state.settled.add(result.index);
    finish(result);
  };
  return new Promise((resolve) => {
    const start = () => {
      const worker = spawn();
      const held = new Map<number, ArticleJob>();
      let over = false;
      const feed = () => {
        while (held.size < IN_FLIGHT && ![...held.keys()].some((i) => state.suspects.has(i))) {
          const next = queue[0];
          if (next === undefined || (state.suspects.has(next.index) && held.size > 0)) break;
          queue.shift();
          if (state.settled.has(next.index)) continue;
          held.set(next.index, next);
          worker.postMessage(next);
        }
        if (held.size === 0 && !over) {
          over = true;
          void worker.terminate().then(() => resolve());
        }
      };
      const crash = (error: unknown) => {
        if (over) return;
        over = true;
        const jobs = [...held.values()].filter((job) => !state.settled.has(job.index));
        const retry = jobs.length > 1 ? jobs.filter((job) => !state.suspects.has(job.index)) : [];
        for (const job of jobs) if (!retry.includes(job)) settle(toFailure(job, error));
        for (const job of retry) state.suspects.add(job.index);
        queue.unshift(...retry);
        void worker.terminate();
        start();
      };
      worker.on('message', (result: ArticleResult) => {
        held.delete(result.index);
        settle(result);
        if (!over) feed();
      });
      worker.on('error', crash);
      worker.on('exit', (code) => crash(new Error(`a worker thread stopped (exit code ${code})`)));
      feed();
    };
    start();
  });
}
