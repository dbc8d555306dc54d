/**
 * How a word is shown in the vocabulary list: as written (with the writer's diacritics), without
 * its front clitics (و، ف، ب، ل، ك، ال) and without an attached two-letter pronoun (ها، هم …; a
 * lone ه is kept: it is too often part of the word, as in اتجاه).
 *
 * @example displayForm(token('وبالمحادثات')) // 'محادثات'
 * @example displayForm(token('سيطرتها')) // 'سيطرة'
 * `frontLetters` (from a lexicon match) overrides the text layer's split of the front.
 */
import type { Token } from '../types.js';
import { skipLetters } from './sentence-words.js';

const PRONOUNS = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'كن'];
const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك', 'ال']);

/**
 * Letters of the token's proclitics as the text layer split them, counting only true proclitics
 * (not an imperfect prefix) and لل as two letters.
 */
function frontOf(token: Token): number {
  let letters = 0;
  for (let i = 0; i < token.prefixes.length; i++) {
    const p = token.prefixes[i] as string;
    if (!PROCLITICS.has(p)) break;
    letters += p === 'ال' && token.prefixes[i - 1] === 'ل' && token.key.startsWith('لل', letters - 1) ? 1 : p.length;
  }
  return letters;
}

export function displayForm(token: Token, frontLetters?: number): string {
  const front = frontLetters ?? frontOf(token);
  let text = token.text.slice(skipLetters(token.text, front));
  const bare = text.replace(/[\u064B-\u065F\u0670\u0640]/g, '');
  const pronoun = token.suffixes.at(-1);
  if (pronoun !== undefined && PRONOUNS.includes(pronoun) && bare.endsWith(pronoun) && bare.length - pronoun.length >= 3) {
    text = text.slice(0, skipLetters(text, bare.length - pronoun.length));
    if (text.endsWith('ت')) text = `${text.slice(0, -1)}ة`;
  }
  return text.replace(/\u0640/g, '');
}
