/**
 * What a word's shape says about it, for the name finders: definite, a nisba surname, a verb, a
 * title. Shape only, so that it works without the lexicon and on names it has never seen.
 */
import { DAY_PARTS, GREGORIAN_MONTHS, MONTH_PARTS, WEEKDAYS, YEAR_WORDS } from '../data/calendar.js';
import { GIVEN_NAMES } from '../data/given-names.js';
import { NUMBER_WORDS, SCALE_WORDS } from '../data/number-words.js';
import { ORGANISATION_HEADS } from '../data/organisations.js';
import { PERSON_TITLES } from '../data/person-titles.js';
import { PLACE_CUES } from '../data/places.js';
import { REPORTING_FORMS } from '../data/reporting-verbs.js';
import type { FrontReading, Word } from './sentence-words.js';
import { Feature } from './word-features.js';

/** The word's base after at most `maxClitic` front letters, when it carries the article. */
export function definiteBase(word: Word, maxClitic = 2): string | undefined {
  if (!word.isWord || word.isStop) return undefined;
  for (const front of word.fronts) {
    if (front.letters <= maxClitic && front.article && front.base.length >= 4) return front.base;
  }
  return undefined;
}

/** A definite word ending in ي: the family names الأعرجي، السوداني، الهاشمي. */
export function isNisbaSurname(word: Word): boolean {
  return word.isWord && !word.isStop && hasArticle(word) && word.key.endsWith('ي') && word.key.length >= 5;
}

/** The word itself (no clitic before it) starts with the article ال. */
export function hasArticle(word: Word): boolean {
  return word.fronts[0]?.article ?? false;
}

/** A definite nisba adjective, possibly feminine (الأميركي، العراقية). */
export function isNisbaAdjective(word: Word): boolean {
  const base = definiteBase(word, 0);
  return base !== undefined && (base.endsWith('ي') || base.endsWith('يه'));
}

/** The title key of a word (وزير، المتحدث، لوزير → وزير، متحدث، وزير), if it is one. */
export function titleOf(word: Word): string | undefined {
  const front = titleFrontOf(word);
  return front === undefined ? undefined : front.base.startsWith('ال') ? front.base.slice(2) : front.base;
}

/** The front reading under which a word is a title, if any. */
export function titleFrontOf(word: Word): FrontReading | undefined {
  // The title bit says whether a reading is a title: most words are spared the search.
  if (!word.isWord || (word.features & Feature.title) === 0) return undefined;
  const fronts = word.fronts;
  for (let k = 0; k < fronts.length; k++) {
    const front = fronts[k] as FrontReading;
    if (PERSON_TITLES.has(front.base.startsWith('ال') ? front.base.slice(2) : front.base)) return front;
  }
  return undefined;
}

/** Whether a word is a title (titleOf), without making its key. */
export function isTitle(word: Word): boolean {
  return titleFrontOf(word) !== undefined;
}

/** A reporting verb's lemma for a word (وقال، ووصفتها، مؤكدا), if it is one. */
export function reportingVerbOf(word: Word): string | undefined {
  // The reporting bit is set whenever a reading below matches (and sometimes when none does).
  if (!word.isWord || (word.features & Feature.reporting) === 0) return undefined;
  // Found once per written form (sentenceWords keeps it with the form's readings).
  return word.readings.reporting;
}

/** Object pronouns a reporting verb may carry (قالها، أكده), longest first. */
const OBJECT_PRONOUNS = ['هما', 'هم', 'ها', 'ه'];

/** The lemma of the first reading (bare, or after و/ف) that is a verb of saying. */
export function reportingLemmaIn(fronts: readonly FrontReading[]): string | undefined {
  for (let f = 0; f < fronts.length; f++) {
    const front = fronts[f] as FrontReading;
    if (front.clitic !== '' && front.clitic !== 'و' && front.clitic !== 'ف') continue;
    const base = front.base;
    const direct = REPORTING_FORMS.get(base);
    if (direct) return direct;
    for (let p = 0; p < OBJECT_PRONOUNS.length; p++) {
      const pronoun = OBJECT_PRONOUNS[p] as string;
      if (base.endsWith(pronoun) && base.length - pronoun.length >= 3) {
        const lemma = REPORTING_FORMS.get(base.slice(0, -pronoun.length));
        if (lemma) return lemma;
      }
    }
  }
  return undefined;
}

