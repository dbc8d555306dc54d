/**
 * Organisations in a sentence: quoted names after a head word or a preposition (تنظيم «داعش»،
 * لـ«رويترز»), quoted names that begin with a head word («كتائب حزب الله»), bracketed
 * abbreviations (سنتكوم), well-known bodies (الأمم المتحدة), and — after the places — head words
 * with their complement (وزارة الداخلية، حركة حماس).
 */
import { GREGORIAN_MONTHS, HIJRI_MONTHS, SYRIAC_MONTHS } from '../data/calendar.js';
import { KNOWN_ORGANISATIONS, ORGANISATION_HEADS, QUOTED_ORGANISATION_HEADS } from '../data/organisations.js';
import type { Sentence } from '../types.js';
import type { QuotedSpan } from './find-guillemets.js';
import { findKnownNames } from './find-known-names.js';
import { type Mention, mentionOf } from './mention.js';
import { nameMention } from './name-span.js';
import type { Word } from './sentence-words.js';
import type { Claims } from './word-claims.js';
import { Feature } from './word-features.js';
import { definiteBase, hasArticle, isNeverName, isNisbaAdjective, isVerbShaped, reportingVerbOf } from './word-shape.js';

/**
 * Organisation mentions of one sentence; claims their words in `claimed`. A quoted span keeps
 * what its words and neighbours say (its `shape`, all but `known`) for a second pass over the
 * same sentence to reuse; its `verdict`, when findFacts has settled it, decides outright. When
 * `learn` is given, the keys of quoted names that are organisations by their shape go into it;
 * when `missed` is, the keys of quoted names that were not (nor known) go into that.
 */
export function findOrganisations(
  sentence: Sentence,
  words: readonly Word[],
  quotes: readonly QuotedSpan[],
  known: ReadonlySet<string>,
  claimed: Claims,
  text: string,
  learn?: Set<string>,
  missed?: string[],
): Mention[] {
  const out: Mention[] = [];
  let from = 0;
  for (let q = 0; q < quotes.length; q++) {
    const quote = quotes[q] as QuotedSpan;
    // The words strictly inside the marks: a run, as words are in text order.
    while (from < words.length && (words[from] as Word).token.start <= quote.open) from++;
    let to = from;
    while (to < words.length && (words[to] as Word).token.end <= quote.close) to++;
    if (to === from || to - from > 6) continue;
    let taken = false;
    for (let k = from; k < to && !taken; k++) taken = claimed.has((words[k] as Word).index);
    if (taken) continue;
    const first = words[from] as Word;
    const last = words[to - 1] as Word;
    // The quote's shape (judged once, see quotedNameShape) or a name known from elsewhere; the
    // words' key is built only when one of the two needs it.
    const settled = quote.verdict;
    let key: string | undefined;
    let organisation = settled ?? quote.shape;
    if (organisation === undefined) {
      key = keyOfWords(words, from, to);
      organisation = quotedNameShape(quote, wordsIn(words, from, to), words[first.index - 2], words[last.index + 2], key);
    }
    if (organisation && learn) learn.add(key ?? keyOfWords(words, from, to));
    if (!organisation && settled === undefined) {
      key ??= keyOfWords(words, from, to);
      organisation = known.has(key);
      if (!organisation) missed?.push(key);
    }
    if (organisation) {
      out.push(
        mentionOf('organisation', sentence.id, first.index, last.index, text.slice(first.token.start, last.token.end), [
          first.token.start,
          last.token.end,
        ]),
      );
      for (let k = from; k < to; k++) claimed.add((words[k] as Word).index);
    }
  }
  if (sentence.text.includes('(')) out.push(...findAcronyms(sentence, words, claimed));
  return out;
}

/** Per length, one array reused by wordsIn (the shape test keeps no word list). */
const INSIDE: Word[][] = [];

