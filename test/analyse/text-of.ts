/** A Text from paragraphs, through the real text layer (segment), for the analysis tests. */
import { segment } from '../../src/text/segment.js';
import type { Text } from '../../src/types.js';

export function textOf(...paragraphs: string[]): Text {
  return segment({ paragraphs, source: { path: 'test', encoding: 'utf-8', format: 'text', bytes: 0 }, removed: [] });
}
