/** Text of an embedded answer in a Moodle cloze (`{1:SHORTANSWER:=…}`). */
import { escapeWildcard } from './moodle-text.js';

/**
 * Escapes one alternative of an embedded answer. Moodle's cloze syntax reads `} # ~ / " \` inside
 * an answer only with a backslash before them; `& < >` become entities because the answer sits in
 * HTML; a short answer's `*` (a wildcard) becomes `\*`.
 * @example escapeClozeAnswer('a}b', 'short') // 'a\\}b'
 */
export function escapeClozeAnswer(text: string, kind: 'short' | 'choice'): string {
  const literal = kind === 'short' ? escapeWildcard(text) : text;
  return literal
    .replace(/[}#~/"\\]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
