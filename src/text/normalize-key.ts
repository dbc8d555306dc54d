/**
 * The normalised key every comparison uses (DESIGN.md): no diacritics or tatweel, one alef,
 * ى → ي, ة → ه, Arabic-Indic and Persian digits → ASCII. Display text keeps the writer's spelling.
 *
 * @example normalizeKey('أَكَّدَ') // 'اكد'
 */
const DIACRITICS = /[\u064B-\u065F\u0670\u0640]/g;
const ALEFS = /[\u0622\u0623\u0625\u0671]/g;
const DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

export function normalizeKey(text: string): string {
  return text
    .replace(DIACRITICS, '')
    .replace(ALEFS, 'ا')
    .replace(/\u0649/g, 'ي')
    .replace(/\u0629/g, 'ه')
    .replace(DIGITS, (d) => String((d.charCodeAt(0) - (d.charCodeAt(0) >= 0x06f0 ? 0x06f0 : 0x0660)) % 10));
}
