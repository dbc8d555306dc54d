/** Quoting text for CSS `content:` (the page footer), where HTML escaping does not apply. */

/**
 * A double-quoted CSS string in which everything but letters, digits and spaces is written as a
 * hex escape, so nothing can end the string or the <style> element:
 * `cssString('النسخة "A"')` → `"النسخة \22 A\22 "`.
 */
export function cssString(text: string): string {
  // One pass by code point (the u flag), as a for…of would go, without a string per character.
  return `"${text.replace(/[^\p{L}\p{N} ]/gu, (ch) => `\\${(ch.codePointAt(0) ?? 0).toString(16)} `)}"`;
}
