/**
 * Quality against the gold data in ../shared/data, through the built CLI exactly as
 * ../shared/eval/score.mjs calls it (npm test builds first). Skips, saying why, when the data,
 * the scorer or the build is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const scorer = path.resolve(root, '../shared/eval/score.mjs');
const data = path.resolve(root, '../shared/data/ud-pud-dev');
const cli = path.join(root, 'dist/cli/main.js');
const missing = [scorer, data, cli].filter((p) => !existsSync(p));
if (missing.length > 0) console.warn(`gold scores skipped: missing ${missing.join(', ')} (shared data, or run npm run build)`);

/**
 * Runs the scorer in `mode` and returns the figure on its last line. One retry: while another
 * build rewrites dist/ (engineers sharing a tree), the CLI can load a half-written module.
 */
function score(mode: 'sentences' | 'grouping'): number {
  const runScorer = () => spawnSync('node', [scorer, mode, '--cli', `node ${cli}`], { encoding: 'utf8', cwd: root, maxBuffer: 1 << 28 });
  let run = runScorer();
  if (run.status !== 0) {
    console.warn(`score.mjs ${mode} failed once (${run.status}); trying again:\n${run.stderr.slice(0, 2000)}`);
    run = runScorer();
  }
  if (run.status !== 0) throw new Error(`score.mjs ${mode} failed (${run.status}):\n${run.stderr.slice(0, 4000)}`);
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  console.log(`${mode}: ${last}`);
  const figure = /F1 ([\d.]+)$/.exec(last)?.[1];
  if (figure === undefined) throw new Error(`score.mjs ${mode} printed no figure: ${last}`);
  return Number(figure);
}

describe.skipIf(missing.length > 0)('text layer against gold data', () => {
  it('finds sentence boundaries with F1 ≥ 0.995 (ud-pud-dev + cases/sentences.jsonl)', () => {
    const f1 = score('sentences');
    console.log(`sentence boundary F1 ${f1.toFixed(4)} (threshold 0.995; plain Intl.Segmenter 0.98)`);
    expect(f1).toBeGreaterThanOrEqual(0.995);
  });

  it('groups word forms by stem with pairwise F1 ≥ 0.65 (ud-pud-dev lemmas)', () => {
    const f1 = score('grouping');
    console.log(`grouping F1 ${f1.toFixed(4)} (threshold 0.65; lunr.ar 0.570)`);
    expect(f1).toBeGreaterThanOrEqual(0.65);
  });
});
