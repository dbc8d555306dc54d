#!/usr/bin/env node
// Regenerates the golden files in test/golden/ on purpose (never in CI): runs the golden test
// with WARAQA_UPDATE_GOLDEN=1, then shows what changed. Review the diff before committing.
// Usage: npm run golden
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

if (process.env.CI) {
  console.error('golden: refusing to rewrite golden files in CI.');
  process.exit(1);
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src', 'templates', 'articles'], { cwd: root, encoding: 'utf8' }).stdout?.trim();
if (dirty)
  console.warn(`golden: warning: uncommitted changes under src/, templates/ or articles/; the goldens will follow them, not HEAD:\n${dirty}\n`);
const run = spawnSync('npx', ['vitest', 'run', 'test/render/golden.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, WARAQA_UPDATE_GOLDEN: '1' },
});
if (run.status !== 0) process.exit(run.status ?? 1);
spawnSync('git', ['status', '--short', '--', 'test/golden'], { cwd: root, stdio: 'inherit' });
console.log('golden: files rewritten; review with `git diff test/golden` before committing.');
