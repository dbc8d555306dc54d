/** Reading the built-in templates, `--templates DIR` overrides by name, and the inlined fonts. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isWaraqaError } from '../../src/errors.js';
import { readTemplates } from '../../src/io/read-templates.js';
import { resolveOptions } from '../../src/options.js';
import { renderHtml } from '../../src/render/render-html.js';
import { renderMarkdown } from '../../src/render/render-markdown.js';
import { allKinds } from './fixtures/all-kinds.js';

const SECTION_PARTIALS = [
  'section-vocabulary',
  'section-cloze',
  'section-multiple-choice',
  'section-vocabulary-in-context',
  'section-true-false',
  'section-matching',
  'section-ordering',
];

const dirs: string[] = [];
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'waraqa-templates-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('readTemplates', () => {
  it('reads a layout and a partial per section kind for html, md and txt', async () => {
    const t = await readTemplates();
    for (const format of ['html', 'md', 'txt'] as const) {
      expect(t[format].layout.length).toBeGreaterThan(50);
      for (const name of [...SECTION_PARTIALS, 'header', 'passage', 'section', 'answer-key', 'choice-item'])
        expect(Object.keys(t[format].partials)).toContain(name);
    }
    expect(t.css).toContain('.answer-key');
    expect(Object.values(t.origin).every((o) => o === 'built-in')).toBe(true);
  });

  it('inlines the arabic and latin subsets, regular and bold, as woff2', async () => {
    const { fonts } = await readTemplates();
    expect(fonts.map((f) => `${f.subset}-${f.weight}`).sort()).toEqual(['arabic-400', 'arabic-700', 'latin-400', 'latin-700']);
    for (const f of fonts) {
      expect(Buffer.from(f.base64, 'base64').subarray(0, 4).toString('latin1')).toBe('wOF2');
      expect(f.unicodeRange).toMatch(/^U\+/);
    }
  });

  it('lets a folder override any template by name and add partials', async () => {
    const dir = folder({
      'html/header.hbs': '<header class="mine">{{title}} — {{> school}}</header>',
      'html/school.hbs': '<span class="school">مدرسة النور</span>',
      'md/section-true-false.hbs': '{{#each items}}TF {{number}}\n{{/each}}',
      'worksheet.css': 'body { color: red; }',
    });
    const t = await readTemplates(dir);
    expect(t.origin['html/header.hbs']).toBe(path.join(dir, 'html/header.hbs'));
    expect(t.origin['html/passage.hbs']).toBe('built-in');
    const options = resolveOptions({});
    const html = renderHtml(allKinds(), options, t);
    expect(html).toContain('<header class="mine">بلدية الزرقاء تفتتح مكتبة عامة جديدة — <span class="school">مدرسة النور</span></header>');
    expect(html).toContain('body { color: red; }');
    expect(html).not.toContain('sheet-header');
    const md = renderMarkdown(allKinds(), options, t);
    expect(md).toContain('TF ١\nTF ٢');
  });

  it.each([
    ['a folder that does not exist', () => '/nowhere/templates', /--templates expects a folder/],
    ['a template with a syntax error', () => folder({ 'html/passage.hbs': '{{#each passage}}' }), /html\/passage\.hbs/],
  ])('fails with a config error for %s', async (_, dir, message) => {
    const error = await readTemplates(dir())
      .then((t) => renderHtml(allKinds(), resolveOptions({}), t))
      .catch((e: unknown) => e);
    expect(isWaraqaError(error) && error.code).toBe('config');
    expect((error as Error).message).toMatch(message);
  });
});
