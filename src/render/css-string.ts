/** Quoting text for CSS `content:` (the page footer), where HTML escaping does not apply. */

/**
 * A double-quoted CSS string in which everything but letters, digits and spaces is written as a
 * hex escape, so nothing can end the string or the <style> element:
 * `cssString('النسخة "A"')` → `"النسخة \22 A\22 "`.
 */
import { isLetterOrDigit } from '../text/letters.js';
export function cssString(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const c = text.codePointAt(i) as number;
    const width = c > 0xffff ? 2 : 1;
    out += c === 0x20 || isLetterOrDigit(c) ? text.slice(i, i + width) : `\\${c.toString(16)} `;
    i += width;
  }
  return `"${out}"`;
}
