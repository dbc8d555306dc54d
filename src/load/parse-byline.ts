/**
 * A byline or dateline line: «واشنطن - محمد صالح» (place and author), «بقلم: سارة أحمد» or
 * «كتب - علي حسن» (author only). Short, Arabic, no digits: longer lines are prose or headlines.
 * A date printed on the same line («كتب: أحمد سمير الأحد 12 مايو 2024») is cut off.
 */
import { AUTHOR_MARKERS } from '../data/boilerplate-markers.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../data/date-words.js';
import { isArabicOrMark, isArabicText, lazyRegExp } from '../text/letters.js';
import type { Byline } from '../types.js';
import { matchKey, phraseKeys } from './match-key.js';

const AUTHOR_WORDS = new Set(phraseKeys(AUTHOR_MARKERS));
const DATE_START = new Set(phraseKeys([...WEEKDAY_NAMES, ...MONTH_NAMES.filter((m) => m.length > 3)]));

/** @example parseByline('واشنطن - محمد صالح') // {place: 'واشنطن', author: 'محمد صالح'} */
export function parseByline(line: string): Byline | undefined {
  const text = withoutDate(line.trim());
  // The label is the leading run of Arabic letters and marks; only when it is an author word is
  // the whole shape checked (the expression's \p{…} sets cost ~0.5 ms to build).
  const labelled = AUTHOR_WORDS.has(matchKey(leadingArabic(text))) ? LABELLED().exec(text) : null;
  if (labelled && AUTHOR_WORDS.has(matchKey(labelled[1] as string))) {
    const author = cleanName(labelled[2] as string);
    return author === undefined ? undefined : { author };
  }
  const parts = text.split(/\s+[-–—]\s+/);
  if (parts.length !== 2) return undefined;
  const place = cleanName(parts[0] as string, 3);
  const author = cleanName(parts[1] as string, 4);
  if (place === undefined || author === undefined) return undefined;
  return { place, author };
}

/** «بقلم: سارة أحمد», «كتب - علي حسن»: a label, a colon or dash, the rest (built on first use). */
const LABELLED = lazyRegExp(String.raw`^([\p{Script=Arabic}\p{M}]+)\s*[:：\-–—]\s*(.+)$`, 'u');

/** The leading run of Arabic letters and marks of `text` (the label the expression would take). */
function leadingArabic(text: string): string {
  let i = 0;
  while (i < text.length) {
    const c = text.codePointAt(i) as number;
    if (!isArabicOrMark(c)) break;
    i += c > 0xffff ? 2 : 1;
  }
  return text.slice(0, i);
}

/** The line up to the first word that starts a date (a digit, a weekday, a month name). */
function withoutDate(text: string): string {
  const words = text.split(/\s+/);
  const cut = words.findIndex((w, i) => i > 1 && (/[\d٠-٩]/.test(w) || DATE_START.has(matchKey(w))));
  return (cut === -1 ? words : words.slice(0, cut)).join(' ').replace(/[\s|,،\-–—]+$/, '');
}

function cleanName(text: string, maxWords = 4): string | undefined {
  const name = text.trim().replace(/[.:]+$/, '');
  const words = name.split(/\s+/).length;
  // Arabic letters, marks, apostrophes, dots and spaces only (/^[\p{Script=Arabic}\p{M}'’. ]+$/u, by code).
  return name.length >= 2 && words <= maxWords && isArabicText(name, "'’. ") ? name : undefined;
}
