/**
 * `waraqa clean` through the built CLI (`npm test` builds first): readable output, JSON Lines
 * with the source's encoding and format, --explain in both forms, folders and standard input.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, SAMPLE } from '../cli/run-cli.js';
import { encodeUtf16, singleByteEncoder } from './encode.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'waraqa-clean-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const sample = readFileSync(SAMPLE, 'utf8');
const PAGES = path.resolve(import.meta.dirname, '../fixtures/load/pages');

describe('waraqa clean', () => {
  it('prints the title, the byline and the paragraphs', () => {
    const run = runCli(['clean', SAMPLE]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('# واشنطن وبغداد بصدد بدء محادثات إنهاء الوجود العسكري الأميركي في العراق');
    expect(lines[1]).toBe('واشنطن - محمد صالح');
    expect(run.stdout.split('\n\n')).toHaveLength(20);
    expect(run.stdout).not.toContain('قد يهمك');
    expect(run.stdout).not.toContain('removed');
  });

  it('--json prints one object per input per line, with the source', () => {
    const file = path.join(tmp, 'sample-1256.txt');
    writeFileSync(file, singleByteEncoder('windows-1256')(sample));
    const run = runCli(['clean', SAMPLE, file, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const records = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records).toHaveLength(2);
    expect(Object.keys(records[0])).toEqual(['input', 'title', 'byline', 'paragraphs', 'source']);
    expect(records[0].source).toEqual({ encoding: 'utf-8', format: 'text', bytes: Buffer.byteLength(sample) });
    expect(records[1].source.encoding).toBe('windows-1256');
    expect(records[1].paragraphs).toEqual(records[0].paragraphs);
    expect(records[0].byline).toEqual({ place: 'واشنطن', author: 'محمد صالح' });
  });

  it('--json --explain adds what was removed, with reasons', () => {
    const run = runCli(['clean', SAMPLE, '--json', '--explain']);
    const record = JSON.parse(run.stdout);
    const reasons = record.removed.map((r: { reason: string }) => r.reason);
    expect(reasons).toEqual(expect.arrayContaining(['timestamp', 'repeated-title', 'read-also', 'form-field', 'terms', 'copyright']));
    expect(record.removed.find((r: { text: string }) => r.text.startsWith('قد يهمك'))?.reason).toBe('read-also');
  });

  it('--explain without --json lists removed lines after the article', () => {
    const run = runCli(['clean', SAMPLE, '--explain']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/-- removed \(\d+\) --/);
    expect(run.stdout).toMatch(/^\[timestamp\] آخر تحديث 15:07:19 بتوقيت أبوظبي$/m);
    expect(run.stdout).toMatch(/^\[copyright\] جميع الحقوق محفوظة/m);
  });

  it('reads a folder (text and HTML files) and marks each input', () => {
    const dir = path.join(tmp, 'folder');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'b.html'), readFileSync(path.join(PAGES, 'gulf-daily.html')));
    writeFileSync(path.join(dir, 'a.txt'), encodeUtf16(sample, 'le', true));
    writeFileSync(path.join(dir, 'notes.png'), new Uint8Array([0x89, 0x50]));
    const run = runCli(['clean', dir, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const records = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records.map((r) => path.basename(r.input))).toEqual(['a.txt', 'b.html']);
    expect(records.map((r) => `${r.source.encoding}/${r.source.format}`)).toEqual(['utf-16le/text', 'utf-8/html']);
    const text = runCli(['clean', dir]);
    expect(text.stdout).toMatch(/^==> .*a\.txt <==$/m);
    expect(text.stdout).toMatch(/^==> .*b\.html <==$/m);
  });

  it('reads standard input, HTML included', () => {
    const run = runCli(['clean', '-', '--json'], { input: readFileSync(path.join(PAGES, 'egypt-portal.html')) });
    expect(run.code, run.stderr).toBe(0);
    const record = JSON.parse(run.stdout);
    expect(record.input).toBe('-');
    expect(record.source.format).toBe('html');
    expect(record.title).toBe('وزارة التموين: توريد 3.2 مليون طن من القمح المحلي منذ بداية الموسم');
  });

  it('--explain on a web page also lists what readability left out, but not the headline or byline', () => {
    const run = runCli(['clean', path.join(PAGES, 'gulf-daily.html'), '--json', '--explain']);
    const record = JSON.parse(run.stdout);
    const reasons = new Map(record.removed.map((r: { text: string; reason: string }) => [r.text, r.reason]));
    expect(reasons.get('الأكثر قراءة')).toBe('read-also');
    expect(reasons.get('رسوم جديدة على تأشيرات الزيارة بدءا من الشهر المقبل')).toBe('outside-article');
    expect(reasons.get('© 2025 جميع الحقوق محفوظة لصحيفة الساحل')).toBe('copyright');
    const outside = record.removed.map((r: { text: string }) => r.text);
    expect(outside).not.toContain(record.title);
    expect(outside).not.toContain('أبوظبي - سارة الكعبي');
  });

  it('has help with examples', () => {
    const run = runCli(['clean', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/--explain/);
    expect(run.stdout).toMatch(/--max-bytes/);
    expect(run.stdout).toMatch(/Examples:/);
  });
});
