/**
 * Persons in a sentence: a name of two words or more after a title or role (وزير الدفاع الأميركي
 * لويد أوستن، اللواء يحيى رسول، مديرة إدارة الشرق الأوسط في الصندوق ماريا فيشر), with an
 * appositive role after it (… المتحدث باسم القائد الأعلى), or a common given name followed by
 * another name (محمد صالح، رنا الحسن). A role with no name after it (المتحدث، الوزير الأميركي) is
 * kept as a role mention for the quote finder to resolve.
 */
import { GIVEN_NAMES } from '../data/given-names.js';
import { NUMBER_WORDS, SCALE_WORDS } from '../data/number-words.js';
import type { Sentence } from '../types.js';
import type { Mention, RoleMention } from './mention.js';
import { nameMention } from './name-span.js';
import type { FrontReading, Word } from './sentence-words.js';
import { skipLetters } from './sentence-words.js';
import type { Claims } from './word-claims.js';
import { Feature } from './word-features.js';
import {
  canContinueName,
  canStartName,
  definiteBase,
  hasArticle,
  isNeverName,
  isNisbaAdjective,
  isNisbaSurname,
  isStopForName,
  isTitle,
  titleFrontOf,
  titleOf,
} from './word-shape.js';

const MAX_ROLE = 8;
const MAX_NAME = 4;
const MAX_APPOSITION = 9;
/** Words that join the parts of a name: عبد الله، أبو بكر، بن سلمان، ولد أحمد. */
const CONNECTORS = new Set(['عبد', 'ابو', 'ابي', 'بن', 'ابن', 'بنت', 'ولد']);
/** Second halves of compound given names (عز الدين، عبد الله): not a role's genitive. */
const NAME_TAILS = new Set(['الدين', 'الله', 'الرحمن', 'الرحيم', 'الكريم', 'العزيز', 'الحق']);

export interface PersonFinds {
  readonly persons: Mention[];
  readonly roles: RoleMention[];
}

/** Person mentions and unnamed role mentions of one sentence; claims the names' words. */
export function findPersons(sentence: Sentence, words: readonly Word[], claimed: Claims, text: string): PersonFinds {
  const persons: Mention[] = [];
  const roles: RoleMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    if ((word.features & (Feature.title | Feature.given)) === 0 || !word.isWord || claimed.has(i)) continue;
    if (isTitle(word) && !isAdjectiveUse(words, i) && !isCounted(words, i)) {
      const j = roleEnd(words, i + 1);
      const nameEnd = nameEndAt(words, j, claimed);
      if (nameEnd - j + 1 < 2) {
        if (word.fronts.some((f) => f.letters <= 1 && f.article)) roles.push(roleMention(sentence.id, words, i, text));
        continue;
      }
      const role = stripFront(word, text.slice(word.token.start, (words[j - 1] as Word).token.end));
      const apposition = appositionAt(words, nameEnd + 1, text);
      addPerson(persons, claimed, sentence, words, text, j, nameEnd, 0, apposition ? `${role}، ${apposition.text}` : role, i);
      i = apposition ? apposition.last : nameEnd;
      continue;
    }
    const given = givenFront(word);
    if (given && !isStopForName(word)) {
      const end = nameEndAt(words, i, claimed, given.letters);
      if (end > i && confirmsName(words, i + 1, end)) {
        const apposition = appositionAt(words, end + 1, text);
        addPerson(persons, claimed, sentence, words, text, i, end, given.letters, apposition?.text);
        i = apposition ? apposition.last : end;
      }
    }
  }
  return { persons, roles };
}

/** The reading (bare, or after one clitic letter) under which a word is a common given name. */
function givenFront(word: Word): FrontReading | undefined {
  const fronts = word.fronts;
  for (let k = 0; k < fronts.length; k++) {
    const f = fronts[k] as FrontReading;
    if (f.letters <= 1 && GIVEN_NAMES.has(f.base)) return f;
  }
  return undefined;
}

