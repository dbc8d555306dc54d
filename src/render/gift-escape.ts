/** GIFT's escaping: the characters GIFT reads as syntax, written literally. */

/**
 * Puts a backslash before each of `~ = # { } :` and before a backslash itself, so the text reads
 * back as written in Moodle and in gift-pegjs.
 * @example escapeGift('a=b {c}') // 'a\\=b \\{c\\}'
 */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, '\\$&');
}

/**
 * Guards the start of an HTML answer or text run: GIFT reads a leading `%50%` as a weight,
 * `[html]` as a format and (after a missing word) `//` as a comment, so a leading `%`, `[` or `/`
 * becomes an entity — the only way HTML text can keep it literal.
 * @example guardGiftStart('%50 [x]') // '&#37;50 [x]'
 */
export function guardGiftStart(html: string): string {
  return html.replace(/^(\s*)([%[/])/, (_, space: string, c: string) => `${space}&#${c.charCodeAt(0)};`);
}
