/** `waraqa segment` (placeholder until its issue lands: registered so that main.ts stays stable). */
import type { Argv } from 'yargs';
import { WaraqaError } from '../../errors.js';
import type { Reporter } from '../reporter.js';

export function segmentCommand(yargs: Argv, _report: Reporter): Argv {
  return yargs.command('segment', false, {}, () => {
    throw new WaraqaError('usage', 'waraqa segment is not available yet.');
  });
}
