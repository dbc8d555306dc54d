/** Markdown and plain-text sheets: readable, every section kind, the key at the end. */
import { beforeAll, describe, expect, it } from 'vitest';
import { readTemplates, type Templates } from '../../src/io/read-templates.js';
import { type OptionsInput, resolveOptions } from '../../src/options.js';
import { renderMarkdown } from '../../src/render/render-markdown.js';
import { renderText } from '../../src/render/render-text.js';
import { allKinds } from './fixtures/all-kinds.js';

let templates: Templates;
beforeAll(async () => {
  templates = await readTemplates();
});

const md = (input: OptionsInput = {}) => renderMarkdown(allKinds(), resolveOptions(input), templates);
const txt = (input: OptionsInput = {}) => renderText(allKinds(), resolveOptions(input), templates);

describe.each([
  ['Markdown', md],
  ['plain text', txt],
] as const)('%s', (_, render) => {
  it('has the title, the numbered passage and every section title in order', () => {
    const out = render();
    const order = [
      'بلدية الزرقاء تفتتح مكتبة عامة جديدة',
      '(١)',
      '(٣)',
      'أولًا: المفردات',
      'ثانيًا: املأ الفراغ',
      'ثالثًا',
      'رابعًا',
      'خامسًا: صح أم خطأ',
      'سادسًا',
      'سابعًا: رتّب الجمل',
      'مفتاح الإجابة',
    ];
    const at = order.map((s) => out.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('numbers items «١-» and labels options أ) ب) ج) د)', () => {
    const out = render();
    expect(out).toMatch(/١-\**\s*كم كتابًا تضم المكتبة الجديدة؟/);
    for (const label of ['أ) أكثر من ١٢ ألف كتاب', 'ب) أقل من ألف كتاب', 'ج) نحو ٥ آلاف كتاب', 'د) ٣٫٥ مليون كتاب'])
      expect(out).toContain(label);
    expect(out).not.toMatch(/[٠-٩]\.\s/);
  });

  it('ends with the key, item by item with the proving paragraph', () => {
    const out = render();
    const key = out.slice(out.indexOf('مفتاح الإجابة'));
    expect(key).toContain('١- مكتبة — الفقرة ١');
    expect(key).toContain('٢- ب) سامر الخطيب — الفقرة ٢');
    expect(key).toContain('١- خطأ (الصواب: الأحد) — الفقرة ١');
    expect(key).toContain('أ- ٣ — الفقرة ٢');
    expect(out.indexOf('مفتاح الإجابة')).toBeGreaterThan(out.indexOf('رتّب الأحداث كما وردت'));
  });

  it('writes digits in one style (--digits latin)', () => {
    const out = render({ digits: 'latin' });
    expect(out).not.toMatch(/[٠-٩]/);
    expect(out).toContain('أكثر من 12 ألف كتاب');
  });

  it.each([
    ['ar', true, false],
    ['en', false, true],
    ['both', true, true],
  ] as const)('--instructions %s', (instructions, ar, en) => {
    const out = render({ instructions });
    expect(out.includes('اختر الإجابة الصحيحة.')).toBe(ar);
    expect(out.includes('Choose the right answer.')).toBe(en);
  });

  it('ends with one newline and has no runs of blank lines', () => {
    const out = render();
    expect(out.endsWith('\n')).toBe(true);
    expect(out.endsWith('\n\n')).toBe(false);
    expect(out).not.toMatch(/\n\n\n/);
  });
});

describe('Markdown specifics', () => {
  it('draws the vocabulary as a table and the word bank as a quote', () => {
    const out = md();
    expect(out).toContain('| ١- | **مكتبة** | المكتبة، مكتبتين | library | ٢ |');
    expect(out).toContain('> **بنك الكلمات:** حفل · مدرسة · مكتبة');
  });
});

describe('a percent sign after a blank', () => {
  it('is written in the sheet digits, as the number in the blank would be', () => {
    const sheet = allKinds();
    const withPercent = {
      ...sheet,
      sections: sheet.sections.map((s) =>
        s.kind === 'multipleChoice'
          ? { ...s, items: s.items.map((it, i) => (i === 0 ? { ...it, stem: 'ارتفع المؤشر بنسبة ____% أمس.' } : it)) }
          : s,
      ),
    };
    expect(renderMarkdown(withPercent, resolveOptions({ digits: 'arabic' }), templates)).toMatch(/بنسبة\s*_+٪ أمس/);
    expect(renderMarkdown(withPercent, resolveOptions({ digits: 'latin' }), templates)).toMatch(/بنسبة\s*_+% أمس/);
  });
});
