/**
 * The CLI's pieces in-process: item counts, slugs, exit codes, flags over config, config
 * validation messages, the index page and atomic writes.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assignSlugs } from '../../src/cli/collect-inputs.js';
import { exitCodeFor, optionsFrom } from '../../src/cli/commands/generate.js';
import { loadConfig } from '../../src/cli/config.js';
import { parseItems } from '../../src/cli/parse-items.js';
import { renderIndex } from '../../src/cli/render-index.js';
import { articleFolder } from '../../src/cli/run-batch.js';
import { slugFor } from '../../src/cli/slug.js';
import { isWaraqaError } from '../../src/errors.js';
import { writeFiles } from '../../src/io/write-files.js';
import { resolveOptions } from '../../src/options.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'waraqa-cli-units-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The WaraqaError `run` throws (fails the test when it throws nothing or something else). */
async function caught(run: () => unknown): Promise<{ code: string; message: string }> {
  try {
    await run();
  } catch (error) {
    if (isWaraqaError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a WaraqaError');
}

describe('parseItems', () => {
  it.each([
    [['cloze=8,trueFalse=6'], { cloze: 8, trueFalse: 6 }],
    [['cloze=8', 'matching=0'], { cloze: 8, matching: 0 }],
    [['cloze = 3, cloze=4'], { cloze: 4 }],
  ])('%j → %j', (specs, expected) => expect(parseItems(specs)).toEqual(expected));

  it.each([['clozes=8'], ['cloze=-1'], ['cloze'], ['cloze=eight']])('refuses %s, naming the allowed sections', async (spec) => {
    const error = await caught(() => parseItems([spec]));
    expect(error.code).toBe('usage');
    expect(error.message).toContain(spec.split(',')[0]);
    expect(error.message).toContain('cloze, multipleChoice');
  });
});

describe('slugs', () => {
  it.each([
    ['articles/Iraq Talks.txt', 'iraq-talks'],
    ['مقالات/محادثات بغداد.txt', 'محادثات-بغداد'],
    ['a:b*c?.html', 'a-b-c'],
    ['CON.txt', 'article'],
    ['...txt', 'article'],
    ['-', 'stdin'],
  ])('%s → %s', (input, slug) => expect(slugFor(input)).toBe(slug));

  it('numbers collisions in input order', () => {
    expect(assignSlugs(['x/a.txt', 'y/A.html', 'a-2.txt', 'z/a.md']).map((j) => j.slug)).toEqual(['a', 'a-2', 'a-2-2', 'a-3']);
  });

  it('never leads outside the output folder', async () => {
    expect(articleFolder('/tmp/out', 'a')).toBe('/tmp/out/a');
    for (const slug of ['..', '../x', 'a/b', '/etc'])
      expect((await caught(() => articleFolder('/tmp/out', slug))).code).toBe('cannot-write');
  });
});

describe('exit codes', () => {
  const fail = (code: string, internal = false) => ({ code, internal });
  it.each([
    [3, [], 0],
    [0, [fail('not-found')], 66],
    [0, [fail('empty'), fail('binary')], 65],
    [0, [fail('not-found'), fail('empty')], 65],
    [2, [fail('not-found')], 65],
    [0, [fail('cannot-write'), fail('cannot-write')], 73],
    [0, [fail('internal', true)], 70],
  ])('made %i, failures %j → %i', (made, failed, code) => expect(exitCodeFor(made, failed)).toBe(code));
});

describe('flags over config', () => {
  it('lets flags win key by key, --items merging with the config items', () => {
    const config = { level: 1 as const, versions: 3, paper: 'letter' as const, items: { cloze: 4, matching: 2 } };
    const merged = resolveOptions(optionsFrom({ inputs: [], versions: 2, items: ['cloze=6'], format: ['html', 'html', 'md'] }, config));
    expect(merged.level).toBe(1);
    expect(merged.versions).toBe(2);
    expect(merged.paper).toBe('letter');
    expect(merged.formats).toEqual(['html', 'md']);
    expect(merged.items.cloze).toBe(6);
    expect(merged.items.matching).toBe(2);
  });

  it.each([
    [{ versions: 0 }, /--versions: expected a whole number from 1 to 26, got 0/],
    [{ versions: 1.5 }, /--versions/],
    [{ format: ['html', 'docx'] }, /--format: unknown format "docx"; expected one or more of html, pdf/],
  ])('refuses %j', async (flags, message) => {
    const error = await caught(() => optionsFrom({ inputs: [], ...flags }, {}));
    expect(error.code).toBe('usage');
    expect(error.message).toMatch(message);
  });
});

describe('the config file', () => {
  const write = (name: string, text: string) => {
    const dir = path.join(tmp, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'waraqa.config.json'), text);
    return dir;
  };

  it('is optional in the working folder, required when named', async () => {
    expect(await loadConfig(undefined, path.join(tmp))).toEqual({ options: {} });
    expect((await caught(() => loadConfig('missing.json', tmp))).message).toMatch(
      /missing\.json: cannot read the config file \(no such file\)/,
    );
  });

  it('resolves paths from its own folder and accepts formats as a string', async () => {
    const dir = write('ok', JSON.stringify({ templates: 'tpl', out: '../sheets', formats: 'html, pdf', largePrint: true, seed: 7 }));
    const config = await loadConfig(undefined, dir);
    expect(config.options).toEqual({ templates: path.join(dir, 'tpl'), formats: ['html', 'pdf'], largePrint: true, seed: '7' });
    expect(config.out).toBe(path.join(tmp, 'sheets'));
  });

  it.each([
    ['{"level": 4}', /"level" is 4; allowed: 1, 2, 3/],
    ['{"paper": "A5"}', /"paper" is "A5"; allowed: a4, letter/],
    ['{"formats": ["html", "docx"]}', /"formats" is \["html","docx"\]; allowed: a list \(or comma-separated string\) of html, pdf/],
    ['{"formats": "html,docx"}', /"formats" is "html,docx"; allowed: a list/],
    ['{"items": {"cloze": -1}}', /"items\.cloze" is -1; allowed: an object of section counts/],
    ['{"items": {"clozes": 3}}', /unknown key "clozes" in "items" \(allowed keys: vocabulary, cloze/],
    ['{"jobs": 0}', /"jobs" is 0; allowed: a whole number ≥ 1/],
    ['{"colour": "red"}', /unknown key "colour" \(allowed keys: level, seed, versions/],
    ['[1, 2]', /expected a JSON object of settings/],
    ['{"level": 2,}', /not valid JSON/],
  ])('%s → names the key and the allowed values', async (text, message) => {
    const error = await caught(() => loadConfig(undefined, write(`bad-${text.length}-${text.charCodeAt(3)}`, text)));
    expect(error.code).toBe('config');
    expect(error.message).toContain('waraqa.config.json');
    expect(error.message).toMatch(message);
  });
});

describe('the index page', () => {
  it('links every worksheet, escapes titles and encodes Arabic folder names', () => {
    const html = renderIndex([
      {
        slug: 'محادثات',
        title: 'محادثات <بغداد> & "واشنطن"',
        level: 2,
        versions: [{ version: 'A', files: ['worksheet.html', 'worksheet.pdf'] }],
      },
      {
        slug: 'b',
        title: 'ب',
        level: 3,
        versions: [
          { version: 'A', files: ['worksheet.html'] },
          { version: 'B', files: ['worksheet-B.html'] },
        ],
      },
    ]);
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain(`href="${encodeURIComponent('محادثات')}/worksheet.pdf"`);
    expect(html).toContain('محادثات &#60;بغداد&#62; &#38; &#34;واشنطن&#34;');
    expect(html).toContain('href="b/worksheet-B.html"');
    expect(html).toMatch(/<td class="level">3<\/td>/);
    expect(html).not.toMatch(/<script|https?:/);
  });
});

describe('writeFiles', () => {
  it('replaces files whole and leaves no temporary file', async () => {
    const dir = path.join(tmp, 'write');
    await writeFiles(dir, [{ name: 'a.txt', contents: 'one' }]);
    await writeFiles(dir, [
      { name: 'a.txt', contents: 'two' },
      { name: 'b.bin', contents: new Uint8Array([1, 2]) },
    ]);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('two');
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.bin']);
  });

  it.each(['../x.txt', 'sub/x.txt', '/etc/x.txt', ''])('refuses the name %j', async (name) => {
    const error = await caught(() => writeFiles(path.join(tmp, 'refuse'), [{ name, contents: 'x' }]));
    expect(error.code).toBe('cannot-write');
    expect(readdirSync(path.join(tmp, 'refuse'))).toEqual([]);
  });

  it('cleans up its temporary file when the rename fails', async () => {
    const dir = path.join(tmp, 'rename');
    mkdirSync(path.join(dir, 'worksheet.html'), { recursive: true });
    const error = await caught(() => writeFiles(dir, [{ name: 'worksheet.html', contents: 'x' }]));
    expect(error.code).toBe('cannot-write');
    expect(readdirSync(dir)).toEqual(['worksheet.html']);
  });
});
