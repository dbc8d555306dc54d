/**
 * Runs the built CLI (`dist/bin/main.js`; `npm test` builds first) in a child process and
 * collects what it printed, for the end-to-end CLI tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CLI = path.join(ROOT, 'dist/bin/main.js');
export const BAD = path.join(ROOT, 'test/fixtures/bad');
export const SAMPLE = path.join(ROOT, 'articles/us-iraq-talks.txt');

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

export interface RunOptions {
  readonly cwd?: string;
  readonly input?: string | Uint8Array;
  /** Run as this uid/gid (through setpriv), to test permissions while the suite runs as root. */
  readonly asUser?: number;
  /** Kill the run after this many milliseconds (default 60 s), so a hang fails instead of blocking. */
  readonly timeoutMs?: number;
}

/** `waraqa <args>`; never throws on a non-zero exit. */
export function runCli(args: readonly string[], options: RunOptions = {}): Run {
  const command =
    options.asUser === undefined
      ? ['node', CLI]
      : ['setpriv', `--reuid=${options.asUser}`, `--regid=${options.asUser}`, '--clear-groups', 'node', CLI];
  const started = performance.now();
  const result = spawnSync(command[0] as string, [...command.slice(1), ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
    timeout: options.timeoutMs ?? 60_000,
    killSignal: 'SIGKILL',
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, ms: performance.now() - started };
}

/** True when a command can run as another user: not root, or root with setpriv. */
export function canDropPrivileges(): boolean {
  return process.getuid?.() === 0 && existsSync('/usr/bin/setpriv');
}

/** Every file under `dir`, relative, sorted (empty when `dir` does not exist). */
export function listTree(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const name of readdirSync(path.join(dir, sub))) {
      const rel = path.join(sub, name);
      if (statSync(path.join(dir, rel)).isDirectory()) walk(rel);
      else out.push(rel);
    }
  };
  walk('');
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A stack trace line such as `    at loadArticle (file:///…/load-article.js:12:5)`. */
export const STACK_LINE = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;
