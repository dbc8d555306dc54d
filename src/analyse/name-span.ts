/**
 * The written name covered by words `first…last` of a sentence, without the front clitic letters
 * of its first word (لوزير → وزير، للبنتاغون → البنتاغون).
 */
import type { EntityType } from '../types.js';
import { type Mention, mentionOf } from './mention.js';
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
  const m = nameMention('person', -1, words, first, last, letters, text);
  return { name: m.name, span: m.span as [number, number] };
}

/**
 * The mention (mentionOf) of the name nameSpan finds in words `first…last`, built at once: the
 * finders make one per name, and the name-and-span pair between was garbage on a long text.
 */
export function nameMention(
  type: EntityType,
  sentence: number,
  words: readonly Word[],
  first: number,
  last: number,
  letters: number,
  text: string,
  role?: string,
  roleFirst?: number,
): Mention {
  const a = words[first] as Word;
  const b = words[last] as Word;
  // لل read as ل + ال: the name gets its ا back (للبنتاغون → البنتاغون), unless the word had it.
  let lamArticle = false;
  if (letters > 0 && !a.key.startsWith('ا', letters)) {
    const fronts = a.fronts;
    for (let k = 0; k < fronts.length && !lamArticle; k++) {
      const f = fronts[k] as Word['fronts'][number];
      lamArticle = f.letters === letters && f.article;
    }
  }
  const start = a.token.start + skipLetters(a.token.text, letters);
  const end = b.token.end;
  const written = text.slice(start, end);
  return mentionOf(type, sentence, first, last, lamArticle ? `ا${written}` : written, [start, end], role, roleFirst);
}
