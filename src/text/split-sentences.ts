/**
 * A paragraph → its sentences as `[start, end)` ranges (whitespace trimmed). Candidate breaks are
 * every sentence mark followed by a space, every line break, and every mark glued to the next
 * Arabic word; each candidate must then pass `keepsBreak`: a line break always ends a sentence;
 * otherwise the break needs a space before it, a sentence mark (. ؟ ? ! …) before that space
 * (closing quotes may follow the mark), must not fall inside a quotation or brackets, and the dot
 * must not close an abbreviation, initial or list number. One exception to the space: a mark glued
 * to the next Arabic word (العراق.وقال).
 * So there is never a break inside 3.5, 2,500, ٣٫٥, 10:30, ق.م, web or e-mail addresses, and
 * none after ؛ or ،.
 *
 * `Intl.Segmenter('ar')` (DESIGN.md's base for sentences) is not asked: every break it finds that
 * `keepsBreak` accepts is already a candidate here (checked on UD Arabic-PUD, the hard cases and
 * the test articles, and by a property test against it in test/text), and starting its ICU data
 * costs ~10 ms, a twentieth of a one-sheet run.
 *
 * @example splitSentences('قال د. أحمد: «لا... نعم». ثم غادر.') // [[0, 25], [26, 34]]
 */
import { isAbbreviationDot } from './is-abbreviation-dot.js';
import { isInsideSpans, quotedSpans } from './quoted-spans.js';

const MARK_THEN_SPACE = /[.؟?!…]["'»”’)\]]*\s+/g;
const CLOSING = /["'»”’)\]]/;
const SENTENCE_MARK = /[.؟?!…]/;
const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/;
const ARABIC_LETTER = /[\u0621-\u064A]/;
const MISSING_SPACE = /[.؟?!](?=[\u0621-\u064A])/g;

/** Sentence ranges of `text`, in order, none empty, none starting or ending with whitespace. */
export function splitSentences(text: string): Array<readonly [number, number]> {
  const candidates = new Set<number>();
  for (const match of text.matchAll(MARK_THEN_SPACE)) candidates.add(match.index + match[0].length);
  for (const match of text.matchAll(/[\n\r\u0085\u2028\u2029]\s*/g)) candidates.add(match.index + match[0].length);
  for (const match of text.matchAll(MISSING_SPACE)) candidates.add(match.index + match[0].length);
  return splitAt(text, candidates);
}

/**
 * The sentences of `text` when it may break at `candidates` (those `keepsBreak` accepts). Exported
 * for the test that checks that `Intl.Segmenter`'s breaks would add nothing to splitSentences'.
 */
export function splitAt(text: string, candidates: ReadonlySet<number>): Array<readonly [number, number]> {
  const spans = quotedSpans(text);
  const breaks = [...candidates].filter((p) => p > 0 && p < text.length && keepsBreak(text, p, spans)).sort((a, b) => a - b);
  const ranges: Array<readonly [number, number]> = [];
  let start = 0;
  for (const end of [...breaks, text.length]) {
    const range = trim(text, start, end);
    if (range !== undefined) ranges.push(range);
    start = end;
  }
  return ranges;
}

/** Whether a sentence may start at `p` (see the module comment). */
function keepsBreak(text: string, p: number, spans: ReadonlyArray<readonly [number, number]>): boolean {
  if (/\s/.test(text[p] ?? '')) return false;
  if (!/\s/.test(text[p - 1] ?? '')) return isMissingSpace(text, p) && !isInsideSpans(spans, p);
  let q = p;
  while (q > 0 && /\s/.test(text[q - 1] ?? '')) q--;
  if (LINE_BREAK.test(text.slice(q, p))) return true;
  if (isInsideSpans(spans, p)) return false;
  let m = q;
  while (m > 0 && CLOSING.test(text[m - 1] ?? '')) m--;
  const mark = text[m - 1] ?? '';
  if (!SENTENCE_MARK.test(mark)) return false;
  if (mark === '.' && text[m - 2] !== '.') return !isAbbreviationDot(text, m - 1);
  return true;
}

/**
 * A sentence mark glued to the next Arabic word (العراق.وقال), a common slip in copied news: a
 * break when an Arabic word of two letters or more comes before the mark and the dot is not an
 * abbreviation's (ق.م, ص.ب, أ.د stay whole).
 */
function isMissingSpace(text: string, p: number): boolean {
  const mark = text[p - 1] ?? '';
  if (!SENTENCE_MARK.test(mark) || !ARABIC_LETTER.test(text[p] ?? '') || !/\p{scx=Arabic}{2}$/u.test(text.slice(Math.max(0, p - 3), p - 1)))
    return false;
  return mark !== '.' || !isAbbreviationDot(text, p - 1);
}

/** `[start, end)` without the whitespace at both ends, or undefined when nothing is left. */
function trim(text: string, start: number, end: number): readonly [number, number] | undefined {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return s < e ? [s, e] : undefined;
}
