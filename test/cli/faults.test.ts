/**
 * The bad-input corpus, end to end through the built CLI: every case checks the exit code, the
 * message (it names the file and says what was expected), that no stack trace is printed and
 * that no partial or temporary file is left. Small fixtures live in test/fixtures/bad; the big
 * ones (6 MB, a 1 MB single line) and random bytes are generated here into a temporary folder.
 */
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BAD, canDropPrivileges, listTree, type Run, type RunOptions, runCli, STACK_LINE } from './run-cli.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'waraqa-faults-'));
chmodSync(tmp, 0o755);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const ARTICLE = readFileSync(path.join(BAD, 'article-utf8.txt'), 'utf8');
const NOBODY = 65534;

/** Bytes from a small seeded generator (xorshift), so the "random" file is the same every run. */
function randomBytes(length: number, seed = 0x9e3779b9): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

interface Case {
  readonly name: string;
  /** Prepares inputs in `dir` and returns the CLI arguments before `--out`. */
  readonly setup: (dir: string) => string[];
  readonly code: number;
  /** Every pattern must match stderr. */
  readonly says: readonly RegExp[];
  /** Article folders expected under the output folder afterwards. */
  readonly made?: readonly string[];
  readonly run?: RunOptions;
  /** Extra arguments after `--out`. */
  readonly extra?: readonly string[];
  /** Where the output goes, when not `<dir>/out`. */
  readonly out?: (dir: string) => string;
  /** Skip with this message when the case cannot be set up here. */
  readonly skip?: () => string | undefined;
  readonly maxMs?: number;
}

const fixture = (name: string) => () => [path.join(BAD, name)];
const noPrivilegeDrop = () =>
  process.getuid?.() === 0 && !canDropPrivileges() ? 'runs as root without setpriv: permissions cannot be tested here' : undefined;

const CASES: readonly Case[] = [
  { name: 'empty file', setup: fixture('empty.txt'), code: 65, says: [/empty\.txt/, /no text|empty/i] },
  { name: 'whitespace only', setup: fixture('whitespace.txt'), code: 65, says: [/whitespace\.txt/, /no text|empty/i] },
  { name: 'a BOM only', setup: fixture('bom-only.txt'), code: 65, says: [/bom-only\.txt/, /no text|empty/i] },
  { name: 'PNG bytes', setup: fixture('image.png.txt'), code: 65, says: [/image\.png\.txt/, /PNG|image|binary/i] },
  { name: 'PDF bytes', setup: fixture('document.pdf.txt'), code: 65, says: [/document\.pdf\.txt/, /PDF/] },
  {
    name: 'random bytes',
    setup: (dir) => {
      writeFileSync(path.join(dir, 'noise.txt'), randomBytes(4096));
      return [path.join(dir, 'noise.txt')];
    },
    code: 65,
    says: [/noise\.txt/, /binary|not text|encoding|decode|not.*Arabic/i],
  },
  { name: 'invalid UTF-8', setup: fixture('invalid-utf8.txt'), code: 65, says: [/invalid-utf8\.txt/, /UTF-8|encoding|decode/i] },
  {
    name: 'windows-1256 (succeeds)',
    setup: fixture('windows-1256.txt'),
    code: 0,
    says: [/made 1, skipped 0, failed 0/],
    made: ['windows-1256'],
  },
  { name: 'UTF-16 with a BOM (succeeds)', setup: fixture('utf16le-bom.txt'), code: 0, says: [/made 1/], made: ['utf16le-bom'] },
  { name: 'UTF-16 without a BOM (succeeds)', setup: fixture('utf16be-nobom.txt'), code: 0, says: [/made 1/], made: ['utf16be-nobom'] },
  { name: 'English-only text', setup: fixture('english.txt'), code: 65, says: [/english\.txt/, /Arabic/] },
  {
    name: 'one Arabic sentence (succeeds, and says what it left out)',
    setup: fixture('one-sentence.txt'),
    code: 0,
    says: [/warning: .*one-sentence\.txt: /, /made 1, skipped 0, failed 0/],
    made: ['one-sentence'],
  },
  {
    name: 'a 6 MB file (refused, limit named)',
    setup: (dir) => {
      const line = `${ARTICLE.split('\n')[4]}\n`;
      writeFileSync(path.join(dir, 'huge.txt'), line.repeat(Math.ceil((6 * 1024 * 1024) / Buffer.byteLength(line))));
      return [path.join(dir, 'huge.txt')];
    },
    code: 65,
    says: [/huge\.txt/, /limit/i, /5(\.0)? ?MB|5242880|5 242 880|5,242,880/],
  },
  {
    name: 'a 1 MB single line (succeeds within the budget)',
    setup: (dir) => {
      const sentences = ARTICLE.split('\n').filter((l) => l.endsWith('.'));
      let text = '';
      for (let i = 0; Buffer.byteLength(text) < 1024 * 1024; i++) text += `${sentences[i % sentences.length]} `;
      writeFileSync(path.join(dir, 'one-line.txt'), text.trim());
      return [path.join(dir, 'one-line.txt')];
    },
    code: 0,
    says: [/made 1/],
    made: ['one-line'],
    maxMs: 20_000,
  },
  {
    name: 'HTML with only scripts',
    setup: fixture('scripts-only.html'),
    code: 65,
    says: [/scripts-only\.html/, /no text|no article|empty/i],
  },
  {
    name: 'a folder with no articles',
    setup: (dir) => {
      mkdirSync(path.join(dir, 'pictures'));
      copyFileSync(path.join(BAD, 'image.png.txt'), path.join(dir, 'pictures', 'photo.png'));
      return [path.join(dir, 'pictures')];
    },
    code: 66,
    says: [/pictures/, /no articles/, /\.txt/],
  },
  {
    name: 'a file without read permission',
    skip: noPrivilegeDrop,
    setup: (dir) => {
      const file = path.join(dir, 'secret.txt');
      writeFileSync(file, ARTICLE);
      chmodSync(file, 0o000);
      chmodSync(dir, 0o777);
      return [file];
    },
    run: process.getuid?.() === 0 ? { asUser: NOBODY } : {},
    code: 66,
    says: [/secret\.txt/, /permission denied/],
  },
  {
    name: 'an output path that is a file',
    setup: (dir) => {
      writeFileSync(path.join(dir, 'taken'), 'not a folder');
      return [path.join(BAD, 'article-utf8.txt')];
    },
    out: (dir) => path.join(dir, 'taken'),
    code: 73,
    says: [/taken/, /file stands where the folder should be/, /--out/],
  },
  {
    name: 'a read-only output folder',
    skip: noPrivilegeDrop,
    setup: (dir) => {
      mkdirSync(path.join(dir, 'locked'));
      chmodSync(path.join(dir, 'locked'), 0o555);
      return [path.join(BAD, 'article-utf8.txt')];
    },
    out: (dir) => path.join(dir, 'locked'),
    run: process.getuid?.() === 0 ? { asUser: NOBODY } : {},
    code: 73,
    says: [/locked/, /permission denied/],
  },
  { name: 'an unknown flag', setup: fixture('article-utf8.txt'), extra: ['--colour', 'red'], code: 2, says: [/Unknown argument: colour/] },
  {
    name: 'a bad config value',
    setup: (dir) => {
      writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ paper: 'A5', level: 2 }));
      return [path.join(BAD, 'article-utf8.txt'), '--config', path.join(dir, 'bad.json')];
    },
    code: 2,
    says: [/bad\.json/, /"paper" is "A5"; allowed: a4, letter/],
  },
  {
    name: 'one bad file in a batch (the rest are made, exit 65)',
    setup: (dir) => {
      mkdirSync(path.join(dir, 'unit'));
      copyFileSync(path.join(BAD, 'article-utf8.txt'), path.join(dir, 'unit', 'a.txt'));
      copyFileSync(path.join(BAD, 'empty.txt'), path.join(dir, 'unit', 'b.txt'));
      copyFileSync(path.join(BAD, 'article-utf8.txt'), path.join(dir, 'unit', 'c.txt'));
      return [path.join(dir, 'unit'), path.join(dir, 'missing.txt')];
    },
    extra: ['--jobs', '2'],
    code: 65,
    says: [/b\.txt/, /missing\.txt: no such file/, /made 2, skipped 0, failed 2/],
    made: ['a', 'c'],
  },
];

