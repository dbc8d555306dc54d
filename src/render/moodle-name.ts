/** Question names as a teacher reads them in Moodle's question bank. */

/**
 * `2.03 اختيار من متعدد`: the section's place on the sheet, then the item's number padded so that
 * names sort in sheet order; without a number the name is the whole section's.
 * @example moodleName(2, 'اختيار من متعدد', 3) // '2.03 اختيار من متعدد'
 */
export function moodleName(section: number, label: string, number?: number): string {
  return number === undefined ? `${section} ${label}` : `${section}.${String(number).padStart(2, '0')} ${label}`;
}
