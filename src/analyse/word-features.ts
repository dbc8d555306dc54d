/**
 * What a written word may start or be, as bits computed once per distinct written form: each
 * fact finder skips, with one test, the words that cannot concern it (most words of a text).
 */
import { DAY_PARTS, GREGORIAN_MONTHS, HIJRI_MONTHS, MONTH_PARTS, SYRIAC_MONTHS, WEEKDAYS, YEAR_WORDS } from '../data/calendar.js';
import { GIVEN_NAMES } from '../data/given-names.js';
import { NUMBER_WORDS, SCALE_WORDS, TEEN_HEADS } from '../data/number-words.js';
import { KNOWN_ORGANISATIONS, ORGANISATION_HEADS } from '../data/organisations.js';
import { PERSON_TITLES } from '../data/person-titles.js';
import { PLACE_CUES, PLACE_NAMES } from '../data/places.js';
import { REPORTING_FORMS } from '../data/reporting-verbs.js';
import type { FrontReading } from './sentence-words.js';

export const Feature = {
  title: 1,
  given: 2,
  placeStart: 4,
  placeCue: 8,
  organisationHead: 16,
  organisationStart: 32,
  calendar: 64,
  number: 128,
  reporting: 256,
  /** Never part of a person's name (isNeverName): set by sentenceWords, not wordFeatures. */
  never: 512,
  /**
   * Shaped like a dual (dualOf's tests on the key: five letters or more ending in ان or ين, not
   * after ال or و): only such words can be one.
   */
  dualShape: 1024,
} as const;

const PRONOUNS = ['هما', 'هم', 'ها', 'ه'];

/** First words of the names in a list. */
function firstWords(names: ReadonlySet<string>): Set<string> {
  return new Set([...names].map((n) => n.split(' ')[0] as string));
}

const PLACE_FIRSTS = firstWords(PLACE_NAMES);
const ORGANISATION_FIRSTS = firstWords(KNOWN_ORGANISATIONS);
const MONTH_FIRSTS = new Set(
  [...GREGORIAN_MONTHS.keys(), ...SYRIAC_MONTHS.keys(), ...HIJRI_MONTHS.keys()].map((m) => m.split(' ')[0] as string),
);

/** The feature bits of one front reading: `letters` clitic letters off, `base` left. */
function featuresOf(base: string, letters: number): number {
  let bits = 0;
  const bare = base.startsWith('ال') ? base.slice(2) : base;
  if (PERSON_TITLES.has(bare)) bits |= Feature.title;
  if (letters <= 1 && GIVEN_NAMES.has(base)) bits |= Feature.given;
  if (PLACE_FIRSTS.has(base)) bits |= Feature.placeStart;
  if (letters <= 2 && PLACE_CUES.has(base)) bits |= Feature.placeCue;
  if (letters <= 2 && (ORGANISATION_HEADS.has(base) || ORGANISATION_HEADS.has(bare))) bits |= Feature.organisationHead;
  if (ORGANISATION_FIRSTS.has(base)) bits |= Feature.organisationStart;
  if (
    WEEKDAYS.has(base) ||
    DAY_PARTS.has(base) ||
    MONTH_PARTS.has(base) ||
    YEAR_WORDS.has(base) ||
    MONTH_FIRSTS.has(base) ||
    base === 'الساعه'
  )
    bits |= Feature.calendar;
  if (
    letters <= 1 &&
    (REPORTING_FORMS.has(base) || PRONOUNS.some((p) => base.endsWith(p) && REPORTING_FORMS.has(base.slice(0, -p.length))))
  )
    bits |= Feature.reporting;
  if (letters <= 1 && (NUMBER_WORDS.has(base) || SCALE_WORDS.has(base) || TEEN_HEADS.has(base))) bits |= Feature.number;
  return bits;
}

/**
 * The feature bits of a word from its front readings. Computed once per written form (the
 * readings are cached by sentenceWords), so a table of every listed base would cost more than
 * it saves on a single article.
 */
export function wordFeatures(fronts: readonly FrontReading[]): number {
  let bits = 0;
  for (const { base, letters } of fronts) bits |= featuresOf(base, letters);
  // The bare reading's base is the word's key.
  const key = fronts[0]?.base ?? '';
  if (key.length >= 5 && !key.startsWith('ال') && !key.startsWith('و') && (key.endsWith('ان') || key.endsWith('ين')))
    bits |= Feature.dualShape;
  return bits;
}
