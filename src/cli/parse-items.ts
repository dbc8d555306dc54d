/**
 * `--items cloze=8,trueFalse=6` → `{cloze: 8, trueFalse: 6}`: per-section item counts, checked
 * against the section names so that a typo is named instead of ignored.
 */
import { WaraqaError } from '../errors.js';
import { ITEM_KINDS, type ItemCounts } from '../options.js';

/** Parses one or more `name=count` lists; a later count for the same section wins. */
export function parseItems(specs: readonly string[]): Partial<ItemCounts> {
  const counts: Partial<Record<keyof ItemCounts, number>> = {};
  for (const pair of specs.flatMap((spec) => spec.split(',')).map((p) => p.trim())) {
    if (pair === '') continue;
    const match = /^([A-Za-z]+)\s*=\s*(\d+)$/.exec(pair);
    const name = match?.[1] as keyof ItemCounts | undefined;
    if (!match || name === undefined || !ITEM_KINDS.includes(name)) {
      throw new WaraqaError(
        'usage',
        `--items: "${pair}" is not a section count; expected name=count with a name among ${ITEM_KINDS.join(', ')}.`,
        'Example: --items cloze=8,trueFalse=6 (0 leaves a section out).',
      );
    }
    counts[name] = Number(match[2]);
  }
  return counts;
}
