/**
 * The installed command is the esbuild bundle in dist/bin/ (scripts/build-cli.mjs; `npm test`
 * builds first): it starts with the code cache the build made, and runs the same as tsc's output.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, SAMPLE } from './run-cli.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'waraqa-bundle-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** `node <cli> args…` with WARAQA_CODE_CACHE=check. */
function run(cli: string, args: readonly string[]) {
  return spawnSync('node', [cli, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, WARAQA_CODE_CACHE: 'check' } });
}

describe('dist/bin/main.js', () => {
  it('starts with the code cache made at build time', () => {
    const r = run(CLI, ['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    expect(r.stderr).toContain('waraqa: code cache accepted');
  });

  it('writes the same files as the unbundled CLI (dist/cli/main.js), in every text format', () => {
    const args = ['generate', SAMPLE, '--quiet', '--seed', '3', '--versions', '2', '--format', 'html,json,md,txt,gift,moodle-xml'];
    const bundled = run(CLI, [...args, '--out', path.join(tmp, 'bundle')]);
    const plain = run(path.join(ROOT, 'dist/cli/main.js'), [...args, '--out', path.join(tmp, 'tsc')]);
    expect(bundled.status).toBe(plain.status);
    const files = ['html', 'json', 'md', 'txt', 'gift.txt', 'moodle.xml'].flatMap((ext) => [`worksheet.${ext}`, `worksheet-B.${ext}`]);
    const read = (dir: string, name: string) => readFileSync(path.join(tmp, dir, 'us-iraq-talks', name), 'utf8');
    expect(read('bundle', 'worksheet.html').length).toBeGreaterThan(1000);
    for (const name of files) expect(read('bundle', name), name).toBe(read('tsc', name));
  });
});
