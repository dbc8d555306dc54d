/**
 * Refuses text that is not Arabic, saying how much of it was: a teacher who passed the English
 * version of a page, or a file in a code page that decoded to Latin letters, learns why.
 */
import { WaraqaError } from '../errors.js';
import { hasArabicScript, isLetter } from '../text/letters.js';

/** Below this share of Arabic letters among all letters, the input is not an Arabic article. */
export const MIN_ARABIC_SHARE = 0.5;

/** The share is estimated from this many characters: plenty, and cheap on a 5 MB input. */
const SAMPLE_CHARS = 1 << 20;

/** Throws `not-arabic` naming `path` when fewer than half of the letters in `text` are Arabic. */
export function checkArabic(text: string, path: string): void {
  const { letters, arabic } = countLetters(text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text);
  const share = letters === 0 ? 0 : arabic / letters;
  if (share >= MIN_ARABIC_SHARE) return;
  const found = letters === 0 ? 'it holds no letters at all' : `only ${Math.round(share * 100)}% of its letters are Arabic`;
  throw new WaraqaError(
    'not-arabic',
    `${path}: ${found}; expected an Arabic article (at least ${MIN_ARABIC_SHARE * 100}% Arabic letters).`,
    'waraqa makes worksheets from Arabic text; check that this is the Arabic version of the article and that it is saved as text.',
  );
}

/** Letters of any script, and Arabic ones, in one pass (a regex match list would cost megabytes). */
function countLetters(text: string): { letters: number; arabic: number } {
  let letters = 0;
  let arabic = 0;
  // By code unit, making a string only for the rare letters outside ASCII and Arabic.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters++;
    } else if (
      (c >= 0x0620 && c <= 0x064a) ||
      (c >= 0x066e && c <= 0x06d3) ||
      (c >= 0x06fa && c <= 0x06ff) ||
      (c >= 0x0750 && c <= 0x077f)
    ) {
      letters++;
      arabic++;
    } else if (c > 0xff || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) || c === 0xaa || c === 0xb5 || c === 0xba) {
      const code = text.codePointAt(i) as number;
      if (code > 0xffff) i++;
      if (isLetter(code)) {
        letters++;
        if (hasArabicScript(String.fromCodePoint(code))) arabic++;
      }
    }
  }
  return { letters, arabic };
}
