/**
 * Refuses text that is not Arabic, saying how much of it was: a teacher who passed the English
 * version of a page, or a file in a code page that decoded to Latin letters, learns why.
 */
import { WaraqaError } from '../errors.js';

/** Below this share of Arabic letters among all letters, the input is not an Arabic article. */
export const MIN_ARABIC_SHARE = 0.5;

/** Throws `not-arabic` naming `path` when fewer than half of the letters in `text` are Arabic. */
export function checkArabic(text: string, path: string): void {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const arabic = text.match(/\p{Script=Arabic}/gu)?.length ?? 0;
  const share = letters === 0 ? 0 : arabic / letters;
  if (share >= MIN_ARABIC_SHARE) return;
  const found = letters === 0 ? 'it holds no letters at all' : `only ${Math.round(share * 100)}% of its letters are Arabic`;
  throw new WaraqaError(
    'not-arabic',
    `${path}: ${found}; expected an Arabic article (at least ${MIN_ARABIC_SHARE * 100}% Arabic letters).`,
    'waraqa makes worksheets from Arabic text; check that this is the Arabic version of the article and that it is saved as text.',
  );
}
