/**
 * The written name covered by words `first…last` of a sentence, without the front clitic letters
 * of its first word (لوزير → وزير، للبنتاغون → البنتاغون).
 */
import type { Word } from './sentence-words.js';
import { skipLetters } from './sentence-words.js';

/** Name and `[start, end)` span in `text` of words `first…last` minus `letters` clitic letters. */
export function nameSpan(
  words: readonly Word[],
  first: number,
  last: number,
  letters: number,
  text: string,
): { name: string; span: [number, number] } {
  const a = words[first] as Word;
  const b = words[last] as Word;
  const lamArticle = letters > 0 && a.fronts.some((f) => f.letters === letters && f.article && !a.key.slice(letters).startsWith('ا'));
  const start = a.token.start + skipLetters(a.token.text, letters);
  const end = b.token.end;
  const written = text.slice(start, end);
  return { name: lamArticle ? `ا${written}` : written, span: [start, end] };
}
