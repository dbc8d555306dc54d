/**
 * Plain text → blocks: one block per non-empty line. Pasted news pages put every paragraph,
 * headline, caption and widget label on its own line, which is the unit the classifier judges.
 */
import type { Block } from './block.js';

/** @example splitLines('عنوان\n\nفقرة.') // [{text: 'عنوان'}, {text: 'فقرة.'}] */
export function splitLines(text: string): Block[] {
  const blocks: Block[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.length > 0) blocks.push({ text: trimmed });
  }
  return blocks;
}
