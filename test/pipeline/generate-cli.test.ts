/**
 * End to end through the built CLI (npm test builds first): the sample article becomes a worksheet,
 * the same seed gives byte-identical files and another seed another selection.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'dist/bin/main.js');
const sample = path.join(root, 'articles/us-iraq-talks.txt');
const tmp = mkdtempSync(path.join(tmpdir(), 'waraqa-e2e-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function generate(out: string, ...args: string[]): { html: string; json: string } {
  execFileSync('node', [cli, 'generate', sample, '--out', out, '--quiet', ...args], { encoding: 'utf8' });
  const dir = path.join(out, 'us-iraq-talks');
  return { html: readFileSync(path.join(dir, 'worksheet.html'), 'utf8'), json: readFileSync(path.join(dir, 'worksheet.json'), 'utf8') };
}

describe('waraqa generate on the sample article', () => {
  const first = generate(path.join(tmp, 'a'), '--seed', '7');

  it('writes a right-to-left Arabic HTML page with an answer key', () => {
    expect(first.html).toMatch(/<html[^>]*dir="rtl"[^>]*lang="ar"|<html[^>]*lang="ar"[^>]*dir="rtl"/);
    expect(first.html).toContain('مفتاح الإجابة');
    expect(first.html).not.toMatch(/<link[^>]+href="https?:|<script[^>]+src=/);
  });

  it('writes the worksheet as JSON with its sections and key', () => {
    const ws = JSON.parse(first.json);
    expect(ws.meta.seed).toBe('7');
    expect(ws.sections.map((s: { kind: string }) => s.kind)).toEqual(expect.arrayContaining(['cloze', 'multipleChoice']));
    expect(ws.answerKey.length).toBeGreaterThan(8);
  });

  it('gives byte-identical files for the same seed', () => {
    const again = generate(path.join(tmp, 'b'), '--seed', '7');
    expect(again.html).toBe(first.html);
    expect(again.json).toBe(first.json);
  });

  it('gives another selection for another seed', () => {
    const other = generate(path.join(tmp, 'c'), '--seed', '8');
    expect(JSON.parse(other.json).answerKey).not.toEqual(JSON.parse(first.json).answerKey);
  });

  it('derives the default seed from the content, so a rerun gives the same sheet', () => {
    const x = generate(path.join(tmp, 'd'));
    const y = generate(path.join(tmp, 'e'));
    expect(x.json).toBe(y.json);
  });
});
