/**
 * Article text is data, never markup or template: `<script>`, `<img onerror=…>`, `{{…}}` and
 * `{{> partial}}` in an article come out inert in every format.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { readTemplates, type Templates } from '../../src/io/read-templates.js';
import { resolveOptions } from '../../src/options.js';
import { buildWorksheets } from '../../src/pipeline.js';
import { renderFiles } from '../../src/render/render-files.js';
import type { OutputFile } from '../../src/types.js';
import { allKinds } from './fixtures/all-kinds.js';

const PAYLOADS = [
  '<script>alert(x)</script>',
  '<img src=x onerror=alert(y)>',
  "{{constructor.constructor 'alert(z)'}}",
  '{{> header}}',
  '{{{css}}}',
];
const HOSTILE = (s: string) => `${s} ${PAYLOADS.join(' ')}`;

let templates: Templates;
beforeAll(async () => {
  templates = await readTemplates();
});

function byExtension(files: readonly OutputFile[]): Record<string, string> {
  return Object.fromEntries(files.map((f) => [f.name.split('.').pop(), String(f.contents)]));
}

/** No element or attribute came from the article, and the header partial ran exactly once. */
function expectInertHtml(html: string): void {
  const { document } = parseHTML(html);
  expect(document.querySelectorAll('script, img, iframe, object, embed')).toHaveLength(0);
  expect(document.querySelectorAll('[onerror], [onload], [src]')).toHaveLength(0);
  expect(document.querySelectorAll('.sheet-header')).toHaveLength(1);
  expect(html.match(/<style>/g)).toHaveLength(2);
}

describe('article text is inert in every format', () => {
  const options = resolveOptions({ formats: ['html', 'md', 'txt', 'json'] });

  it('in HTML: escaped, shown as text', () => {
    const { html = '' } = byExtension(renderFiles([allKinds('A', HOSTILE)], options, templates));
    expectInertHtml(html);
    const text = parseHTML(html).document.body.textContent ?? '';
    for (const payload of PAYLOADS) expect(text).toContain(payload);
    expect(html).toContain('&lt;script&gt;alert(x)&lt;/script&gt;');
  });

  it('in Markdown: backslash-escaped, no raw HTML, no template run', () => {
    const { md = '' } = byExtension(renderFiles([allKinds('A', HOSTILE)], options, templates));
    expect(md).not.toMatch(/(^|[^\\])<(script|img)/);
    expect(md).toContain('\\<script\\>alert(x)\\</script\\>');
    expect(md).toContain('\\{\\{\\> header\\}\\}');
    expect(md.match(/^# /gm)).toHaveLength(1);
  });

  it('in plain text: written as is, no template run', () => {
    const { txt = '' } = byExtension(renderFiles([allKinds('A', HOSTILE)], options, templates));
    for (const payload of PAYLOADS) expect(txt).toContain(payload);
    expect(txt.match(/^={10,}$/gm)).toHaveLength(3);
  });

  it('in JSON: the same strings back, no raw <', () => {
    const { json = '' } = byExtension(renderFiles([allKinds('A', HOSTILE)], options, templates));
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(allKinds('A', HOSTILE));
  });

  it('through the whole pipeline, from an article file', () => {
    const article = [
      'محادثات جديدة <script>alert(x)</script> بين الطرفين',
      '',
      `قال المسؤول إن الحكومة ستبدأ محادثات جديدة {{> header}} مع الطرف الآخر الأسبوع المقبل، وأكد أن <img src=x onerror=alert(y)> الوفد سيضم خمسة وزراء.`,
      '',
      "وأضاف أن المحادثات {{constructor.constructor 'alert(z)'}} ستتناول الاقتصاد والأمن والتعليم، وأن الطرفين يأملان في التوصل إلى اتفاق قبل نهاية العام.",
      '',
      'وقالت وزيرة الخارجية إن «الحوار هو الطريق الوحيد» {{{css}}} وإن بلادها مستعدة لتقديم تنازلات من أجل السلام في المنطقة.',
    ].join('\n');
    const built = buildWorksheets(new TextEncoder().encode(article), 'hostile.txt', resolveOptions({ seed: '1' }));
    const files = byExtension(renderFiles(built.worksheets, options, templates));
    expectInertHtml(files.html ?? '');
    const ws = built.worksheets[0];
    const source = [ws?.meta.title ?? '', ...(ws?.passage.map((p) => p.text) ?? [])].join('\n');
    // Whatever the loader kept of the payloads must come out as text, never as markup or template.
    const kept = PAYLOADS.filter((payload) => source.includes(payload));
    expect(kept.length).toBeGreaterThan(0);
    const body = parseHTML(files.html ?? '').document.body.textContent ?? '';
    for (const payload of kept) {
      expect(body).toContain(payload);
      expect(files.txt).toContain(payload);
    }
    expect(files.md).not.toMatch(/(^|[^\\])<(script|img)/);
  });

  it('for any string: no element, attribute or template comes from the article (property)', () => {
    const markup = fc.constantFrom(
      '<',
      '>',
      '"',
      "'",
      '&',
      '{{',
      '}}',
      '{{>',
      '{{{',
      '`',
      '=',
      '<script>',
      '</textarea>',
      '<!--',
      ']]>',
      '\\',
    );
    const junk = fc.array(fc.oneof(markup, fc.string({ unit: 'grapheme' })), { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(junk, (extra) => {
        const files = byExtension(renderFiles([allKinds('A', (s) => `${s}${extra}`)], options, templates));
        expectInertHtml(files.html ?? '');
        expect(files.md).not.toMatch(/(^|[^\\])<script/);
        expect(files.txt?.match(/^={10,}$/gm)).toHaveLength(3);
      }),
      { numRuns: 40 },
    );
  });
});
