/** `waraqa lexicon` (placeholder until its issue lands: registered so that main.ts stays stable). */
import type { Argv } from 'yargs';
import { WaraqaError } from '../../errors.js';
import type { Reporter } from '../reporter.js';

export function lexiconCommand(yargs: Argv, _report: Reporter): Argv {
  return yargs.command('lexicon', false, {}, () => {
    throw new WaraqaError('usage', 'waraqa lexicon is not available yet.');
  });
}
