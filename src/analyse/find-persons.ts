/**
 * Persons in a sentence: a name after a title or role (وزير الدفاع الأميركي لويد أوستن، اللواء
 * يحيى رسول), with an appositive role after it (… المتحدث باسم القائد الأعلى), or a common given
 * name followed by another name (محمد صالح). A role with no name after it (المتحدث، الوزير
 * الأميركي) is kept as a role mention for the quote finder to resolve.
 */
import { GIVEN_NAMES } from '../data/given-names.js';
import type { Sentence } from '../types.js';
import type { Mention, RoleMention } from './mention.js';
import { nameSpan } from './name-span.js';
import type { Word } from './sentence-words.js';
import { skipLetters } from './sentence-words.js';
import {
  canContinueName,
  canStartName,
  definiteBase,
  hasArticle,
  isNisbaAdjective,
  isNisbaSurname,
  titleFrontOf,
  titleOf,
} from './word-shape.js';

const MAX_ROLE = 7;
const MAX_NAME = 4;
const MAX_APPOSITION = 9;

export interface PersonFinds {
  readonly persons: Mention[];
  readonly roles: RoleMention[];
}

/** Person mentions and unnamed role mentions of one sentence; claims the names' words. */
export function findPersons(sentence: Sentence, words: readonly Word[], claimed: Set<number>, text: string): PersonFinds {
  const persons: Mention[] = [];
  const roles: RoleMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    if (!word.isWord || claimed.has(i)) continue;
    const title = titleOf(word);
    if (title !== undefined) {
      let j = i + 1;
      while (j < words.length && j - i <= MAX_ROLE && isRoleWord(words[j] as Word)) j++;
      const nameEnd = nameEndAt(words, j, claimed);
      if (nameEnd < j) {
        if (word.fronts.some((f) => f.letters <= 1 && f.article)) {
          roles.push(roleMention(sentence.id, words, i, text));
        }
        continue;
      }
      const roleText = text.slice(words[i]?.token.start ?? 0, words[j - 1]?.token.end ?? 0);
      const stripped = stripFront(word, roleText);
      const apposition = appositionAt(words, nameEnd + 1, text);
      const found = nameSpan(words, j, nameEnd, 0, text);
      persons.push({
        type: 'person',
        sentence: sentence.id,
        first: j,
        last: nameEnd,
        roleFirst: i,
        name: found.name,
        role: apposition ? `${stripped}، ${apposition.text}` : stripped,
        span: found.span,
      });
      for (let k = j; k <= nameEnd; k++) claimed.add(k);
      i = apposition ? apposition.last : nameEnd;
      continue;
    }
    const given = word.fronts.find((f) => f.letters <= 1 && GIVEN_NAMES.has(f.base));
    if (given && !word.isStop) {
      const end = nameEndAt(words, i, claimed, given.letters);
      if (end > i && confirmsName(words, i + 1, end)) {
        const found = nameSpan(words, i, end, given.letters, text);
        const apposition = appositionAt(words, end + 1, text);
        persons.push({
          type: 'person',
          sentence: sentence.id,
          first: i,
          last: end,
          name: found.name,
          ...(apposition ? { role: apposition.text } : {}),
          span: found.span,
        });
        for (let k = i; k <= end; k++) claimed.add(k);
        i = end;
      }
    }
  }
  return { persons, roles };
}

/** Words of a role after its title: definite complements (الخارجية، بالعراق), more titles, باسم. */
function isRoleWord(word: Word): boolean {
  if (!word.isWord || word.isStop) return false;
  return definiteBase(word) !== undefined || titleOf(word) !== undefined || word.key === 'باسم';
}

/** Last index of a name starting at `at` (at − 1 when there is none). */
function nameEndAt(words: readonly Word[], at: number, claimed: ReadonlySet<number>, firstLetters = 0): number {
  let k = at;
  while (k < words.length && k - at < MAX_NAME && !claimed.has(k)) {
    const w = words[k] as Word;
    const ok = k === at ? firstLetters > 0 || canStartName(w) : canContinueName(w);
    if (!ok) break;
    if (k > at && isNisbaSurname(w)) return k;
    const next = words[k + 1];
    // A compound given name: عبد الله، أبو بكر.
    if (next && ['عبد', 'ابو', 'بن', 'ابن'].includes(w.key) && next.isWord && !next.isStop) k++;
    k++;
  }
  return k - 1;
}

/** A name found by its given name needs a second part that is itself name-like. */
function confirmsName(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const w = words[k] as Word;
    if (GIVEN_NAMES.has(w.key) || isNisbaSurname(w)) return true;
  }
  return false;
}

/** An appositive role right after a name: المتحدث باسم القائد الأعلى للقوات المسلحة العراقية. */
function appositionAt(words: readonly Word[], at: number, text: string): { text: string; last: number } | undefined {
  const first = words[at];
  if (!first?.isWord || !hasArticle(first) || titleOf(first) === undefined) return undefined;
  let last = at;
  for (let k = at + 1; k < words.length && k - at < MAX_APPOSITION; k++) {
    const w = words[k] as Word;
    if (!w.isWord || w.isStop || !(definiteBase(w) !== undefined || titleOf(w) !== undefined || w.key === 'باسم')) break;
    last = k;
  }
  return { text: text.slice(first.token.start, (words[last] as Word).token.end), last };
}

/** A role with no name: the title and the nisba adjectives after it (الوزير الأميركي). */
function roleMention(sentence: number, words: readonly Word[], at: number, text: string): RoleMention {
  let last = at;
  while (last + 1 < words.length && isNisbaAdjective(words[last + 1] as Word)) last++;
  const first = words[at] as Word;
  const whole = text.slice(first.token.start, (words[last] as Word).token.end);
  const keys: string[] = [];
  for (let k = at; k <= last; k++) {
    const w = words[k] as Word;
    keys.push(k === at ? (titleOf(w) as string) : w.key.replace(/^ال/, '').replace(/ه$/, ''));
  }
  return { sentence, first: at, last, text: stripFront(first, whole), words: keys };
}

/** `text` without the conjunction or preposition letters of its first word (لوزير → وزير). */
function stripFront(word: Word, text: string): string {
  const front = titleFrontOf(word);
  if (!front || front.letters === 0) return text;
  const rest = text.slice(skipLetters(word.token.text, front.letters));
  return front.article && !rest.startsWith('ا') ? `ا${rest}` : rest;
}