/** Looks like a verb: future س + imperfect, or a long word ending in an object pronoun. */
export function isVerbShaped(key: string): boolean {
  if (isFutureShaped(key) && key.length >= 5) return true;
  const first = key.charCodeAt(0);
  if ((first === 0x064a || first === 0x062a) && key.length >= 3 && !GIVEN_NAMES.has(key)) return true; // ي، ت
  return key.length >= 6 && hasObjectPronoun(key);
}

/** Starts like a future verb: س and then ي، ت، ن or ا (/^س[يتنا]/, without a regular expression). */
function isFutureShaped(key: string): boolean {
  if (key.charCodeAt(0) !== 0x0633) return false;
  const c = key.charCodeAt(1);
  return c === 0x064a || c === 0x062a || c === 0x0646 || c === 0x0627;
}

/** Ends in an object pronoun: ها، هم، هما or كم. */
function hasObjectPronoun(key: string): boolean {
  return key.endsWith('ها') || key.endsWith('هم') || key.endsWith('هما') || key.endsWith('كم');
}

/**
 * Words that can never be part of a name: calendar, numbers, titles, cues, verbs of saying. For
 * a word, the `never` bit sentenceWords set from isNeverNameReading.
 */
export function isNeverName(word: Word): boolean {
  if (word.isWord) return (word.features & Feature.never) !== 0;
  return isNeverNameBase(word.fronts[0]?.base ?? word.key);
}

/**
 * isNeverName of a word from its readings and its feature bits (wordFeatures), computed once
 * per written form: a title (the title bit), a verb of saying, or a base in the lists.
 */
export function isNeverNameReading(fronts: readonly FrontReading[], features: number, reporting = reportingLemmaIn(fronts)): boolean {
  const base = fronts[0]?.base ?? '';
  return isNeverNameBase(base) || (features & Feature.title) !== 0 || reporting !== undefined;
}

/** A word's bare key in the calendar, number, place-cue or organisation-head lists. */
function isNeverNameBase(base: string): boolean {
  return (
    WEEKDAYS.has(base) ||
    DAY_PARTS.has(base) ||
    YEAR_WORDS.has(base) ||
    MONTH_PARTS.has(base) ||
    GREGORIAN_MONTHS.has(base) ||
    NUMBER_WORDS.has(base) ||
    SCALE_WORDS.has(base) ||
    PLACE_CUES.has(base) ||
    ORGANISATION_HEADS.has(base)
  );
}

/**
 * A stop word, unless it is a given name written as one: علي is a name, على (its normalised key
 * twin) the preposition.
 */
export function isStopForName(word: Word): boolean {
  return word.isStop && !(GIVEN_NAMES.has(word.key) && word.token.text.replace(/[\u064B-\u065F\u0670\u0640]/g, '') === word.key);
}

/** A word that may start a person's name. */
export function canStartName(word: Word): boolean {
  if (!word.isWord || isStopForName(word) || isNeverName(word)) return false;
  if (hasArticle(word)) return false;
  if (word.key.startsWith('و') && !GIVEN_NAMES.has(word.key)) return false;
  return !isVerbShaped(word.key) && word.key.length >= 2;
}

/** A word that may continue a person's name after its first word. */
export function canContinueName(word: Word): boolean {
  if (!word.isWord || isStopForName(word) || isNeverName(word)) return false;
  if (hasArticle(word)) return isNisbaSurname(word) || ['الله', 'الدين', 'الرحمن', 'الرحيم', 'الكريم', 'العزيز', 'الحق'].includes(word.key);
  if (word.key.startsWith('و') && !GIVEN_NAMES.has(word.key)) return false;
  return !isFutureShaped(word.key) && !(word.key.length >= 6 && hasObjectPronoun(word.key));
}
