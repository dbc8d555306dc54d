/** Quoting text for CSS `content:` (the page footer), where HTML escaping does not apply. */

/**
 * A double-quoted CSS string in which everything but letters, digits and spaces is written as a
 * hex escape, so nothing can end the string or the <style> element:
 * `cssString('النسخة "A"')` → `"النسخة \22 A\22 "`.
 */
export function cssString(text: string): string {
  let out = '';
  for (const ch of text) out += /[\p{L}\p{N} ]/u.test(ch) ? ch : `\\${(ch.codePointAt(0) ?? 0).toString(16)} `;
  return `"${out}"`;
}
