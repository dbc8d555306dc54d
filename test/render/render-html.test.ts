/**
 * The HTML sheet, checked on a hand-made worksheet that holds every section kind
 * (fixtures/all-kinds.ts): layout, numbering, digit style, instructions, paper, large print, key.
 */
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { readTemplates, type Templates } from '../../src/io/read-templates.js';
import { type OptionsInput, resolveOptions } from '../../src/options.js';
import { renderFiles } from '../../src/render/render-files.js';
import { renderHtml } from '../../src/render/render-html.js';
import { allKinds } from './fixtures/all-kinds.js';

let templates: Templates;
beforeAll(async () => {
  templates = await readTemplates();
});

function render(input: OptionsInput = {}) {
  const html = renderHtml(allKinds(), resolveOptions(input), templates);
  const { document } = parseHTML(html);
  const all = (selector: string) => [...document.querySelectorAll(selector)].map((e) => (e.textContent ?? '').trim());
  return { html, document, all };
}

const ARABIC_INDIC = /[٠-٩]/;
const ASCII_DIGIT = /[0-9]/;

describe('HTML sheet', () => {
  it('is a right-to-left Arabic page', () => {
    const { document } = render();
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    expect(document.documentElement.getAttribute('lang')).toBe('ar');
  });

  it('needs no network: fonts inlined (arabic and latin subsets), no external URL', () => {
    const { html } = render();
    const faces = html.match(/@font-face\{[^}]*\}/g) ?? [];
    expect(faces).toHaveLength(4);
    for (const face of faces) {
      expect(face).toContain('font-display:block');
      expect(face).toMatch(/src:url\(data:font\/woff2;base64,d09GMg/);
    }
    expect(faces.some((f) => f.includes('U+0600-06FF'))).toBe(true);
    expect(faces.some((f) => f.includes('U+0000-00FF'))).toBe(true);
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/url\((?!data:)/);
    expect(html).not.toMatch(/@import/);
  });

  it.each([
    [{}, 'A4'],
    [{ paper: 'letter' }, 'letter'],
  ] as const)('sets the page size from --paper (%o → %s)', (input, size) => {
    expect(render(input).html).toContain(`@page { size: ${size};`);
  });

  it('has a header with title, level, version and lines for name, date and class', () => {
    const { all } = render();
    expect(all('.sheet-header h1')).toEqual(['بلدية الزرقاء تفتتح مكتبة عامة جديدة']);
    expect(all('.sheet-header .meta span')).toEqual(['المستوى ٢', 'النسخة أ (A)']);
    expect(all('.fields .field')).toEqual(['الاسم:', 'التاريخ:', 'الصف:']);
  });

  it('numbers the passage paragraphs and keeps their text', () => {
    const { all } = render();
    expect(all('.passage .pnum')).toEqual(['(١)', '(٢)', '(٣)']);
    expect(all('.passage p')[1]).toContain('«المكتبة مفتوحة للجميع مجانًا»');
  });

  it('draws every section kind, in order, with its Arabic title and instruction', () => {
    const { document, all } = render();
    const kinds = [...document.querySelectorAll('section.exercise')].map((s) => s.getAttribute('class'));
    expect(kinds).toEqual([
      'exercise vocabulary',
      'exercise cloze',
      'exercise multipleChoice',
      'exercise vocabularyInContext',
      'exercise trueFalse',
      'exercise matching',
      'exercise ordering',
    ]);
    expect(all('section.exercise h2')[0]).toBe('أولًا: المفردات');
    expect(all('.instruction')).toHaveLength(7);
    expect(all('.instruction.en')).toHaveLength(0);
  });

  it.each([
    ['ar', 7, 0],
    ['en', 0, 7],
    ['both', 7, 7],
  ] as const)('--instructions %s shows %i Arabic and %i English instructions', (instructions, ar, en) => {
    const { document } = render({ instructions });
    expect(document.querySelectorAll('.instruction:not(.en)').length).toBe(ar);
    expect(document.querySelectorAll('.instruction.en').length).toBe(en);
  });

  it('numbers items «١-», never «١.»', () => {
    const { all } = render();
    const numbers = all('main span.n, main td.n').filter((n) => n !== '');
    expect(numbers.length).toBeGreaterThan(8);
    for (const n of numbers) expect(n).toMatch(/^[٠-٩]+-$/);
    expect(all('main .n, main .pnum, main .gap-n').join(' ')).not.toMatch(/[0-9٠-٩]\./);
  });

  it('labels options أ ب ج د', () => {
    const { document } = render();
    const item = document.querySelector('.choice .item');
    expect([...(item?.querySelectorAll('.options .label') ?? [])].map((e) => e.textContent)).toEqual(['أ)', 'ب)', 'ج)', 'د)']);
  });

  it.each([
    ['arabic', ASCII_DIGIT, ARABIC_INDIC],
    ['latin', ARABIC_INDIC, ASCII_DIGIT],
  ] as const)('uses one digit style per sheet (%s), the passage included', (digits, banned, wanted) => {
    const { document } = render({ digits });
    // F-16 is a name and keeps its digits; nothing else on the sheet may use the other style.
    const text = (document.body.textContent ?? '').replaceAll('F-16', '');
    expect(text).not.toMatch(banned);
    expect(text).toMatch(wanted);
    expect(document.body.textContent).toContain('F-16');
  });

  it('draws cloze gaps all alike, with a word bank', () => {
    const { document, all } = render();
    const gaps = [...document.querySelectorAll('.cloze .gap')];
    expect(gaps).toHaveLength(2);
    for (const gap of gaps) {
      expect(gap.querySelector('.blank')?.getAttribute('style')).toBeNull();
      expect(gap.textContent).toMatch(/^\([٠-٩]+\)$/);
    }
    expect(all('.bank .bank-word')).toEqual(['حفل', 'مدرسة', 'مكتبة']);
  });

  it('gives a vocabulary-in-context stem one blank', () => {
    const { document } = render();
    const stem = document.querySelector('.in-context .stem');
    expect(stem?.querySelectorAll('.blank')).toHaveLength(1);
    expect(stem?.textContent).not.toContain('____');
  });

  it('gives each true/false statement a صح box and a خطأ box', () => {
    const { document } = render();
    for (const item of document.querySelectorAll('.true-false .item')) {
      expect(item.querySelectorAll('.box')).toHaveLength(2);
      expect([...item.querySelectorAll('.choice')].map((c) => c.textContent)).toEqual(['صح', 'خطأ']);
    }
  });

  it('draws matching as numbered and lettered columns, with the extra distractor', () => {
    const { document } = render();
    const rows = [...document.querySelectorAll('table.matching tr')];
    expect(rows.map((r) => r.querySelector('.n')?.textContent)).toEqual(['١-', '٢-', '']);
    expect(rows.map((r) => r.querySelector('.label')?.textContent)).toEqual(['أ)', 'ب)', 'ج)']);
    expect(rows.map((r) => r.querySelectorAll('.box').length)).toEqual([1, 1, 0]);
  });

  it('prints English glosses left to right (word–gloss matching)', () => {
    const ws = allKinds();
    const sections = ws.sections.map((s) =>
      s.kind === 'matching'
        ? { ...s, topic: 'wordGloss' as const, left: ['مكتبة', 'بلدية'], right: ['municipality', 'library', 'party'] }
        : s,
    );
    const { document } = parseHTML(renderHtml({ ...ws, sections }, resolveOptions({}), templates));
    const cells = [...document.querySelectorAll('table.matching td.right')];
    expect(cells.map((c) => [c.textContent, c.getAttribute('dir'), c.getAttribute('lang')])).toEqual([
      ['municipality', 'ltr', 'en'],
      ['library', 'ltr', 'en'],
      ['party', 'ltr', 'en'],
    ]);
    expect(document.querySelector('.choice .options [dir="ltr"]')).toBeNull();
  });

  it('gives each ordering event a box to number', () => {
    const { document } = render();
    const items = [...document.querySelectorAll('.ordering .item')];
    expect(items).toHaveLength(3);
    for (const item of items) expect(item.querySelectorAll('.box')).toHaveLength(1);
  });

  it('puts the answer key after the sheet, on its own page', () => {
    const { document, html } = render();
    const key = document.querySelector('body > section.answer-key');
    expect(key?.previousElementSibling?.tagName).toBe('MAIN');
    expect(html).toMatch(/\.answer-key\s*\{[^}]*break-before:\s*page/);
  });

  it('gives per item the answer and the paragraph that proves it', () => {
    const { document } = render();
    const sections = [...document.querySelectorAll('.key-section')].map((s) => ({
      title: s.querySelector('h3')?.textContent,
      rows: [...s.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim())),
    }));
    expect(sections.map((s) => s.title)).toEqual([
      'ثانيًا: املأ الفراغ',
      'ثالثًا: اختر الإجابة الصحيحة',
      'رابعًا: الكلمة المناسبة في سياقها',
      'خامسًا: صح أم خطأ',
      'سادسًا: صِل بين العمودين',
      'سابعًا: رتّب الجمل',
    ]);
    expect(sections.map((s) => s.rows)).toEqual([
      [
        ['١-', 'مكتبة', 'الفقرة ١'],
        ['٢-', 'حفل', 'الفقرة ١'],
      ],
      [
        ['١-', 'أ) أكثر من ١٢ ألف كتاب', 'الفقرة ١'],
        ['٢-', 'ب) سامر الخطيب', 'الفقرة ٢'],
      ],
      [['١-', 'ب) مكتبة', 'الفقرة ١']],
      [
        ['١-', 'خطأ (الصواب: الأحد)', 'الفقرة ١'],
        ['٢-', 'صح', 'الفقرة ٢'],
      ],
      [
        ['١-', 'ج', 'الفقرة ٢'],
        ['٢-', 'أ', 'الفقرة ٢'],
      ],
      [
        ['أ-', '٣', 'الفقرة ٢'],
        ['ب-', '١', 'الفقرة ١'],
        ['ج-', '٢', 'الفقرة ٢'],
      ],
    ]);
  });

  it('leaves the key out when no section has answers', () => {
    const ws = allKinds();
    const only = { ...ws, sections: ws.sections.filter((s) => s.kind === 'vocabulary'), answerKey: [] };
    const { document } = parseHTML(renderHtml(only, resolveOptions({}), templates));
    expect(document.querySelector('.answer-key')).toBeNull();
    expect(document.querySelectorAll('section.exercise')).toHaveLength(1);
  });

  it('keeps an item with its options on one page', () => {
    const { html } = render();
    expect(html).toMatch(/\.item\s*\{[^}]*break-inside:\s*avoid/);
  });

  it('prints large (≥ 18 pt, line height ≥ 1.5) with --large-print', () => {
    const plain = render();
    const large = render({ largePrint: true });
    expect(plain.document.documentElement.getAttribute('class')).not.toContain('large-print');
    expect(large.document.documentElement.getAttribute('class')).toContain('large-print');
    const rule = /\.large-print\s*\{([^}]*)\}/.exec(large.html)?.[1] ?? '';
    expect(Number(/font-size:\s*([\d.]+)pt/.exec(rule)?.[1])).toBeGreaterThanOrEqual(18);
    expect(Number(/line-height:\s*([\d.]+)/.exec(rule)?.[1])).toBeGreaterThanOrEqual(1.5);
  });
});

describe('renderFiles', () => {
  it('names version A worksheet.* and version B worksheet-B.*, in the requested formats only (pdf is printed elsewhere)', () => {
    const files = renderFiles([allKinds('A'), allKinds('B')], resolveOptions({ formats: ['html', 'md', 'txt', 'json', 'pdf'] }), templates);
    expect(files.map((f) => f.name)).toEqual([
      'worksheet.html',
      'worksheet.md',
      'worksheet.txt',
      'worksheet.json',
      'worksheet-B.html',
      'worksheet-B.md',
      'worksheet-B.txt',
      'worksheet-B.json',
    ]);
    expect(renderFiles([allKinds()], resolveOptions({ formats: ['json'] }), templates).map((f) => f.name)).toEqual(['worksheet.json']);
  });

  it('writes the Worksheet itself as JSON', () => {
    const [file] = renderFiles([allKinds()], resolveOptions({ formats: ['json'] }), templates);
    expect(JSON.parse(String(file?.contents))).toEqual(allKinds());
  });
});
