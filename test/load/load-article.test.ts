/**
 * loadArticle's own refusals (each a WaraqaError with its code and a message naming the file and
 * saying what was expected), and a fuzz property: no input makes it throw anything else.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ErrorCode, WaraqaError } from '../../src/errors.js';
import { loadArticle } from '../../src/load/load-article.js';
import { utf8 } from './encode.js';

const OPTIONS = { maxBytes: 5 * 1024 * 1024 };

function refusal(bytes: Uint8Array, path: string, options = OPTIONS): WaraqaError {
  try {
    loadArticle(bytes, path, options);
  } catch (error) {
    if (error instanceof WaraqaError) return error;
    throw error;
  }
  throw new Error(`${path} was accepted`);
}

const CASES: readonly { name: string; bytes: Uint8Array; path: string; code: ErrorCode; says: RegExp; maxBytes?: number }[] = [
  { name: 'empty', bytes: new Uint8Array(), path: 'a.txt', code: 'empty', says: /^a\.txt: the file is empty; expected an Arabic article/ },
  {
    name: 'white space only',
    bytes: utf8(' \n\t\r\n \u00A0'),
    path: 'w.txt',
    code: 'empty',
    says: /^w\.txt: .*no text, only white space; expected/,
  },
  { name: 'a BOM only', bytes: new Uint8Array([0xef, 0xbb, 0xbf]), path: 'b.txt', code: 'empty', says: /^b\.txt: .*no text/ },
  { name: 'zero-width characters only', bytes: utf8('\u200B\u200F\u200C'), path: 'z.txt', code: 'empty', says: /^z\.txt: .*no text/ },
  {
    name: 'HTML with only scripts and styles',
    bytes: utf8('<html><head><style>p{}</style><script>var a = "نص";</script></head><body><script>go()</script></body></html>'),
    path: 's.html',
    code: 'empty',
    says: /^s\.html: the web page holds no article text/,
  },
  {
    name: 'English text',
    bytes: utf8('This is an English article about the weather, not an Arabic one.'),
    path: 'e.txt',
    code: 'not-arabic',
    says: /^e\.txt: only 0% of its letters are Arabic; expected an Arabic article/,
  },
  {
    name: 'mostly French with some Arabic',
    bytes: utf8('Le marché de la ville ouvre demain matin à huit heures. سوق المدينة'),
    path: 'f.txt',
    code: 'not-arabic',
    says: /only 19% of its letters are Arabic/,
  },
  {
    name: 'digits and symbols only',
    bytes: utf8('12345 !!! 678 --- ***'),
    path: 'd.txt',
    code: 'not-arabic',
    says: /holds no letters at all/,
  },
  {
    name: 'over the size limit',
    bytes: utf8('نص '.repeat(100)),
    path: 'big.txt',
    code: 'too-large',
    says: /^big\.txt: the file is 500 bytes \(500 bytes\); the limit is 100 bytes/,
    maxBytes: 100,
  },
];

describe('loadArticle refuses', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const error = refusal(c.bytes, c.path, { maxBytes: c.maxBytes ?? OPTIONS.maxBytes });
      expect(error.code).toBe(c.code);
      expect(error.message).toMatch(c.says);
    });
  }

  it('names the default limit in MB', () => {
    const error = refusal(new Uint8Array(OPTIONS.maxBytes + 1), 'huge.txt');
    expect(error.message).toMatch(/the limit is 5 MB \(5242880 bytes\)/);
  });
});

describe('loadArticle accepts', () => {
  it('a single short Arabic sentence', () => {
    const article = loadArticle(utf8('الشمس مشرقة.'), 'one.txt', OPTIONS);
    expect(article.paragraphs).toEqual(['الشمس مشرقة.']);
  });

  it('content that starts like HTML from standard input', () => {
    const article = loadArticle(utf8('<p>ذهب الطلاب إلى المكتبة صباح اليوم لقراءة الكتب الجديدة.</p>'), '-', OPTIONS);
    expect(article.source.format).toBe('html');
    expect(article.paragraphs).toEqual(['ذهب الطلاب إلى المكتبة صباح اليوم لقراءة الكتب الجديدة.']);
  });
});

describe('loadArticle on junk', () => {
  const junk = fc.oneof(
    fc.uint8Array({ maxLength: 300 }),
    fc.string({ maxLength: 300 }).map(utf8),
    fc.string({ unit: fc.constantFrom(...'ابت ثج\n.<>/p!«»-*©:0123ﻻ\u200F\u0640'.split('')), maxLength: 200 }).map(utf8),
  );

  it('either returns an article or throws a WaraqaError', () => {
    fc.assert(
      fc.property(junk, fc.constantFrom('x.txt', 'x.html', '-'), (bytes, path) => {
        try {
          const article = loadArticle(bytes, path, OPTIONS);
          return article.paragraphs.length > 0;
        } catch (error) {
          return error instanceof WaraqaError;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('loadArticle on Markdown', () => {
  it('reads the headline and the text without the marks', () => {
    const md = [
      '# مكتبة جديدة في وسط المدينة',
      '',
      'افتتحت البلدية **مكتبة عامة** جديدة صباح السبت، وقال رئيسها إنها [مفتوحة للجميع](https://example.org/news) طوال الأسبوع.',
      '',
      '> وأضاف أن المكتبة تضم عشرين ألف كتاب باللغتين العربية والإنجليزية، إلى جانب قاعة للأطفال.',
      '',
      '![صورة المكتبة](library.jpg)',
    ].join('\n');
    const article = loadArticle(utf8(md), 'library.md', OPTIONS);
    expect(article.title).toBe('مكتبة جديدة في وسط المدينة');
    expect(article.paragraphs).toEqual([
      'افتتحت البلدية مكتبة عامة جديدة صباح السبت، وقال رئيسها إنها مفتوحة للجميع طوال الأسبوع.',
      'وأضاف أن المكتبة تضم عشرين ألف كتاب باللغتين العربية والإنجليزية، إلى جانب قاعة للأطفال.',
    ]);
  });
});

describe('loadArticle on a web page', () => {
  const body = [
    'افتتحت البلدية مكتبة عامة جديدة صباح السبت في وسط المدينة، بحضور عدد من المسؤولين والكتاب والطلبة.',
    'وقال رئيس البلدية إن المكتبة تضم عشرين ألف كتاب باللغتين العربية والإنجليزية، إلى جانب قاعة مخصصة للأطفال.',
    'وأضاف أن المكتبة ستفتح أبوابها يوميا من التاسعة صباحا حتى التاسعة مساء، والدخول إليها مجاني للجميع.',
  ];
  it('takes the headline from og:title when the only <h1> is the site logo', () => {
    const html = `<html><head><meta property="og:title" content="مكتبة عامة جديدة في وسط المدينة"></head><body><header><h1><a href="/">الوطن</a></h1></header><article><h2>مكتبة عامة جديدة في وسط المدينة</h2>${body.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const article = loadArticle(utf8(html), 'library.html', OPTIONS);
    expect(article.title).toBe('مكتبة عامة جديدة في وسط المدينة');
    expect(article.paragraphs).toEqual(body);
  });
});
