/**
 * Batches end to end through the built CLI: folders and stdin, slug collisions, the index page,
 * reuse of an existing output folder, config file vs flags, and byte-identical output for the same
 * seed across two runs and across --jobs 1 and --jobs 2.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD, CLI, listTree, runCli, SAMPLE, STACK_LINE } from './run-cli.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'waraqa-batch-'));
const unit = path.join(tmp, 'unit');
/** The sheet options of the folder runs, so that a rerun can be compared with them byte for byte. */
const SHEET_OPTIONS = ['--seed', '11', '--versions', '2', '--format', 'html,json,md'];
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

beforeAll(() => {
  mkdirSync(path.join(unit, 'week 2'), { recursive: true });
  copyFileSync(SAMPLE, path.join(unit, 'Iraq Talks.txt'));
  copyFileSync(path.join(BAD, 'article-utf8.txt'), path.join(unit, 'library.txt'));
  copyFileSync(path.join(BAD, 'windows-1256.txt'), path.join(unit, 'library.md'));
  copyFileSync(path.join(BAD, 'image.png.txt'), path.join(unit, 'photo.png'));
});

/** Every file under `dir` with its bytes, for comparing two runs. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(listTree(dir).map((f) => [f, readFileSync(path.join(dir, f)).toString('base64')]));
}

describe('waraqa generate on a folder', () => {
  const outs = { a: path.join(tmp, 'j1'), b: path.join(tmp, 'j2'), c: path.join(tmp, 'j2-again') };
  let runs: Record<keyof typeof outs, ReturnType<typeof runCli>>;

  beforeAll(() => {
    const args = (out: string, jobs: string) => ['generate', unit, SAMPLE, '-', '--out', out, ...SHEET_OPTIONS, '--jobs', jobs];
    const stdin = readFileSync(path.join(BAD, 'article-utf8.txt'));
    runs = {
      a: runCli(args(outs.a, '1'), { input: stdin }),
      b: runCli(args(outs.b, '2'), { input: stdin }),
      c: runCli(args(outs.c, '2'), { input: stdin }),
    };
  });

  it('makes every article, skips what is not one, and says so', () => {
    expect(runs.a.code, runs.a.stderr).toBe(0);
    expect(runs.a.stderr).toMatch(/skipped .*photo\.png: not an article file/);
    expect(runs.a.stderr).toMatch(/made 5, skipped 1, failed 0/);
    expect(runs.a.stderr).not.toMatch(STACK_LINE);
  });

  it('gives each article a safe folder; collisions get -2, -3', () => {
    const folders = [
      ...new Set(
        listTree(outs.a)
          .filter((f) => f.includes('/'))
          .map((f) => f.split('/')[0]),
      ),
    ];
    expect(folders.sort()).toEqual(['iraq-talks', 'library', 'library-2', 'stdin', 'us-iraq-talks']);
    expect(listTree(path.join(outs.a, 'library'))).toEqual([
      'worksheet-B.html',
      'worksheet-B.json',
      'worksheet-B.md',
      'worksheet.html',
      'worksheet.json',
      'worksheet.md',
    ]);
  });

  it('writes an RTL index linking every worksheet with its title, level and versions', () => {
    const index = readFileSync(path.join(outs.a, 'index.html'), 'utf8');
    expect(index).toMatch(/<html lang="ar" dir="rtl">/);
    expect(index).toContain('href="library-2/worksheet-B.html"');
    expect(index).toContain('href="iraq-talks/worksheet.html"');
    expect(index).toContain('مكتبة عامة جديدة');
    expect(index.match(/<tr><td>/g)).toHaveLength(5);
    expect(index).not.toMatch(/<script|<link|https?:/);
  });

  it('gives byte-identical output across two runs and across --jobs 1 and --jobs 2', () => {
    const a = snapshot(outs.a);
    expect(Object.keys(a).length).toBe(5 * 6 + 1);
    expect(snapshot(outs.b)).toEqual(a);
    expect(snapshot(outs.c)).toEqual(a);
  });

  it('reuses an existing output folder, replacing files whole and leaving no temporary file', () => {
    const out = outs.a;
    writeFileSync(path.join(out, 'library', 'worksheet.html'), 'stale');
    writeFileSync(path.join(out, 'notes-of-the-teacher.txt'), 'kept');
    const again = runCli(['generate', path.join(unit, 'library.txt'), '--out', out, ...SHEET_OPTIONS]);
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(path.join(out, 'library', 'worksheet.html'), 'utf8')).toBe(
      Buffer.from(snapshot(outs.b)['library/worksheet.html'] ?? '', 'base64').toString(),
    );
    expect(readFileSync(path.join(out, 'notes-of-the-teacher.txt'), 'utf8')).toBe('kept');
    expect(listTree(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('the config file', () => {
  const dir = path.join(tmp, 'config');
  beforeAll(() => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'waraqa.config.json'),
      JSON.stringify({ level: 1, versions: 2, formats: ['json'], out: 'sheets', items: { cloze: 3 }, seed: 5 }),
    );
  });

  it('is read from the working folder; paths in it are relative to it', () => {
    const run = runCli(['generate', path.join(BAD, 'article-utf8.txt')], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(listTree(path.join(dir, 'sheets'))).toEqual(['article-utf8/worksheet-B.json', 'article-utf8/worksheet.json', 'index.html']);
    const ws = JSON.parse(readFileSync(path.join(dir, 'sheets/article-utf8/worksheet.json'), 'utf8'));
    expect(ws.meta.level).toBe(1);
    expect(ws.meta.seed).toBe('5');
    const cloze = ws.sections.find((s: { kind: string }) => s.kind === 'cloze');
    if (cloze) expect(cloze.gaps.length).toBeLessThanOrEqual(3);
  });

  it('is overridden by flags', () => {
    const out = path.join(dir, 'flags');
    const run = runCli(
      ['generate', path.join(BAD, 'article-utf8.txt'), '--out', out, '--level', '3', '--versions', '1', '--format', 'html'],
      { cwd: dir },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(listTree(out)).toEqual(['article-utf8/worksheet.html', 'index.html']);
  });

  it('names the key and the allowed values when a value is wrong', () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ digits: 'roman', versions: 0, colour: 'red' }));
    const run = runCli(['generate', path.join(BAD, 'article-utf8.txt'), '--config', bad, '--out', path.join(dir, 'never')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/"digits" is "roman"; allowed: arabic, latin/);
    expect(run.stderr).toMatch(/"versions" is 0; allowed: a whole number from 1 to 26/);
    expect(run.stderr).toMatch(/unknown key "colour" \(allowed keys: .*level/);
    expect(listTree(path.join(dir, 'never'))).toEqual([]);
  });
});

const CHROME =
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p)) ?? process.env.CHROME_PATH;

describe.skipIf(!CHROME)('PDF in a batch', () => {
  if (!CHROME) console.warn('batch: no Chromium found (set CHROME_PATH); skipping the PDF batch test');

  it('prints every version of every article through one browser, with workers rendering', () => {
    const out = path.join(tmp, 'pdf');
    const run = runCli([
      'generate',
      path.join(unit, 'library.txt'),
      SAMPLE,
      '--out',
      out,
      '--format',
      'pdf',
      '--versions',
      '2',
      '--jobs',
      '2',
      '--seed',
      '3',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(listTree(out)).toEqual([
      'index.html',
      'library/worksheet-B.pdf',
      'library/worksheet.pdf',
      'us-iraq-talks/worksheet-B.pdf',
      'us-iraq-talks/worksheet.pdf',
    ]);
    for (const file of listTree(out).filter((f) => f.endsWith('.pdf'))) {
      expect(readFileSync(path.join(out, file)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('href="library/worksheet-B.pdf"');
  });
});

describe('an interrupted batch', () => {
  it('stops with 130 and leaves no temporary file', async () => {
    const dir = path.join(tmp, 'interrupt');
    mkdirSync(dir, { recursive: true });
    // Long enough that the run is still going when the signal arrives, even on a busy machine.
    for (let i = 0; i < 60; i++) copyFileSync(SAMPLE, path.join(dir, `a${i}.txt`));
    const out = path.join(tmp, 'interrupt-out');
    const child = spawn('node', [CLI, 'generate', dir, '--out', out, '--jobs', '1', '--format', 'html,json,md,txt'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    const code = await new Promise<number | null>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (!child.killed && /\[\s*2\/60\]/.test(stderr)) child.kill('SIGINT');
      });
      child.on('exit', (c) => resolve(c));
    });
    expect(code, stderr).toBe(130);
    expect(stderr).toMatch(/interrupted/);
    expect(stderr).not.toMatch(STACK_LINE);
    const files = listTree(out);
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('progress', () => {
  it('draws a bar on a terminal', () => {
    if (!existsSync('/usr/bin/script')) {
      console.warn('batch: no `script` command to fake a terminal; skipping the progress-bar check');
      return;
    }
    const out = path.join(tmp, 'tty');
    const command = `node ${JSON.stringify(CLI)} generate ${JSON.stringify(path.join(unit, 'library.txt'))} ${JSON.stringify(SAMPLE)} --out ${JSON.stringify(out)} --jobs 1`;
    const run = spawnSync('/usr/bin/script', ['-qec', command, '/dev/null'], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/waraqa \[[█░]+\] [012]\/2/);
    expect(run.stdout).not.toMatch(/\[1\/2\] made/);
    expect(run.stdout).toMatch(/made 2, skipped 0, failed 0/);
  });

  it('prints plain lines when not on a terminal, and neither lines nor summary with --quiet', () => {
    const out = path.join(tmp, 'quiet');
    const plain = runCli(['generate', path.join(unit, 'library.txt'), SAMPLE, '--out', out, '--jobs', '1']);
    expect(plain.stderr).toMatch(/^\[1\/2\] made .*library\.txt$/m);
    expect(plain.stderr).toMatch(/^\[2\/2\] made .*us-iraq-talks\.txt$/m);
    const quiet = runCli(['generate', path.join(unit, 'library.txt'), SAMPLE, '--out', out, '--jobs', '1', '--quiet']);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).not.toMatch(/\[\d\/2\]|made 2/);
    expect(quiet.stdout).toBe('');
  });
});
