/**
 * Organisations in a sentence: quoted names after a head word or a preposition (تنظيم «داعش»،
 * لـ«رويترز»), quoted names that begin with a head word («كتائب حزب الله»), head words with their
 * complement (وزارة الداخلية، حركة حماس), and well-known bodies (الأمم المتحدة).
 */
import { GREGORIAN_MONTHS, HIJRI_MONTHS, SYRIAC_MONTHS } from '../data/calendar.js';
import { KNOWN_ORGANISATIONS, ORGANISATION_HEADS, QUOTED_ORGANISATION_HEADS } from '../data/organisations.js';
import type { Sentence } from '../types.js';
import type { QuotedSpan } from './find-guillemets.js';
import { findKnownNames } from './find-known-names.js';
import type { Mention } from './mention.js';
import { nameSpan } from './name-span.js';
import type { Word } from './sentence-words.js';
import { definiteBase, hasArticle, isNeverName, isNisbaAdjective, isVerbShaped, reportingVerbOf } from './word-shape.js';

/** Organisation mentions of one sentence; claims their words in `claimed`. */
export function findOrganisations(
  sentence: Sentence,
  words: readonly Word[],
  quotes: readonly QuotedSpan[],
  known: ReadonlySet<string>,
  claimed: Set<number>,
  text: string,
): Mention[] {
  const out: Mention[] = [];
  for (const quote of quotes) {
    const inside = words.filter((w) => w.token.start > quote.open && w.token.end <= quote.close);
    const first = inside[0];
    const last = inside.at(-1);
    if (!first || !last || inside.length > 6 || inside.some((w) => claimed.has(w.index))) continue;
    if (isQuotedOrganisation(inside, words[first.index - 2], words[last.index + 2], known)) {
      out.push({
        type: 'organisation',
        sentence: sentence.id,
        first: first.index,
        last: last.index,
        name: text.slice(first.token.start, last.token.end),
        span: [first.token.start, last.token.end],
      });
      for (const w of inside) claimed.add(w.index);
    }
  }
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    if (claimed.has(i) || !word.isWord) continue;
    const head = word.fronts.find((f) => f.letters <= 2 && ORGANISATION_HEADS.has(f.base));
    if (!head) continue;
    const end = complementEnd(words, i + 1, claimed);
    if (end === i) continue;
    const mention = nameSpan(words, i, end, head.letters, text);
    out.push({ type: 'organisation', sentence: sentence.id, first: i, last: end, name: mention.name, span: mention.span });
    for (let k = i; k <= end; k++) claimed.add(k);
    i = end;
  }
  out.push(...findAcronyms(sentence, words, claimed));
  for (const found of findKnownNames(words, KNOWN_ORGANISATIONS, claimed, text)) {
    out.push({ type: 'organisation', sentence: sentence.id, ...found });
  }
  return out;
}

/**
 * Index of the last word of a head's complement: a definite noun (الداخلية، الصحافة) or one
 * undeclined name (حماس، داعش), then nisba adjectives (الفرنسية، الدولي) and at most one noun
 * joined by و (التربية والتعليم).
 */
function complementEnd(words: readonly Word[], from: number, claimed: ReadonlySet<number>): number {
  const first = words[from];
  if (!first || claimed.has(from) || !first.isWord || first.isStop) return from - 1;
  const definite = definiteBase(first, 0) !== undefined;
  const name = !definite && !/[هاي]$/.test(first.key) && !isVerbShaped(first.key) && first.key.length >= 3 && !first.key.startsWith('و');
  if (!definite && !name) return from - 1;
  let end = from;
  let joined = false;
  for (let j = from + 1; j < words.length && j < from + 4; j++) {
    const w = words[j] as Word;
    if (claimed.has(j) || !w.isWord || w.isStop) break;
    if (isNisbaAdjective(w)) {
      end = j;
      continue;
    }
    if (definite && !joined && w.fronts.some((f) => f.clitic === 'و' && f.article)) {
      joined = true;
      end = j;
      continue;
    }
    break;
  }
  return end;
}

