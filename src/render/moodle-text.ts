/**
 * Text helpers shared by the GIFT and Moodle XML exports: every string from the Worksheet goes
 * through `flattenText` (one line, no control characters) and then `escapeHtml` before it lands in
 * a Moodle HTML field.
 */

const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text on one line: runs of whitespace (newlines too) become one space; control characters and
 * lone surrogates (not valid XML) go. The ends stay, so the pieces of a cloze paragraph join back.
 * @example squeezeText('a\n\n b\u0007 ') // 'a b '
 */
export function squeezeText(text: string): string {
  return text.replace(CONTROL, '').replace(LONE_SURROGATE, '').replace(/\s+/g, ' ');
}

/**
 * One trimmed line of clean text. GIFT separates questions by blank lines and trims every field,
 * and XML forbids control characters, so this is what survives an import anyway.
 * @example flattenText('  a\n\n b ') // 'a b'
 */
export function flattenText(text: string): string {
  return squeezeText(text).trim();
}

/**
 * Escapes text for an HTML field.
 * @example escapeHtml('<b> & c') // '&lt;b&gt; &amp; c'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => HTML_ENTITIES[c] ?? c);
}

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** A right-to-left paragraph of already-escaped HTML, so Arabic reads right in an English course. */
export function rtlParagraph(html: string): string {
  return `<p dir="rtl">${html}</p>`;
}

/**
 * Writes a number with Arabic-Indic digits, as the printed sheet does by default.
 * @example arabicNumber(12) // '١٢'
 */
export function arabicNumber(n: number): string {
  return String(n).replace(/[0-9]/g, (d) => ARABIC_DIGITS[Number(d)] ?? d);
}

/**
 * Short answers treat `*` as "any text"; `\*` is Moodle's literal star.
 * @example escapeWildcard('C*') // 'C\\*'
 */
export function escapeWildcard(text: string): string {
  return text.replace(/\*/g, '\\*');
}

/** Paragraphs of plain text as escaped, right-to-left HTML. */
export function linesHtml(lines: readonly string[]): string {
  return lines.map((line) => rtlParagraph(escapeHtml(line))).join('');
}
