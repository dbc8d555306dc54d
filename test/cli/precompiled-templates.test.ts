/**
 * The CLI bundle renders the built-in templates precompiled (scripts/build-cli.mjs): the output
 * must be byte-identical to compiling them at run time, and a template that differs from the one
 * precompiled (an edit, a --templates override) must be compiled from its own source.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readTemplates, type Templates } from '../../src/io/read-templates.js';
import { resolveOptions } from '../../src/options.js';
import { compileTemplatesWith } from '../../src/render/compile-templates.js';
import { type PrecompiledSets, precompileTemplates } from '../../src/render/precompile-templates.js';
import type { Worksheet } from '../../src/types.js';
import { allKinds } from '../render/fixtures/all-kinds.js';
import { sampleWorksheets } from '../render/sample.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'waraqa-precompiled-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The module the build puts in the bundle, written out and imported. */
async function generated(templates: Templates, name: string): Promise<PrecompiledSets> {
  const file = path.join(tmp, `${name}.mjs`);
  writeFileSync(file, precompileTemplates(templates));
  return ((await import(pathToFileURL(file).href)) as { PRECOMPILED: PrecompiledSets }).PRECOMPILED;
}

/** renderFiles from a fresh module graph whose precompiled-templates module holds `precompiled`. */
async function renderWith(precompiled: PrecompiledSets | undefined, sheets: readonly Worksheet[], format: 'html' | 'md' | 'txt') {
  vi.resetModules();
  vi.doMock('../../src/render/precompiled-templates.js', () => ({ PRECOMPILED: precompiled }));
  const { renderFiles } = await import('../../src/render/render-files.js');
  // The renderer sees the mocked module (else both sides would be compiled and trivially equal).
  expect((await import('../../src/render/precompiled-templates.js')).PRECOMPILED).toBe(precompiled);
  const [file] = renderFiles(sheets, resolveOptions({ formats: [format], versions: sheets.length }), templates);
  vi.doUnmock('../../src/render/precompiled-templates.js');
  return String(file?.contents);
}

let templates: Templates;
let built: PrecompiledSets;
beforeAll(async () => {
  templates = await readTemplates();
  built = await generated(templates, 'built-in');
});

describe('precompiled built-in templates render byte for byte like compiled ones', () => {
  const cases: readonly [string, () => readonly Worksheet[]][] = [
    ['all-kinds', () => [allKinds()]],
    ['sample, two versions', () => sampleWorksheets({ versions: 2 })],
  ];
  describe.each(cases)('%s', (_name, sheets) => {
    it.each(['html', 'md', 'txt'] as const)('%s', async (format) => {
      const worksheets = sheets();
      const compiled = await renderWith(undefined, worksheets, format);
      expect(compiled.length).toBeGreaterThan(500);
      expect(await renderWith(built, worksheets, format)).toBe(compiled);
    });
  });
});

describe('choosing between precompiled and compiled', () => {
  /** A one-format template set: layout calls a partial. */
  const tiny = (layout: string, partial: string): Templates => {
    const set = { layout, partials: { item: partial } };
    return { html: set, md: set, txt: set, css: '', fonts: [], origin: {} };
  };

  it('uses the precompiled functions when every source matches', async () => {
    const sources = tiny('[{{> item}}]', '{{word}}');
    // Specs made from other sources but labelled with these: used only if the sources are trusted.
    const doctored = await generated(tiny('<{{> item}}>', '{{word}}!'), 'doctored');
    const relabelled = Object.fromEntries(
      Object.entries(doctored).map(([format, set]) => [
        format,
        {
          layout: { ...set.layout, source: '[{{> item}}]' },
          partials: { item: { ...set.partials.item, source: '{{word}}' } },
        },
      ]),
    ) as unknown as PrecompiledSets;
    expect(compileTemplatesWith(sources, 'html', relabelled)({ word: 'كلمة' })).toBe('<كلمة!>');
    expect(compileTemplatesWith(sources, 'html', undefined)({ word: 'كلمة' })).toBe('[كلمة]');
  });

  it.each([
    ['an edited partial', tiny('[{{> item}}]', '({{word}})')],
    ['an edited layout', tiny('{{> item}}.', '{{word}}')],
    [
      'an added partial',
      { ...tiny('[{{> item}}]', '{{word}}'), html: { layout: '[{{> item}}]', partials: { item: '{{word}}', more: 'x' } } },
    ],
  ])('compiles from the sources after %s', async (_name, sources) => {
    const precompiled = await generated(tiny('[{{> item}}]', '{{word}}'), `plain-${_name.length}`);
    const expected = compileTemplatesWith(sources, 'html', undefined)({ word: 'w' });
    expect(compileTemplatesWith(sources, 'html', precompiled)({ word: 'w' })).toBe(expected);
  });

  it('escapes in HTML and not in Markdown, as the compiled templates do', async () => {
    const sources = tiny('{{> item}}', '{{word}}');
    const precompiled = await generated(sources, 'escaping');
    expect(compileTemplatesWith(sources, 'html', precompiled)({ word: '<b>&' })).toBe('&lt;b&gt;&amp;');
    expect(compileTemplatesWith(sources, 'md', precompiled)({ word: '<b>&' })).toBe('<b>&');
  });
});
