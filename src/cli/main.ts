#!/usr/bin/env node
/**
 * The waraqa command. The only place that prints errors and picks the exit code: every command
 * throws; this catches once and maps the error to an exit code (DESIGN.md).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yargs, { type Argv } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { ExitCode, isWaraqaError, WaraqaError } from '../errors.js';
import { removeTempFiles } from '../io/write-files.js';
import { PACKAGE_ROOT } from '../render/paths.js';
import { ExitWith } from './exit-with.js';
import { makeReporter, type Reporter } from './reporter.js';

type Register = (yargs: Argv, report: Reporter) => Argv;

/**
 * Commands load on demand: a run imports only the command it names (start-up is most of the cost
 * of one sheet); help and unknown commands load them all.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  generate: async () => (await import('./commands/generate.js')).generateCommand,
  clean: async () => (await import('./commands/clean.js')).cleanCommand,
  segment: async () => (await import('./commands/segment.js')).segmentCommand,
  analyze: async () => (await import('./commands/analyze.js')).analyzeCommand,
  lexicon: async () => (await import('./commands/lexicon.js')).lexiconCommand,
};

let stdoutReady = false;

/**
 * process.stdout, made on first use (a sheet run never prints to it), with the handler that ends
 * the run quietly when a reader stops early (`waraqa segment … | head` closes the pipe).
 */
function stdout(): NodeJS.WriteStream {
  if (!stdoutReady) {
    stdoutReady = true;
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
  }
  return process.stdout;
}

export async function main(argv: readonly string[]): Promise<number> {
  const debug = argv.includes('--debug');
  const quiet = argv.includes('--quiet') || argv.includes('-q');
  const report = makeReporter(
    {
      get out() {
        return stdout();
      },
      get err() {
        return process.stderr;
      },
    },
    quiet,
  );
  // Help is the only text yargs lays out for the terminal's width; asking for the width makes stdout.
  const wantsHelp = argv.includes('--help') || argv.includes('-h');
  const cli = yargs(argv.map((a) => (a === '-' ? STDIN_TOKEN : a)))
    .scriptName('waraqa')
    .usage('$0 <command> [options]\n\nTurn an Arabic article into a printable reading-comprehension worksheet.')
    .option('debug', { type: 'boolean', describe: 'show stack traces on errors' })
    .option('quiet', { alias: 'q', type: 'boolean', describe: 'no progress or summary; data, warnings and errors still print' })
    .strict()
    .demandCommand(1, 'Name a command: generate, clean, segment, analyze or lexicon.')
    .recommendCommands()
    .help()
    .alias('h', 'help')
    .version(packageVersion())
    .wrap(wantsHelp ? Math.min(100, stdout().columns || 100) : 100)
    .epilogue('Exit codes: 0 done · 2 usage · 65 unusable input · 66 unreadable input · 70 internal error · 73 cannot write.')
    .middleware(restoreStdin, true)
    .fail((message, error) => {
      // Throwing (not just recording) stops yargs before it runs the command's handler.
      if (error) throw error;
      throw new WaraqaError('usage', message, "Run 'waraqa --help' (or 'waraqa <command> --help') for the options and examples.");
    });
  try {
    const named = argv.find((a) => !a.startsWith('-'));
    const loaders =
      named !== undefined && Object.hasOwn(COMMANDS, named) ? [COMMANDS[named] as () => Promise<Register>] : Object.values(COMMANDS);
    for (const register of await Promise.all(loaders.map((load) => load()))) register(cli, report);
    skipHelpCache(cli);
    await cli.parseAsync();
    return ExitCode.ok;
  } catch (error) {
    if (error instanceof ExitWith) return error.code;
    if (isWaraqaError(error)) {
      process.stderr.write(`waraqa: ${error.message}\n${error.hint ? `hint: ${error.hint}\n` : ''}`);
      if (debug) process.stderr.write(`${error.stack}\n`);
      return error.exitCode;
    }
    process.stderr.write(
      `waraqa: internal error: ${error instanceof Error ? error.message : String(error)}\n` +
        'This is a bug in waraqa. Please report it with the command you ran and the input file (run again with --debug for details).\n',
    );
    if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return ExitCode.software;
  }
}

/**
 * The version in package.json. Read here: yargs looks for package.json from its own location,
 * which in the bundled CLI (dist/bin/) is not inside a package folder of its own.
 */
function packageVersion(): string {
  try {
    return String((JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version?: unknown }).version);
  } catch {
    return 'unknown';
  }
}

/** yargs drops a bare `-` (standard input) from positionals, so it travels under this name. */
const STDIN_TOKEN = '\u2010stdin\u2010';

/** Puts `-` back where the user wrote it, before any command sees its arguments. */
function restoreStdin(args: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(args)) {
    if (value === STDIN_TOKEN) args[key] = '-';
    else if (Array.isArray(value)) args[key] = value.map((v) => (v === STDIN_TOKEN ? '-' : v));
  }
}

/**
 * yargs renders the whole help text after every command handler, "in case" it fails later; with
 * its terminal-width code that is ~80 ms, a third of a one-sheet run. Our `.fail` handler never
 * shows that cached text (help is rendered fresh for --help), so the caching is switched off.
 */
function skipHelpCache(cli: Argv): void {
  const internal = (cli as unknown as { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } } })
    .getInternalMethods?.()
    .getUsageInstance?.();
  if (internal && typeof internal.cacheHelpMessage === 'function') internal.cacheHelpMessage = () => {};
}

// Interrupted (Ctrl-C, a killed job): remove half-written temporary files, then stop as a shell expects.
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.once(signal, () => {
    removeTempFiles();
    process.stderr.write(`\nwaraqa: interrupted; files already written are complete, nothing half-written is left.\n`);
    process.exit(code);
  });
}

main(hideBin(process.argv)).then((code) => {
  process.exitCode = code;
  // When nothing is left to do (every write flushed, workers gone), end at once: a natural end
  // first tears the heap down, ~3 ms of a one-sheet run.
  process.once('beforeExit', () => process.exit());
});
