/**
 * Lines → blocks: one block per line for pasted pages, and hard-wrapped text (from a PDF or an
 * e-mail) joined back into its paragraphs — checked on the sample body wrapped at several widths.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticle } from '../../src/load/load-article.js';
import { splitLines } from '../../src/load/split-lines.js';
import { utf8 } from './encode.js';

/** Wraps `text` at `width` characters, breaking at spaces, as a mail client or a PDF copy does. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line.length > 0 && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line.length > 0 ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join('\n');
}

describe('splitLines', () => {
  it('gives one block per non-empty line of a pasted page', () => {
    const text = 'عنوان الخبر\nآخر تحديث 10:00\n\nالقاهرة - أحمد علي\n\nقال الوزير إن الخطة جاهزة.';
    expect(splitLines(text).map((b) => b.text)).toEqual([
      'عنوان الخبر',
      'آخر تحديث 10:00',
      'القاهرة - أحمد علي',
      'قال الوزير إن الخطة جاهزة.',
    ]);
  });

  it('keeps short lines of different lengths apart even in one group', () => {
    const text = 'واشنطن وبغداد بصدد بدء محادثات إنهاء الوجود العسكري الأميركي في العراق\nآخر تحديث 15:07:19 بتوقيت أبوظبي\nصوت الإمارات -';
    expect(splitLines(text)).toHaveLength(3);
  });
});

const GOLD = path.resolve(import.meta.dirname, '../../../shared/data/gold/seed-article.json');

describe.skipIf(!existsSync(GOLD))('hard-wrapped text', () => {
  const gold = existsSync(GOLD)
    ? (JSON.parse(readFileSync(GOLD, 'utf8')) as { title: string; paragraphs: string[] })
    : { title: '', paragraphs: [] };
  for (const width of [60, 72, 100]) {
    it(`joins the sample body wrapped at ${width} columns, with blank lines between paragraphs`, () => {
      const text = `${gold.title}\n\n${gold.paragraphs.map((p) => wrap(p, width)).join('\n\n')}\n`;
      const article = loadArticle(utf8(text), 'wrapped.txt', { maxBytes: 1e6 });
      expect(article.title).toBe(gold.title);
      expect(article.paragraphs).toEqual(gold.paragraphs);
    });
  }
  it('joins it without blank lines too, ending paragraphs at short lines', () => {
    const text = `${gold.title}\n\n${gold.paragraphs.map((p) => wrap(p, 72)).join('\n')}\n`;
    const article = loadArticle(utf8(text), 'wrapped.txt', { maxBytes: 1e6 });
    const joined = article.paragraphs.join(' ');
    expect(joined).toBe(gold.paragraphs.join(' '));
    expect(article.paragraphs.length).toBeGreaterThanOrEqual(gold.paragraphs.length - 6);
  });
});
