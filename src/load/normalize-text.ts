/**
 * Normalisation on load (DESIGN.md): NFC; zero-width and bidi control characters removed; Arabic
 * presentation forms (ﻻ, ﺍ …) mapped to their base letters by NFKC on just those code points;
 * tatweel removed; line endings, spaces and other controls tidied; diacritics kept.
 *
 * One tatweel is kept where it joins a one-letter word to a quotation mark or number, as in
 * «لـ«رويترز»»: there it is not elongation but the writer's way to attach the clitic.
 */
import { isLetterOrMark } from '../text/letters.js';

const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFE]+/g;
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const SPACES = /[\t\u000B\u000C\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
const ARABIC_LETTER = /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]/;

/** @example normalizeText('أيضــــًا\u200F ﻻ') // 'أيضًا لا' */
export function normalizeText(text: string): string {
  return (
    text
      .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
      .replace(PRESENTATION_FORMS, (forms) => forms.normalize('NFKC'))
      .normalize('NFC')
      .replace(INVISIBLE, '')
      .replace(SPACES, ' ')
      .replace(CONTROLS, '')
      .replace(/\u0640+/g, keepJoiningTatweel)
      .replace(/ {2,}/g, ' ')
      .replace(/ *\n */g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      // Removing a control between two marks can leave them out of canonical order: compose again.
      .normalize('NFC')
      .trim()
  );
}

/** Drops a run of tatweel unless it joins a letter to a following quote, digit or sign. */
function keepJoiningTatweel(run: string, offset: number, text: string): string {
  const before = text[offset - 1] ?? '';
  const after = text[offset + run.length] ?? '';
  return ARABIC_LETTER.test(before) && after !== '' && !isLetterOrMark(after.charCodeAt(0)) && !/\s/.test(after) ? '\u0640' : '';
}
