/**
 * `waraqa lexicon download [--url U] | path | info`: the optional SAMER readability lexicon
 * (DESIGN.md). `download` fetches it into the user cache and checks its SHA-256; `path` says where
 * waraqa looks for it; `info` loads it and says what it holds.
 */
import type { Argv } from 'yargs';
import { WaraqaError } from '../../errors.js';
import { downloadLexicon } from '../../io/lexicon-download.js';
import { loadLexicon } from '../../io/lexicon-load.js';
import { cacheDir, lexiconLocation } from '../../io/lexicon-path.js';
import { LEXICON_FILE, LEXICON_SHA256, LEXICON_URL } from '../../io/lexicon-source.js';
import type { Reporter } from '../reporter.js';

interface LexiconArgs {
  readonly action: 'download' | 'path' | 'info';
  readonly url?: string;
  readonly lexicon?: string;
  readonly quiet?: boolean;
}

export function lexiconCommand(yargs: Argv, report: Reporter): Argv {
  return yargs.command(
    'lexicon <action>',
    'The optional SAMER lexicon: download it, show where it is, or what it holds',
    (y) =>
      y
        .positional('action', { type: 'string', choices: ['download', 'path', 'info'], describe: 'download | path | info' })
        .option('url', { type: 'string', describe: 'download from this URL instead (the checksum must still match)' })
        .option('lexicon', { type: 'string', describe: 'a local copy of the lexicon TSV (for path and info)' })
        .example('$0 lexicon download', `fetch it into ${cacheDir()}`)
        .example('$0 lexicon info --lexicon ~/SAMER-Readability-Lexicon.tsv', 'entries, levels and checksum of a local copy'),
    async (argv) => {
      const args = argv as unknown as LexiconArgs;
      if (args.action === 'download') await download(args, report);
      else if (args.action === 'path') report.data(lexiconLocation(args.lexicon).path);
      else await info(args, report);
    },
  );
}

async function download(args: LexiconArgs, report: Reporter): Promise<void> {
  const dest = `${cacheDir()}/${LEXICON_FILE}`;
  const url = args.url ?? LEXICON_URL;
  report.info(`Downloading the SAMER lexicon from ${url}`);
  // cli-progress is loaded only for a bar on a terminal: every `waraqa --help` registers this
  // command, and loading the package from node_modules cost ~10 ms there.
  const bar =
    process.stderr.isTTY && !args.quiet
      ? await import('cli-progress').then(
          ({ default: cliProgress }) =>
            new cliProgress.SingleBar({ stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic),
        )
      : undefined;
  let started = false;
  try {
    const done = await downloadLexicon({
      url,
      dest,
      sha256: LEXICON_SHA256,
      onProgress: (received, total) => {
        if (!bar) return;
        if (!started) {
          bar.start(total ?? received, 0);
          started = true;
        }
        if (total === undefined) bar.setTotal(received);
        bar.update(received);
      },
    });
    bar?.stop();
    report.info(`Saved ${done.bytes} bytes to ${done.path} (SHA-256 checked).`);
    report.data(done.path);
  } catch (error) {
    bar?.stop();
    throw error;
  }
}

async function info(args: LexiconArgs, report: Reporter): Promise<void> {
  const location = lexiconLocation(args.lexicon);
  const { readFile } = await import('node:fs/promises'); // not at the top: see lexicon-download.ts
  const bytes = await readFile(location.path).catch(() => {
    throw new WaraqaError(
      'lexicon',
      `${location.path}: no lexicon there (looked in the ${location.origin === 'cache' ? 'user cache' : location.origin === 'environment' ? 'WARAQA_LEXICON path' : '--lexicon path'}).`,
      'Run `waraqa lexicon download`, or pass the file with --lexicon PATH.',
    );
  });
  const started = performance.now();
  const lexicon = await loadLexicon(location.path);
  const ms = performance.now() - started;
  const { createHash } = await import('node:crypto'); // not at the top: see lexicon-download.ts
  const sha = createHash('sha256').update(bytes).digest('hex');
  const levels = [1, 2, 3, 4, 5].map((level) => `${level}: ${lexicon.entries.filter((e) => e.level === level).length}`);
  report.data(`path: ${location.path} (${location.origin})`);
  report.data(`entries: ${lexicon.entries.length}; corpus words: ${lexicon.total}`);
  report.data(`levels: ${levels.join(', ')}`);
  report.data(
    `sha256: ${sha} ${sha === LEXICON_SHA256 ? '(the checked SAMER release)' : '(differs from the release waraqa was tested with)'}`,
  );
  report.data(`loaded in ${Math.round(ms)} ms`);
}
