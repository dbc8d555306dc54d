/**
 * Everything the CLI says goes through a Reporter: data to stdout, messages to stderr, nothing
 * but data, warnings and errors with --quiet. Commands never call console directly.
 */
export interface Reporter {
  /** Data the user asked for (JSON Lines, cleaned text): stdout, even with --quiet. */
  data(line: string): void;
  /** Progress and results: stderr, silenced by --quiet. */
  info(message: string): void;
  /** Problems that did not stop the run: stderr, always. */
  warn(message: string): void;
  /** An error about one input of a batch (the run goes on): stderr, always. */
  error(message: string): void;
  /** True with --quiet. */
  readonly quiet: boolean;
  /** The message stream, for a progress bar; `isTTY` tells whether a bar can be drawn. */
  readonly stream: NodeJS.WritableStream & { readonly isTTY?: boolean; readonly columns?: number };
}

/**
 * `streams` is read at each use, not kept: main.ts passes getters, so that a run that prints
 * nothing never makes the process's stdout or stderr stream (~1.5 ms each at start).
 */
export function makeReporter(
  streams: { readonly out: NodeJS.WritableStream; readonly err: NodeJS.WritableStream & { readonly isTTY?: boolean } },
  quiet: boolean,
): Reporter {
  return {
    data: (line) => void streams.out.write(`${line}\n`),
    info: (message) => {
      if (!quiet) streams.err.write(`${message}\n`);
    },
    warn: (message) => void streams.err.write(`waraqa: warning: ${message}\n`),
    error: (message) => void streams.err.write(`waraqa: ${message}\n`),
    quiet,
    get stream() {
      return streams.err;
    },
  };
}