/**
 * Whether the quoted words name an organisation: a known name; a name that begins with a head
 * word («كتائب حزب الله»); a head word before it (تنظيم «داعش»); a name-shaped phrase after «for»
 * or «in» (لـ«رويترز»، في «الحشد الشعبي»); or a definite name as the subject of a verb of saying,
 * with the sentence going on after it (وأعلنت «المقاومة الإسلامية في العراق» مسؤوليتها).
 */
function isQuotedOrganisation(
  inside: readonly Word[],
  before: Word | undefined,
  after: Word | undefined,
  known: ReadonlySet<string>,
): boolean {
  const firstWord = inside[0] as Word;
  const key = inside.map((w) => w.key).join(' ');
  if (known.has(key) || KNOWN_ORGANISATIONS.has(key)) return true;
  if (inside.some((w) => !w.isWord || isVerbShaped(w.key))) return false;
  if (firstWord.fronts.some((f) => f.letters === 0 && (ORGANISATION_HEADS.has(f.base) || QUOTED_ORGANISATION_HEADS.has(f.base))))
    return true;
  if (!before) return false;
  if (
    before.isWord &&
    before.fronts.some((f) => f.letters <= 2 && (ORGANISATION_HEADS.has(f.base) || QUOTED_ORGANISATION_HEADS.has(f.base)))
  )
    return true;
  if (before.key === 'ل' || before.key === 'في') return isNameShaped(inside);
  if (reportingVerbOf(before) !== undefined && after?.isWord === true) return inside.length >= 2 && isDefiniteName(inside);
  return false;
}

/** One to three words, the first definite and the rest definite or function words; or one name. */
function isNameShaped(inside: readonly Word[]): boolean {
  if (inside.length > 3 || inside.some((w) => w.key.startsWith('و'))) return false;
  const first = inside[0] as Word;
  if (first.isStop) return false;
  if (hasArticle(first)) return isDefiniteName(inside);
  return inside.length === 1 && !/(ه|ات)$/.test(first.key);
}

/** Every content word carries the article, and none is joined by و (a list, not a name). */
function isDefiniteName(inside: readonly Word[]): boolean {
  const first = inside[0] as Word;
  return !first.isStop && inside.every((w) => !w.key.startsWith('و') && (w.isStop || hasArticle(w)));
}

/**
 * An abbreviation in brackets after a definite name: «القيادة العسكرية الأميركية في الشرق الأوسط
 * (سنتكوم)». One Arabic word without the article, not a month (أكتوبر (تشرين الأول)) or a number.
 */
function findAcronyms(sentence: Sentence, words: readonly Word[], claimed: Set<number>): Mention[] {
  const out: Mention[] = [];
  for (let i = 1; i + 2 < words.length; i++) {
    const open = words[i] as Word;
    const inner = words[i + 1] as Word;
    const close = words[i + 2] as Word;
    const before = words[i - 1] as Word;
    if (open.token.text !== '(' || close.token.text !== ')' || !inner.isWord || inner.isStop || claimed.has(i + 1)) continue;
    if (!before.isWord || !hasArticle(before) || hasArticle(inner) || isNeverName(inner) || isCalendarWord(inner) || inner.key.length < 3)
      continue;
    out.push({
      type: 'organisation',
      sentence: sentence.id,
      first: i + 1,
      last: i + 1,
      name: inner.token.text,
      span: [inner.token.start, inner.token.end],
    });
    claimed.add(i + 1);
  }
  return out;
}

/** Month names of any system: the bracketed other name of a month is not an abbreviation. */
function isCalendarWord(word: Word): boolean {
  return (
    GREGORIAN_MONTHS.has(word.key) ||
    SYRIAC_MONTHS.has(word.key) ||
    HIJRI_MONTHS.has(word.key) ||
    word.key === 'تشرين' ||
    word.key === 'كانون'
  );
}
