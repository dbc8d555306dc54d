/** `waraqa analyze` (placeholder until its issue lands: registered so that main.ts stays stable). */
import type { Argv } from 'yargs';
import { WaraqaError } from '../../errors.js';
import type { Reporter } from '../reporter.js';

export function analyzeCommand(yargs: Argv, _report: Reporter): Argv {
  return yargs.command('analyze', false, {}, () => {
    throw new WaraqaError('usage', 'waraqa analyze is not available yet.');
  });
}