/** Words `from…to-1` in an array of that length, reused from one call to the next. */
function wordsIn(words: readonly Word[], from: number, to: number): readonly Word[] {
  const n = to - from;
  while (INSIDE.length <= n) INSIDE.push(new Array<Word>(INSIDE.length));
  const inside = INSIDE[n] as Word[];
  for (let k = 0; k < n; k++) inside[k] = words[from + k] as Word;
  return inside;
}

/** The keys of words `from…to-1`, joined by spaces. */
function keyOfWords(words: readonly Word[], from: number, to: number): string {
  let key = (words[from] as Word).key;
  for (let k = from + 1; k < to; k++) key += ` ${(words[k] as Word).key}`;
  return key;
}

/**
 * Whether the words inside `quote` (`key`: their keys; `before` and `after`: the words two places
 * off) name an organisation by themselves, whatever names the text knows; judged once per quote
 * (kept as its `shape`).
 */
export function quotedNameShape(
  quote: QuotedSpan,
  inside: readonly Word[],
  before: Word | undefined,
  after: Word | undefined,
  key: string,
): boolean {
  let shaped = quote.shape;
  if (shaped === undefined) {
    shaped = isQuotedOrganisation(inside, before, after, key);
    quote.shape = shaped;
  }
  return shaped;
}

/** Well-known bodies named without a head word (الأمم المتحدة، البنتاغون); runs last. */
export function findKnownOrganisations(sentence: Sentence, words: readonly Word[], claimed: Claims, text: string): Mention[] {
  return findKnownNames(words, KNOWN_ORGANISATIONS, claimed, text, Feature.organisationStart, 'organisation', sentence.id);
}

/**
 * Organisations named by a head word and its complement: وزارة الداخلية، حركة حماس الفلسطينية،
 * منتخب كوت ديفوار (a place may be the complement), منظمة الأمم المتحدة للتربية والعلم والثقافة;
 * or a definite head with a nisba adjective that agrees with it in gender (البنك المركزي المصري،
 * الجامعة الأردنية; not «مؤشر البورصة الرئيسي», whose adjective belongs to مؤشر). Runs after
 * the places, so that a head inside a place name (قناة السويس) is left alone.
 */
export function findHeadedOrganisations(
  sentence: Sentence,
  words: readonly Word[],
  claimed: Claims,
  places: readonly Mention[],
  text: string,
): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    if ((word.features & Feature.organisationHead) === 0 || claimed.has(i) || !word.isWord) continue;
    const head = word.fronts.find((f) => f.letters <= 2 && ORGANISATION_HEADS.has(f.base));
    const definiteHead =
      !head &&
      word.fronts.some((f) => f.letters <= 1 && f.article && ORGANISATION_HEADS.has(f.base.slice(2))) &&
      words[i + 1] !== undefined &&
      isNisbaAdjective(words[i + 1] as Word) &&
      word.key.endsWith('ه') === (words[i + 1] as Word).key.endsWith('يه');
    if (!head && !definiteHead) continue;
    const end = definiteHead ? chainEnd(words, i + 1, claimed) : complementEnd(words, i + 1, claimed, places);
    if (end === i) continue;
    const letters =
      head?.letters ?? word.fronts.find((f) => f.letters <= 1 && f.article && ORGANISATION_HEADS.has(f.base.slice(2)))?.letters ?? 0;
    out.push(nameMention('organisation', sentence.id, words, i, end, letters, text));
    for (let k = i; k <= end; k++) claimed.add(k);
    i = end;
  }
  return out;
}

/**
 * Index of the last word of a head's complement: a place (منتخب كوت ديفوار), a definite noun and
 * what follows it (see chainEnd), or one undeclined name (حماس، داعش) with nisba adjectives.
 */
