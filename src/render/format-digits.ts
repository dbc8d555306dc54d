/**
 * One digit style per sheet. Every number the sheet prints — item numbers, paragraph numbers,
 * levels, and the digits inside the article's own text — is written in the chosen style, so a
 * question about «15 مصدرا» never shows «١٥» in the passage and «15» in the options.
 * Digits touching Latin letters (F-16, COVID-19, 5G) are left as written: they are names.
 */
import type { Digits } from '../options.js';

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
/** A run of digits in any script, with decimal or thousands separators between digits, and a percent sign after. */
const NUMBER_RUN = /[0-9٠-٩۰-۹]+(?:[.,٫٬][0-9٠-٩۰-۹]+)*[%٪]?/g;
const LATIN_LETTER = /[A-Za-z]/;

/** Writes `n` in the sheet's style: `formatNumber(12, 'arabic')` → `١٢`. */
export function formatNumber(n: number, digits: Digits): string {
  return formatDigits(String(n), digits);
}

/**
 * Rewrites every number in `text` in the sheet's digit style, separators included:
 * `formatDigits('نحو 2500 جندي و3.5%', 'arabic')` → `نحو ٢٥٠٠ جندي و٣٫٥٪`;
 * `formatDigits('طائرات F-16', 'arabic')` keeps `F-16`.
 */
export function formatDigits(text: string, digits: Digits): string {
  return text.replace(NUMBER_RUN, (run: string, offset: number) => {
    if (touchesLatin(text, offset, offset + run.length)) return run;
    let out = '';
    for (const ch of run) out += convertChar(ch, digits);
    return out;
  });
}

/**
 * A percent sign that follows a blank in the sheet's style: the number it belongs to is the
 * blank's answer, so formatDigits, which converts signs inside number runs, does not see it.
 * `percentAfterBlank('%', 'arabic')` → `٪`.
 */
export function percentAfterBlank(sign: string, digits: Digits): string {
  return convertChar(sign, digits);
}

/** One character of a number run in the target style: a digit, a separator or a percent sign. */
function convertChar(ch: string, digits: Digits): string {
  const ascii = ch >= '0' && ch <= '9' ? Number(ch) : ARABIC_INDIC.indexOf(ch) >= 0 ? ARABIC_INDIC.indexOf(ch) : PERSIAN.indexOf(ch);
  if (ascii >= 0) return digits === 'arabic' ? (ARABIC_INDIC[ascii] ?? ch) : String(ascii);
  if (digits === 'arabic') return ch === '.' ? '٫' : ch === ',' ? '٬' : ch === '%' ? '٪' : ch;
  return ch === '٫' ? '.' : ch === '٬' ? ',' : ch === '٪' ? '%' : ch;
}

/** True when the run is glued to a Latin word, directly or through a hyphen (F-16). */
function touchesLatin(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const beforeHyphen = before === '-' ? (text[start - 2] ?? '') : before;
  return LATIN_LETTER.test(beforeHyphen) || LATIN_LETTER.test(text[end] ?? '');
}
