/**
 * What goes between the main thread and the article makers: a job, and its result as plain data
 * (structured-clone safe), so a worker can send it back and one failure stays one entry.
 */
import { isWaraqaError } from '../errors.js';
import type { Level, OutputFile } from '../types.js';

/** What the main thread sends: the input, and its bytes when it read them itself (stdin). */
export interface ArticleJob {
  readonly index: number;
  readonly input: string;
  readonly bytes?: Uint8Array;
}

/** An HTML page to print to `name` (a PDF) in the main thread. */
export interface PrintJob {
  readonly name: string;
  readonly html: string;
}

export interface ArticleMade {
  readonly ok: true;
  readonly index: number;
  readonly input: string;
  readonly files: readonly OutputFile[];
  readonly print: readonly PrintJob[];
  readonly title: string;
  readonly level: Level;
  /** Per version (A, B …), the names of the files made for it, PDFs included. */
  readonly versions: readonly { readonly version: string; readonly files: readonly string[] }[];
  /** What the article could not support (from the worksheets' notes), once each. */
  readonly notes: readonly string[];
}

/** A failure as plain data; `internal` marks a bug rather than an input the user can fix. */
export interface ArticleFailed {
  readonly ok: false;
  readonly index: number;
  readonly input: string;
  readonly internal: boolean;
  readonly code: string;
  readonly message: string;
  readonly hint?: string;
  readonly stack?: string;
}

export type ArticleResult = ArticleMade | ArticleFailed;

/** Any thrown value as an `ArticleFailed`. */
export function toFailure(job: Pick<ArticleJob, 'index' | 'input'>, error: unknown): ArticleFailed {
  const base = { ok: false as const, index: job.index, input: job.input };
  const stack = error instanceof Error && error.stack !== undefined ? { stack: error.stack } : {};
  if (isWaraqaError(error)) {
    return { ...base, internal: false, code: error.code, message: error.message, ...(error.hint ? { hint: error.hint } : {}), ...stack };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { ...base, internal: true, code: 'internal', message, ...stack };
}
