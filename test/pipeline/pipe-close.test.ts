/** A reader that closes the pipe early (`| head`) ends the run quietly, with no stack trace. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

it('stops quietly when the reader closes standard output', () => {
  const run = spawnSync('bash', ['-c', 'set -o pipefail; node dist/bin/main.js segment --json articles/us-iraq-talks.txt | head -c 20'], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(run.stdout).toBe('{"input":"articles/u');
  expect(run.stderr).not.toMatch(/EPIPE|Error|at /);
  expect(run.status).toBe(0);
});