/** Adds the person named by words `first…last` to `persons` and claims the words. */
function addPerson(
  persons: Mention[],
  claimed: Claims,
  sentence: Sentence,
  words: readonly Word[],
  text: string,
  first: number,
  last: number,
  letters: number,
  role: string | undefined,
  roleFirst?: number,
): void {
  persons.push(nameMention('person', sentence.id, words, first, last, letters, text, role, roleFirst));
  for (let k = first; k <= last; k++) claimed.add(k);
}

/** A definite title right after a definite noun is its adjective (المؤتمر الصحفي), not a role. */
function isAdjectiveUse(words: readonly Word[], i: number): boolean {
  const before = words[i - 1];
  return hasArticle(words[i] as Word) && before !== undefined && hasArticle(before) && !isTitle(before);
}

/** A title after a number is the counted noun (44 مليون معلم). */
function isCounted(words: readonly Word[], i: number): boolean {
  const before = words[i - 1];
  return before !== undefined && (before.token.kind === 'number' || NUMBER_WORDS.has(before.key) || SCALE_WORDS.has(before.key));
}

/**
 * Where the role after a title ends (exclusive): definite complements (الخارجية، بالعراق), more
 * titles, باسم, a construct or «ل» phrase (إدارة الشرق، لكرة القدم), «في» + a definite noun.
 */
function roleEnd(words: readonly Word[], from: number): number {
  let j = from;
  while (j < words.length && j - from < MAX_ROLE) {
    const w = words[j] as Word;
    const next = words[j + 1];
    if (!w.isWord) break;
    if (w.key === 'في' && next && definiteBase(next) !== undefined) {
      j += 2;
      continue;
    }
    if (w.isStop) break;
    if (w.key === 'باسم' && next?.isWord) {
      // المتحدث باسم يونيسف: the body spoken for, whatever its form.
      j += 2;
      continue;
    }
    if (definiteBase(w) !== undefined || isTitle(w)) {
      j++;
      continue;
    }
    const given = givenFront(w) !== undefined;
    if (!given && next && definiteBase(next, 0) !== undefined && !isNisbaSurname(next) && !isNeverName(w) && !NAME_TAILS.has(next.key)) {
      j += 2;
      continue;
    }
    break;
  }
  return j;
}

/** Last index of a name starting at `at` (at − 1 when there is none). */
function nameEndAt(words: readonly Word[], at: number, claimed: Claims, firstLetters = 0): number {
  let k = at;
  while (k < words.length && k - at < MAX_NAME && !claimed.has(k)) {
    const w = words[k] as Word;
    const afterGiven = k === at + 1 && isGiven(words[at] as Word);
    const ok =
      k === at ? firstLetters > 0 || canStartName(w) : canContinueName(w) || (afterGiven && isFamilyName(w)) || CONNECTORS.has(w.key);
    if (!ok) break;
    if (k > at && isNisbaSurname(w)) return k;
    const next = words[k + 1];
    if (next && CONNECTORS.has(w.key) && next.isWord && !next.isStop && !claimed.has(k + 1)) k++;
    else if (afterGiven && hasArticle(w)) return k;
    k++;
  }
  return k - 1;
}

function isGiven(word: Word): boolean {
  return givenFront(word) !== undefined;
}

/** A definite family name after a given name (الحسن، الخطيب): not a date, title or verb word. */
function isFamilyName(word: Word): boolean {
  return word.isWord && !word.isStop && hasArticle(word) && !isNeverName(word) && word.key.length >= 4;
}

/** A name found by its given name needs a second part that is itself name-like. */
function confirmsName(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const w = words[k] as Word;
    if (GIVEN_NAMES.has(w.key) || isNisbaSurname(w) || CONNECTORS.has(w.key) || (k === from && isFamilyName(w))) return true;
  }
  return false;
}

/** An appositive role right after a name: المتحدث باسم القائد الأعلى للقوات المسلحة العراقية. */
function appositionAt(words: readonly Word[], at: number, text: string): { text: string; last: number } | undefined {
  const first = words[at];
  if (!first?.isWord || !hasArticle(first) || !isTitle(first)) return undefined;
  let last = at;
  for (let k = at + 1; k < words.length && k - at < MAX_APPOSITION; k++) {
    const w = words[k] as Word;
    if (!w.isWord || w.isStop || !(definiteBase(w) !== undefined || isTitle(w) || w.key === 'باسم')) break;
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
