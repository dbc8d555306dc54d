/** GIFT's escaping: the characters GIFT reads as syntax, written literally. */

/**
 * Puts a backslash before each of `~ = # { } :` and before a backslash itself, so the text reads
 * back as written in Moodle and in gift-pegjs.
 * @example escapeGift('a=b {c}') // 'a\\=b \\{c\\}'
 */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, '\\$&');
}
