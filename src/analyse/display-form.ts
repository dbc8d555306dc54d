/**
 * How a word is shown in the vocabulary list: as written (with the writer's diacritics), without
 * its front clitics (و، ف، ب، ل، ك، ال) and without an attached two-letter pronoun (ها، هم …; a
 * lone ه is kept: it is too often part of the word, as in اتجاه).
 *
 * @example displayForm(token('وبالمحادثات')) // 'محادثات'
 * @example displayForm(token('سيطرتها')) // 'سيطرة'
 */
import type { Token } from '../types.js';
import { skipLetters } from './sentence-words.js';

const PRONOUNS = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'كن'];

export function displayForm(token: Token): string {
  let front = token.prefixes.join('').length;
  // لل is ل + ال with one lam written.
  const lam = token.prefixes.indexOf('ل');
  if (lam >= 0 && token.prefixes[lam + 1] === 'ال') front--;
  let text = token.text.slice(skipLetters(token.text, front));
  const bare = text.replace(/[\u064B-\u065F\u0670\u0640]/g, '');
  const pronoun = token.suffixes.at(-1);
  if (pronoun !== undefined && PRONOUNS.includes(pronoun) && bare.endsWith(pronoun) && bare.length - pronoun.length >= 3) {
    text = text.slice(0, skipLetters(text, bare.length - pronoun.length));
    if (text.endsWith('ت')) text = `${text.slice(0, -1)}ة`;
  }
  return text.replace(/\u0640/g, '');
}
