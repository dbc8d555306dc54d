/**
 * Progress of a batch on stderr: a bar on a terminal (cli-progress, loaded only then), one plain
 * line per article otherwise (logs, CI), nothing with --quiet.
 */
import type { Reporter } from './reporter.js';

export interface Progress {
  /** One article finished: `ok` false when it failed; `label` names it (its input path). */
  tick(ok: boolean, label: string): void;
  /** Removes the bar; call before printing the summary. */
  stop(): void;
}

/** A progress display for `total` articles suited to where stderr goes. */
export async function startProgress(report: Reporter, total: number): Promise<Progress> {
  if (report.quiet) return { tick: () => {}, stop: () => {} };
  if (!report.stream.isTTY) {
    let done = 0;
    const width = String(total).length;
    return {
      tick: (ok, label) => {
        done++;
        report.info(`[${String(done).padStart(width)}/${total}] ${ok ? 'made' : 'failed'} ${label}`);
      },
      stop: () => {},
    };
  }
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    {
      stream: report.stream,
      format: 'waraqa [{bar}] {value}/{total} {label}',
      barsize: 24,
      hideCursor: true,
      clearOnComplete: true,
      noTTYOutput: false,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { label: '' });
  return {
    tick: (_ok, label) => bar.increment(1, { label: label.length > 40 ? `…${label.slice(-39)}` : label }),
    stop: () => bar.stop(),
  };
}
