/**
 * Golden files (test/golden/): the sample article at seed 7 and the every-kind fixture, rendered
 * in every text format. The HTML goldens leave the inlined fonts out so that diffs stay readable.
 * When the generator or a template changes on purpose, regenerate with `npm run golden` and
 * review the diff; CI never rewrites them.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readTemplates, type Templates } from '../../src/io/read-templates.js';
import { resolveOptions } from '../../src/options.js';
import { renderFiles } from '../../src/render/render-files.js';
import type { Worksheet } from '../../src/types.js';
import { allKinds } from './fixtures/all-kinds.js';
import { ROOT, sampleWorksheets } from './sample.js';

const GOLDEN = path.join(ROOT, 'test', 'golden');
const UPDATE = process.env.WARAQA_UPDATE_GOLDEN === '1';
if (UPDATE && process.env.CI) throw new Error('Golden files are never rewritten in CI; run `npm run golden` locally and commit the diff.');

let templates: Templates;
beforeAll(async () => {
  templates = { ...(await readTemplates()), fonts: [] };
});

const CASES: readonly [string, () => readonly Worksheet[]][] = [
  ['us-iraq-talks', () => sampleWorksheets()],
  ['all-kinds', () => [allKinds()]],
];

describe.each(CASES)('golden: %s', (name, worksheets) => {
  it.each(['html', 'md', 'txt', 'json'] as const)('%s', (format) => {
    const [file] = renderFiles(worksheets(), resolveOptions({ formats: [format] }), templates);
    const actual = String(file?.contents);
    const target = path.join(GOLDEN, `${name}.${format}`);
    if (UPDATE) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(target, actual);
      return;
    }
    if (!existsSync(target)) throw new Error(`${path.relative(ROOT, target)} is missing: run \`npm run golden\` and review it.`);
    expect(actual, `${path.relative(ROOT, target)} differs: if the change is wanted, run \`npm run golden\` and review the diff`).toBe(
      readFileSync(target, 'utf8'),
    );
  });
});