function complementEnd(words: readonly Word[], from: number, claimed: Claims, places: readonly Mention[]): number {
  const first = words[from];
  const place = places.find((p) => p.first === from);
  if (place) return nisbaEnd(words, place.last + 1, claimed) ?? place.last;
  if (!first || claimed.has(from) || !first.isWord || first.isStop) return from - 1;
  if (definiteBase(first, 0) !== undefined) return chainEnd(words, from, claimed);
  const name =
    !endsInOneOf(first.key, 'هاي') &&
    !isVerbShaped(first.key) &&
    first.key.length >= 3 &&
    !first.key.startsWith('و') &&
    !isNeverName(first);
  if (!name) return from - 1;
  return nisbaEnd(words, from + 1, claimed) ?? from;
}

/** Whether `key` ends in one of `letters` (as /[…]$/.test(key)). */
function endsInOneOf(key: string, letters: string): boolean {
  const c = key.charCodeAt(key.length - 1);
  for (let i = 0; i < letters.length; i++) if (letters.charCodeAt(i) === c) return true;
  return false;
}

/** The last of the nisba adjectives starting at `from`, if any. */
function nisbaEnd(words: readonly Word[], from: number, claimed: Claims): number | undefined {
  let end: number | undefined;
  for (let j = from; j < words.length && j < from + 3; j++) {
    const w = words[j] as Word;
    if (claimed.has(j) || !isNisbaAdjective(w)) break;
    end = j;
  }
  return end;
}

/**
 * The end of a definite chain starting at `from`: definite words (الصحافة الفرنسية، الأمم
 * المتحدة), ل/و + definite words (للتربية والعلم والثقافة), and ل + a noun + its definite
 * genitive (لكرة القدم); at most six words.
 */
function chainEnd(words: readonly Word[], from: number, claimed: Claims): number {
  let end = from;
  for (let j = from + 1; j < words.length && j < from + 6; j++) {
    const w = words[j] as Word;
    if (claimed.has(j) || !w.isWord || w.isStop) break;
    if (hasArticle(w) || w.fronts.some((f) => f.letters === 1 && (f.clitic === 'ل' || f.clitic === 'و') && f.article)) {
      end = j;
      continue;
    }
    const next = words[j + 1];
    if (w.key.startsWith('ل') && next && !claimed.has(j + 1) && hasArticle(next) && !next.isStop) {
      end = j + 1;
      j++;
      continue;
    }
    break;
  }
  return end;
}

/**
 * Whether the quoted words (`key`: their keys) name an organisation by themselves: a well-known name; a name that begins with a head
 * word («كتائب حزب الله»); a head word before it (تنظيم «داعش»); a name-shaped phrase after «for»
 * or «in» (لـ«رويترز»، في «الحشد الشعبي»); or a definite name as the subject of a verb of saying,
 * with the sentence going on after it (وأعلنت «المقاومة الإسلامية في العراق» مسؤوليتها).
 */
function isQuotedOrganisation(inside: readonly Word[], before: Word | undefined, after: Word | undefined, key: string): boolean {
  const firstWord = inside[0] as Word;
  if (KNOWN_ORGANISATIONS.has(key)) return true;
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
  return inside.length === 1 && !first.key.endsWith('ه') && !first.key.endsWith('ات');
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
function findAcronyms(sentence: Sentence, words: readonly Word[], claimed: Claims): Mention[] {
  const out: Mention[] = [];
  for (let i = 1; i + 2 < words.length; i++) {
    const open = words[i] as Word;
    const inner = words[i + 1] as Word;
    const close = words[i + 2] as Word;
    const before = words[i - 1] as Word;
    if (open.token.text !== '(' || close.token.text !== ')' || !inner.isWord || inner.isStop || claimed.has(i + 1)) continue;
    if (
      !before.isWord ||
      !before.fronts.some((f) => f.article) ||
      hasArticle(inner) ||
      isNeverName(inner) ||
      isCalendarWord(inner) ||
      inner.key.length < 3
    )
      continue;
    out.push(mentionOf('organisation', sentence.id, i + 1, i + 1, inner.token.text, [inner.token.start, inner.token.end]));
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
