/**
 * The bundled sample article, built at a fixed seed, for the golden and browser tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type OptionsInput, resolveOptions } from '../../src/options.js';
import { buildWorksheets } from '../../src/pipeline.js';
import type { Worksheet } from '../../src/types.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SAMPLE = 'articles/us-iraq-talks.txt';
export const SAMPLE_SEED = '7';

/** The sample's worksheets (one per version) at seed 7. */
export function sampleWorksheets(input: OptionsInput = {}): readonly Worksheet[] {
  const options = resolveOptions({ seed: SAMPLE_SEED, ...input });
  const bytes = readFileSync(path.join(ROOT, SAMPLE));
  return buildWorksheets(bytes, SAMPLE, options).worksheets;
}
