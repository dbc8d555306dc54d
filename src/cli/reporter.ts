/**
 * Everything the CLI says goes through a Reporter: data to stdout, messages to stderr, nothing
 * with --quiet. Commands never call console directly.
 */
export interface Reporter {
  /** Data the user asked for (JSON Lines, cleaned text): stdout, even with --quiet. */
  data(line: string): void;
  /** Progress and results: stderr, silenced by --quiet. */
  info(message: string): void;
  /** Problems that did not stop the run: stderr, always. */
  warn(message: string): void;
}

export function makeReporter(streams: { out: NodeJS.WritableStream; err: NodeJS.WritableStream }, quiet: boolean): Reporter {
  return {
    data: (line) => void streams.out.write(`${line}\n`),
    info: (message) => {
      if (!quiet) streams.err.write(`${message}\n`);
    },
    warn: (message) => void streams.err.write(`waraqa: warning: ${message}\n`),
  };
}
