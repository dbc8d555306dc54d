/**
 * Keys for comparing options: two options are "the same" when their normalised text is, and "the
 * same word" when their rough stems are (الضربات / ضربة), which would make a distractor a form of
 * the answer.
 */
import { isLetterOrDigit } from '../text/letters.js';
import { normalizeKey } from '../text/normalize-key.js';
import { memo } from './memo.js';

/**
 * Normalised text with spaces and punctuation folded. One pass, since every comparison of options
 * and mentions runs through it: letters and digits kept, any run of spaces one space. Long texts
 * are remembered too: a quarter of the sentences, contexts and statements keyed in a sheet are
 * keyed again (the whole article twice: the article key and the mentions in it), and hashing a
 * text costs far less than keying it.
 */
export const optionKey: (text: string) => string = memo(computeOptionKey, 20_000);

function computeOptionKey(text: string): string {
  const key = normalizeKey(text);
  // Most options are Arabic words with single spaces: already their own key (one native test
  // instead of a walk over the characters).
  if (PLAIN_WORDS.test(key)) return key;
  // Most other texts hold only such words, spaces and common punctuation: three native passes
  // give what the walk below gives (punctuation dropped, spaces one, none at either end).
  if (COMMON_TEXT.test(key)) return key.replace(PUNCTUATION, '').replace(SPACES, ' ').trim();
  return walkKey(key);
}

/**
 * The option key of a normalised key, character by character: letters and digits kept, any run
 * of spaces one space. Exported for the test that the short way agrees with it.
 */
export function walkKey(key: string): string {
  // Kept characters are copied a run at a time (key.slice), not one string per character.
  let out = '';
  let run = 0;
  let space = false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || (c > 0x2000 && c < 0x200b)) {
      out += key.slice(run, i);
      run = i + 1;
      space = out.length > 0;
      continue;
    }
    const kept =
      (c >= 0x0621 && c <= 0x064a) ||
      (c >= 48 && c <= 57) ||
      (c >= 97 && c <= 122) ||
      (c >= 65 && c <= 90) ||
      (c > 0x7f && isLetterOrDigit(c));
    if (!kept) {
      out += key.slice(run, i);
      run = i + 1;
      continue;
    }
    if (space) {
      out += ' ';
      run = i;
      space = false;
    }
  }
  return out + key.slice(run);
}

const PLAIN_WORDS = /^[\u0621-\u064A0-9]+(?: [\u0621-\u064A0-9]+)*$/;

/**
 * Signs that are neither letters, digits nor the spaces the walk folds: ASCII punctuation, « » ©,
 * Arabic ، ؛ ؟ ٪ ٫ ٬ ٭ ۔, general punctuation (dashes, quotes, …). A text of these, the letters
 * and digits of PLAIN_WORDS, Latin letters and those spaces takes the short way.
 */
const PUNCTUATION = /[!-/:-@[-`{-~\u00A9\u00AB\u00BB\u060C\u061B\u061F\u066A-\u066D\u06D4\u2010-\u2027\u2030-\u205E]+/g;
/** Runs of the spaces the walk folds, but a single space (already what it becomes: no copy for it). */
const SPACES = /[ \n\t\r\u00A0\u2001-\u200A]{2,}|[\n\t\r\u00A0\u2001-\u200A]/g;
const COMMON_TEXT =
  /^[\u0621-\u064A0-9A-Za-z \n\t\r\u00A0\u2001-\u200A!-/:-@[-`{-~\u00A9\u00AB\u00BB\u060C\u061B\u061F\u066A-\u066D\u06D4\u2010-\u2027\u2030-\u205E]*$/;

/**
 * A rough stem of a one- or many-word option: each word without و/ف, ب/ل/ك, ال and the endings
 * ة ات ون ين ان ي. Only for telling forms of one word apart from different words.
 *
 * @example roughStem('والضربات') === roughStem('ضربة') // true
 */
export const roughStem: (text: string) => string = memo(computeRoughStem, 20_000, 64);

function computeRoughStem(text: string): string {
  const key = optionKey(text);
  // Most texts are one word (a token's key): no split, map and join for them.
  return key.includes(' ') ? key.split(' ').map(stemOfWord).join(' ') : stemOfWord(key);
}

/** One word of a key without و/ف, ب/ل/ك, ال and the first of ENDINGS that leaves three letters. */
function stemOfWord(word: string): string {
  const s = word.length > 4 ? word.replace(/^(و|ف)?(ب|ل|ك)?(ال|لل)/, '') : word;
  // Indexed: no callback per ending, and no iterator, while the code is still cold.
  for (let i = 0; i < ENDINGS.length; i++) {
    const ending = ENDINGS[i] as string;
    if (s.endsWith(ending) && s.length - ending.length >= 3) return s.slice(0, -ending.length);
  }
  return s;
}

/** Endings of gender, number and nisba, longest first. */
const ENDINGS = ['يات', 'يين', 'يون', 'ات', 'ون', 'ين', 'ان', 'يه', 'ه', 'ي'];

/** True when one option's text holds the other's (after normalising), word by word. */
export function overlaps(a: string, b: string): boolean {
  const x = ` ${optionKey(a)} `;
  const y = ` ${optionKey(b)} `;
  return x.includes(y) || y.includes(x);
}
