/**
 * Every input error of `waraqa clean`, through the built CLI (`npm test` builds first): the exit
 * code (DESIGN.md: 65 unusable input, 66 unreadable input, 2 usage) and a message that names the
 * file and says what was expected, without a stack trace. Inputs are written here into a
 * temporary folder; nothing binary is committed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, STACK_LINE } from '../cli/run-cli.js';
import { utf8 } from './encode.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'waraqa-clean-errors-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const ARABIC = 'افتتحت المدينة مكتبة عامة جديدة يوم السبت، وقال رئيس البلدية إنها مفتوحة للجميع.\n';

interface Case {
  readonly name: string;
  /** Writes the input and returns the arguments after `clean`. */
  readonly setup: (dir: string) => string[];
  readonly code: number;
  readonly says: readonly RegExp[];
  readonly stdin?: Uint8Array;
}

const file = (name: string, bytes: Uint8Array | string) => (dir: string) => {
  writeFileSync(path.join(dir, name), bytes);
  return [path.join(dir, name)];
};

const CASES: readonly Case[] = [
  {
    name: 'a missing file',
    setup: (dir) => [path.join(dir, 'nope.txt')],
    code: 66,
    says: [/nope\.txt: no such file or folder; expected an article file/],
  },
  {
    name: 'a folder with no articles',
    setup: (dir) => {
      mkdirSync(path.join(dir, 'photos'));
      writeFileSync(path.join(dir, 'photos', 'a.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
      return [path.join(dir, 'photos')];
    },
    code: 66,
    says: [/photos: the folder holds no articles; expected \.txt, \.md or \.html files/],
  },
  { name: 'an empty file', setup: file('empty.txt', ''), code: 65, says: [/empty\.txt: the file is empty; expected an Arabic article/] },
  {
    name: 'white space only',
    setup: file('blank.txt', ' \n\t\n  \r\n'),
    code: 65,
    says: [/blank\.txt: .*no text, only white space; expected/],
  },
  { name: 'a BOM only', setup: file('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf])), code: 65, says: [/bom\.txt: .*no text/] },
  {
    name: 'NUL bytes that are not UTF-16',
    setup: file(
      'data.txt',
      Uint8Array.from({ length: 512 }, (_, i) => (i * 7) % 256),
    ),
    code: 65,
    says: [/data\.txt: holds NUL bytes that are not UTF-16 text; it looks like a binary file; expected an Arabic article/],
  },
  {
    name: 'PNG bytes',
    setup: file('scan.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48])),
    code: 65,
    says: [/scan\.txt: this is a PNG image, not text; expected/],
  },
  {
    name: 'PDF bytes',
    setup: file('article.txt', utf8('%PDF-1.4\n1 0 obj << /Type /Catalog >>\n')),
    code: 65,
    says: [/article\.txt: this is a PDF document, not text/],
  },
  {
    name: 'ZIP bytes (a .docx)',
    setup: file('article.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0])),
    code: 65,
    says: [/article\.docx: this is a ZIP archive \(or a \.docx/],
  },
  {
    name: 'GIF bytes',
    setup: file('pic.html', utf8('GIF89a\u0001\u0000\u0001\u0000')),
    code: 65,
    says: [/pic\.html: this is a GIF image, not text/],
  },
  {
    name: 'JPEG bytes',
    setup: file('photo.txt', new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0, 0x18, 0x45, 0x78])),
    code: 65,
    says: [/photo\.txt: this is a JPEG image, not text/],
  },
  {
    name: 'text that is not Arabic',
    setup: file('english.txt', 'The city opened a new public library on Saturday. The mayor said it is open to everyone.\n'),
    code: 65,
    says: [/english\.txt: only 0% of its letters are Arabic; expected an Arabic article \(at least 50% Arabic letters\)/],
  },
  {
    name: 'over the default size limit (5 MB)',
    setup: file('huge.txt', ARABIC.repeat(Math.ceil((5 * 1024 * 1024 + 10) / Buffer.byteLength(ARABIC)))),
    code: 65,
    says: [/huge\.txt: the file is 5(\.0)? MB \(\d+ bytes\); the limit is 5 MB \(5242880 bytes\)/, /--max-bytes/],
  },
  {
    name: 'over a --max-bytes limit',
    setup: (dir) => [...file('small.txt', ARABIC.repeat(20))(dir), '--max-bytes', '1000'],
    code: 65,
    says: [/small\.txt: the file is [\d.]+ KB \(\d+ bytes\); the limit is 1000 bytes \(1000 bytes\)/],
  },
  {
    name: 'over a --max-bytes limit on standard input',
    setup: () => ['-', '--max-bytes', '500'],
    stdin: utf8(ARABIC.repeat(20)),
    code: 65,
    says: [/-: standard input brought more than 500 bytes \(\d+ bytes before waraqa stopped reading\); the limit is 500 bytes/],
  },
  {
    name: 'a bad --max-bytes value',
    setup: (dir) => [...file('ok.txt', ARABIC)(dir), '--max-bytes', '-5'],
    code: 2,
    says: [/--max-bytes must be a positive whole number/],
  },
  {
    name: 'UTF-8 with broken sequences',
    setup: file('cut.txt', new Uint8Array([...utf8('نص عربي سليم'), 0xd9, 0x20, ...utf8(' ثم يتابع النص بشكل عادي.')])),
    code: 65,
    says: [/cut\.txt: is UTF-8 text with 1 broken byte sequence \(the first at byte 22\); expected valid UTF-8/],
  },
  {
    name: 'bytes no encoding decodes',
    setup: file(
      'noise.txt',
      Uint8Array.from({ length: 800 }, (_, i) => 0x80 + ((i * 37) % 128)),
    ),
    code: 65,
    says: [/noise\.txt: no encoding reads these bytes as text.*windows-1256, ISO-8859-6/],
  },
  {
    name: 'HTML with only scripts',
    setup: file(
      'scripts.html',
      '<!doctype html><html><head><script>var x = 1;</script><style>p{color:red}</style></head><body><script>run()</script></body></html>',
    ),
    code: 65,
    says: [/scripts\.html: the web page holds no article text \(only markup, scripts or styles\)/],
  },
];

describe('waraqa clean on bad input', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const dir = path.join(tmp, c.name.replace(/[^a-z0-9]+/gi, '-'));
      mkdirSync(dir, { recursive: true });
      const result = runCli(['clean', ...c.setup(dir)], c.stdin === undefined ? {} : { input: c.stdin });
      const context = `stderr:\n${result.stderr}`;
      expect(result.code, context).toBe(c.code);
      for (const pattern of c.says) expect(result.stderr, context).toMatch(pattern);
      expect(result.stderr).not.toMatch(STACK_LINE);
      expect(result.stdout).toBe('');
    });
  }
});

describe('waraqa clean on a batch with bad inputs', () => {
  it('cleans the good ones, warns about each bad one, and exits with the first failure’s code', () => {
    const dir = path.join(tmp, 'batch');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'good.txt'), ARABIC);
    writeFileSync(path.join(dir, 'empty.txt'), '');
    const result = runCli(['clean', path.join(dir, 'missing.txt'), path.join(dir, 'good.txt'), path.join(dir, 'empty.txt'), '--json']);
    expect(result.code, result.stderr).toBe(66);
    expect(result.stderr).toMatch(/warning: .*missing\.txt: no such file or folder/);
    expect(result.stderr).toMatch(/warning: .*empty\.txt: the file is empty/);
    expect(result.stderr).toMatch(/2 inputs could not be cleaned/);
    const records = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records.map((r) => path.basename(r.input))).toEqual(['good.txt']);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });
});
