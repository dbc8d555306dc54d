/**
 * Plain text → blocks. Pasted news pages put every paragraph, headline, caption and widget label
 * on its own line, which is the unit the classifier judges: one block per non-empty line.
 *
 * Text copied from a PDF or an e-mail is hard-wrapped instead: paragraphs run over several lines
 * of about the same width, each paragraph's last line shorter. When many lines of the document
 * reach one width (of at most 120 characters) and most of those end mid-sentence, a line that
 * reaches the width continues on the next line of its group; a line that stops short ends the
 * paragraph.
 */
import type { Block } from './block.js';

/** Wider than this, lines are not wrapped by a tool but paragraphs of their own. */
const MAX_WRAP_WIDTH = 120;
/** A line "reaches" the width at this share of it. */
const FULL = 0.8;
/** Share of the document's lines that must reach the width for it to count as wrapped. */
const FULL_SHARE = 0.4;

/** @example splitLines('عنوان\n\nفقرة.') // [{text: 'عنوان'}, {text: 'فقرة.'}] */
export function splitLines(text: string): Block[] {
  const groups = text.split(/\n\s*\n/).map((group) =>
    group
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 0),
  );
  const width = wrapWidth(groups.flat());
  const blocks: Block[] = [];
  for (const lines of groups) for (const paragraph of width === undefined ? lines : unwrap(lines, width)) blocks.push({ text: paragraph });
  return blocks;
}

/** The width the document is wrapped at, or undefined when it is not hard-wrapped. */
function wrapWidth(lines: readonly string[]): number | undefined {
  if (lines.length < 4) return undefined;
  const lengths = lines.map((l) => l.length).sort((a, b) => a - b);
  const width = lengths[Math.floor(0.9 * (lengths.length - 1))] as number;
  if (width > MAX_WRAP_WIDTH || width < 30) return undefined;
  const full = lines.filter((l) => l.length >= width * FULL && l.length <= width * 1.1);
  // Wrapped lines break mid-sentence; lines that are sentences of similar length end like them.
  const ended = full.filter((l) => /[.!?؟…:][\s"'»”)\]]*$/u.test(l)).length;
  return full.length >= 4 && full.length >= lines.length * FULL_SHARE && ended * 2 < full.length ? width : undefined;
}

/** Joins lines that reach the width to the next; a shorter line ends its paragraph. */
function unwrap(lines: readonly string[], width: number): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    current.push(line);
    if (line.length < width * FULL) {
      paragraphs.push(current.join(' '));
      current = [];
    }
  }
  if (current.length > 0) paragraphs.push(current.join(' '));
  return paragraphs;
}
