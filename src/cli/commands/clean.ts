/** `waraqa clean` (placeholder until its issue lands: registered so that main.ts stays stable). */
import type { Argv } from 'yargs';
import { WaraqaError } from '../../errors.js';
import type { Reporter } from '../reporter.js';

export function cleanCommand(yargs: Argv, _report: Reporter): Argv {
  return yargs.command('clean', false, {}, () => {
    throw new WaraqaError('usage', 'waraqa clean is not available yet.');
  });
}