describe('waraqa generate on bad input', () => {
  for (const c of CASES) {
    const why = c.skip?.();
    if (why) {
      it.skip(`${c.name} (skipped: ${why})`, () => {});
      console.warn(`faults: skipping "${c.name}": ${why}`);
      continue;
    }
    it(c.name, () => {
      const dir = path.join(tmp, c.name.replace(/[^a-z0-9]+/gi, '-'));
      mkdirSync(dir, { recursive: true });
      const inputs = c.setup(dir);
      const out = c.out?.(dir) ?? path.join(dir, 'out');
      const result: Run = runCli(['generate', ...inputs, '--out', out, ...(c.extra ?? [])], { ...c.run, timeoutMs: c.maxMs ?? 60_000 });
      const context = `stderr:\n${result.stderr}`;
      expect(result.code, context).toBe(c.code);
      for (const pattern of c.says) expect(result.stderr, context).toMatch(pattern);
      expect(result.stderr).not.toMatch(STACK_LINE);
      expect(result.stderr).not.toMatch(/internal error/);
      const files = listTree(out).filter((f) => c.out === undefined || !f.startsWith('..'));
      expect(files.filter((f) => /\.tmp$|(^|\/)\.[^/]+$/.test(f))).toEqual([]);
      const folders = [...new Set(files.filter((f) => f.includes('/')).map((f) => f.split('/')[0]))];
      expect(folders).toEqual(c.made ?? []);
      if ((c.made ?? []).length > 0) expect(files).toContain('index.html');
      if (c.maxMs !== undefined) expect(result.ms).toBeLessThan(c.maxMs);
    });
  }

  it('shows the stack trace with --debug, and only then', () => {
    const plain = runCli(['generate', path.join(BAD, 'empty.txt'), '--out', path.join(tmp, 'debug-out')]);
    const debug = runCli(['generate', path.join(BAD, 'empty.txt'), '--out', path.join(tmp, 'debug-out'), '--debug']);
    expect(plain.stderr).not.toMatch(STACK_LINE);
    expect(debug.stderr).toMatch(STACK_LINE);
    expect(debug.code).toBe(plain.code);
    // The bundle is named by its place in the package: V8 would otherwise keep the path the code
    // cache was made at (the build's staging folder, gone by now).
    expect(debug.stderr).toMatch(/\(dist\/bin\/waraqa\.cjs:\d+:\d+\)/);
    expect(debug.stderr).not.toMatch(/\.tmp\//);
  });
});
