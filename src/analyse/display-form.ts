/**
 * How a word is shown in the vocabulary list: as written (with the writer's diacritics), without
 * its front clitics (و، ف، ب، ل، ك، س، ال) and without an attached two-letter pronoun (ها، هم …; a
 * lone ه is kept: it is too often part of the word, as in اتجاه). Nothing else is ever taken off
 * or rebuilt: a ت before the pronoun becomes ة (سيطرتها → سيطرة), except after ا, where the ت
 * is the plural ending (مبارياتها → مباريات, not «مبارياة»).
 *
 * @example displayForm(token('وبالمحادثات')) // 'محادثات'
 * @example displayForm(token('سيطرتها')) // 'سيطرة'
 * `frontLetters` (from a lexicon match) overrides the text layer's split of the front, but only
 * when those letters really are clitics (a lexicon reading of تداعيات as ت + داعيات is refused).
 */
import type { Token } from '../types.js';
import { skipLetters } from './sentence-words.js';

const PRONOUNS = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'كن'];
const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك', 'س', 'ال']);
/** A run of front clitics in a normalised key: conjunction, preposition or future س, article. */
const CLITIC_FRONT = /^[وف]?(?:[بكلس]?ال|لل|[بكلس])?$/;
const MARKS = /[\u064B-\u065F\u0670\u0640]/g;

/** A display form, and whether its last letter was rebuilt (ت → ة) rather than written. */
export interface Display {
  readonly text: string;
  readonly rebuilt: boolean;
}

/**
 * Letters of the token's proclitics as the text layer split them, counting only true proclitics
 * (not an imperfect prefix) and لل as two letters.
 */
function frontOf(token: Token): number {
  let letters = 0;
  for (let i = 0; i < token.prefixes.length; i++) {
    const p = token.prefixes[i] as string;
    if (!PROCLITICS.has(p)) break;
    // The future س only opens a verb: after nothing or و/ف, and before an imperfect prefix.
    if (p === 'س' && (/[^وف]/.test(token.key.slice(0, letters)) || !/[يتنا]/.test(token.key[letters + 1] ?? ''))) break;
    letters += p === 'ال' && token.prefixes[i - 1] === 'ل' && token.key.startsWith('لل', letters - 1) ? 1 : p.length;
  }
  return letters;
}

/**
 * Whether the first `letters` letters of a key are front clitics only, leaving a word of two
 * letters or more.
 *
 * @example isCliticFront('والمفاوضات', 3) // true
 * @example isCliticFront('تداعيات', 1) // false
 */
export function isCliticFront(key: string, letters: number): boolean {
  return key.length - letters >= 2 && CLITIC_FRONT.test(key.slice(0, letters));
}

/** The display form of a token, with whether its ة was rebuilt. */
export function displayOf(token: Token, frontLetters?: number): Display {
  const front = frontLetters !== undefined && isCliticFront(token.key, frontLetters) ? frontLetters : frontOf(token);
  let text = token.text.slice(skipLetters(token.text, front));
  let rebuilt = false;
  const bare = text.replace(MARKS, '');
  const pronoun = token.suffixes.at(-1);
  if (pronoun !== undefined && PRONOUNS.includes(pronoun) && bare.endsWith(pronoun) && bare.length - pronoun.length >= 3) {
    text = text.slice(0, skipLetters(text, bare.length - pronoun.length));
    const before = bare.slice(0, -pronoun.length);
    if (before.endsWith('ت') && !/[اآأ]ت$/.test(before)) {
      text = `${text.replace(/[\u064B-\u065F\u0670]+$/, '').slice(0, -1)}ة`;
      rebuilt = true;
    }
  }
  return { text: text.replace(/\u0640/g, ''), rebuilt };
}

/** The display form of a token: see the file comment. */
export function displayForm(token: Token, frontLetters?: number): string {
  return displayOf(token, frontLetters).text;
}
