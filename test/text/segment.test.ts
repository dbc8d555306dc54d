/** segment(): offsets into Text.text, sentences within paragraphs, tokens within sentences. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphTokens } from '../../src/text/paragraph-tokens.js';
import { PARAGRAPH_SEPARATOR, segment } from '../../src/text/segment.js';
import type { Article } from '../../src/types.js';

const article = (paragraphs: readonly string[]): Article => ({
  paragraphs,
  source: { path: 'test', encoding: 'utf-8', format: 'text', bytes: 0 },
  removed: [],
});

describe('segment', () => {
  const text = segment(
    article(['وقال الوزير: «لن نتراجع». وأضاف أن الحكومة ستدرس الرسالة.', 'نشرت 2,500 جندي في 15:07:19 قرب بغداد؟ نعم.']),
  );

  it('joins the paragraphs with the separator and points into the joined text', () => {
    expect(text.text.split(PARAGRAPH_SEPARATOR)).toEqual(text.article.paragraphs);
    for (const p of text.paragraphs) expect(text.text.slice(p.start, p.end)).toBe(p.text);
  });

  it('finds the sentences of each paragraph, numbered across the article', () => {
    expect(text.sentences.map((s) => [s.id, s.paragraph, s.text])).toEqual([
      [0, 0, 'وقال الوزير: «لن نتراجع».'],
      [1, 0, 'وأضاف أن الحكومة ستدرس الرسالة.'],
      [2, 1, 'نشرت 2,500 جندي في 15:07:19 قرب بغداد؟'],
      [3, 1, 'نعم.'],
    ]);
  });

  it('gives each sentence the tokens that cover it exactly, analysed', () => {
    for (const s of text.sentences) {
      expect(s.tokens.map((t) => t.text).join('')).toBe(s.text);
      for (const t of s.tokens) expect(text.text.slice(t.start, t.end)).toBe(t.text);
    }
    const wazir = text.sentences[0]?.tokens.find((t) => t.text === 'الوزير');
    expect(wazir).toMatchObject({ kind: 'word', key: 'الوزير', prefixes: ['ال'], stem: 'وزير', suffixes: [], isStopWord: false });
    expect(text.sentences[2]?.tokens.filter((t) => t.kind === 'number').map((t) => t.text)).toEqual(['2,500', '15:07:19']);
  });

  it('lets the article settle an ambiguous و: وزير groups with الوزير, not with زير', () => {
    const stems = (paragraphs: string[]) =>
      new Map(
        segment(article(paragraphs)).sentences.flatMap((s) => s.tokens.filter((t) => t.kind === 'word').map((t) => [t.text, t.stem])),
      );
    expect(stems(['قال وزير الخارجية.']).get('وزير')).toBe('زير');
    const both = stems(['قال وزير الخارجية.', 'وأضاف الوزير أن الوفد وصل.']);
    expect(both.get('وزير')).toBe('وزير');
    expect(both.get('الوزير')).toBe('وزير');
    expect(both.get('وأضاف')).toBe('اضاف');
  });

  it('gives every paragraph its tokens, the spaces between sentences included', () => {
    const lists = paragraphTokens(text);
    expect(lists.map((tokens) => tokens.map((t) => t.text).join(''))).toEqual(text.article.paragraphs);
    expect(lists[0]?.find((t) => t.text === 'الوزير')?.stem).toBe('وزير');
  });

  it('never throws, and keeps every offset in order and inside the text', () => {
    const unit = fc.constantFrom(...'ابتوالة «»"().؟!…،؛ 12,.:٣ \n'.split(''));
    const paragraphs = fc.array(fc.oneof(fc.string({ unit, maxLength: 120 }), fc.string({ maxLength: 60 })), { maxLength: 5 });
    fc.assert(
      fc.property(paragraphs, (ps) => {
        const t = segment(article(ps));
        let at = 0;
        for (const s of t.sentences) {
          expect(s.start).toBeGreaterThanOrEqual(at);
          expect(s.end).toBeLessThanOrEqual(t.text.length);
          expect(t.text.slice(s.start, s.end)).toBe(s.text);
          let tokenAt = s.start;
          for (const token of s.tokens) {
            expect(token.start).toBe(tokenAt);
            tokenAt = token.end;
          }
          expect(tokenAt).toBe(s.end);
          at = s.end;
        }
        paragraphTokens(t).forEach((tokens, i) => {
          expect(tokens.map((token) => token.text).join('')).toBe(ps[i]);
        });
      }),
      { numRuns: 1000 },
    );
  });
});
