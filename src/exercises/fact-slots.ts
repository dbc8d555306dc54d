/**
 * Fact slots: the place in a sentence where a fact can be blanked out or swapped, with the words
 * that could stand there instead (same kind, same shape). Multiple-choice and true/false items
 * are both cut from these.
 */
import { CAPITALS, COUNTRIES, MONTHS, NUMBER_WORD_SETS, WEEKDAYS } from '../data/distractor-lists.js';
import { MIDDLE_EAST } from '../data/middle-east.js';
import { isLetterOrMark } from '../text/letters.js';
import { normalizeKey } from '../text/normalize-key.js';
import type { Analysis, Fact, QuestionTopic, Sentence } from '../types.js';
import { optionKey } from './option-key.js';
import { perAnalysis } from './per-analysis.js';
import { personCountry, sameCountry } from './person-country.js';
import { personGender, sameGender } from './person-gender.js';
import { phraseShape, sameName } from './phrase-shape.js';

export type SlotKind = 'person' | 'place' | 'organisation' | 'number' | 'numberWord' | 'year' | 'weekday' | 'month';

export interface FactSlot {
  readonly kind: SlotKind;
  readonly topic: QuestionTopic;
  readonly sentence: Sentence;
  /** Offsets of the replaceable words in `Text.text`. */
  readonly start: number;
  readonly end: number;
  /** The words as written there. */
  readonly key: string;
  /**
   * Words of the same kind and shape that could stand there, in tiers: the article's own first,
   * then the built-in lists. May include the key.
   */
  readonly candidates: readonly (readonly string[])[];
}

const TOPIC: Record<SlotKind, QuestionTopic> = {
  person: 'person',
  place: 'place',
  organisation: 'organisation',
  number: 'number',
  numberWord: 'number',
  year: 'date',
  weekday: 'date',
  month: 'date',
};

/** Every fact of the analysis that can be blanked, in document order (worked out once per analysis). */
export const factSlots: (analysis: Analysis) => readonly FactSlot[] = perAnalysis(findFactSlots);

function findFactSlots(analysis: Analysis): FactSlot[] {
  const pools = collectPools(analysis);
  const gender = personGender(analysis);
  const country = personCountry(analysis);
  const text = analysis.text.text;
  const slots: FactSlot[] = [];
  // A worksheet asks a few dozen questions: a very long article's first facts are plenty.
  for (const fact of analysis.facts.slice(0, MAX_FACTS)) {
    const sentence = analysis.text.sentences[fact.sentence];
    if (!sentence) continue;
    const located = locate(fact, sentence, analysis);
    if (!located) continue;
    const key = text.slice(located.start, located.end);
    if (key.trim() === '' || key !== key.trim()) continue;
    // A name in parentheses is another's alias («القيادة المركزية (سنتكوم)»), and a name followed by
    // its alias gives itself away («أعلن ____ (كاف)»).
    if (/\([«"“\s]*$/.test(text.slice(Math.max(0, located.start - 3), located.start))) continue;
    if (/^[»"”\s]*\(/.test(text.slice(located.end, located.end + 3))) continue;
    // «عمان» is Oman and Amman: which one the article means, a list cannot tell.
    if (located.kind === 'place' && COUNTRY_KEYS.has(optionKey(key)) && CAPITAL_KEYS.has(optionKey(key))) continue;
    // The word before an organisation's name may say its sort («تنظيم «داعش»»).
    const before =
      analysis.text.text
        .slice(Math.max(sentence.start, located.start - 12), located.start)
        .replace(/[«"“\s]+$/, '')
        .split(/\s+/)
        .at(-1) ?? '';
    // «١٥٠ هجوماً»: a counted noun in the accusative follows only numbers ending in 11–99; «١٠٠
    // هجوماً» would be wrong Arabic, so such options give the answer away.
    const counted =
      text
        .slice(located.end, located.end + 30)
        .trim()
        .split(/\s+/, 1)[0] ?? '';
    const accusative = located.kind === 'number' && /(اً|ًا)$/.test(counted);
    const candidates = candidatesFor(located.kind, key, pools, before).map((tier) =>
      located.kind === 'person'
        ? tier.filter((c) => sameGender(gender, key, c) && sameCountry(country, key, c))
        : accusative
          ? tier.filter(takesAccusative)
          : tier,
    );
    slots.push({ kind: located.kind, topic: TOPIC[located.kind], sentence, start: located.start, end: located.end, key, candidates });
  }
  return dedupeSlots(slots);
}

interface Located {
  readonly kind: SlotKind;
  readonly start: number;
  readonly end: number;
}

/** Where in the sentence the fact's replaceable words are. */
function locate(fact: Fact, sentence: Sentence, analysis: Analysis): Located | undefined {
  const text = analysis.text.text;
  const [from, to] = fact.span;
  if (from < sentence.start || to > sentence.end) return undefined;
  switch (fact.kind) {
    case 'entity': {
      const at = findInside(text, from, to, fact.name);
      return at && { kind: fact.type, start: at[0], end: at[1] };
    }
    case 'number': {
      const token = sentence.tokens.find((t) => t.start >= from && t.end <= to && (t.kind === 'number' || numberWordSet(t.text)));
      if (!token) return undefined;
      if (token.kind === 'number') {
        const isYear = /^(1[89]|20)\d\d$/.test(token.key);
        return isYear ? undefined : { kind: 'number', start: token.start, end: token.end };
      }
      return { kind: 'numberWord', start: token.start, end: token.end };
    }
    case 'date': {
      if (fact.type === 'year') {
        const token = sentence.tokens.find((t) => t.start >= from && t.end <= to && t.kind === 'number');
        return token && { kind: 'year', start: token.start, end: token.end };
      }
      if (fact.type === 'weekday') {
        const surface = text.slice(from, to);
        return WEEKDAYS.some((d) => normalizeKey(surface).includes(normalizeKey(d)))
          ? { kind: 'weekday', start: from, end: to }
          : undefined;
      }
      if (fact.type === 'month') {
        const month = monthIndex(text.slice(from, to));
        if (month === undefined) return undefined;
        const at = monthSpan(text, from, to);
        return at && { kind: 'month', start: at[0], end: at[1] };
      }
      return undefined;
    }
    case 'quote':
      return undefined;
  }
}

/** Span of `name` inside `[from, to)`, matched on normalised keys; the whole span when they match. */
function findInside(text: string, from: number, to: number, name: string): [number, number] | undefined {
  const want = normalizeKey(name);
  // A key is never longer than its text, and the key of a part is a part of the whole's key: a
  // name the span's key does not hold is not inside it, and no shorter stretch can spell it.
  if (!normalizeKey(text.slice(from, to)).includes(want)) return undefined;
  for (let s = from; s < to && s + want.length <= to; s++) {
    if (s > from && isLetterOrMark(text.charCodeAt(s - 1)) && !isClitic(text.slice(from, s))) continue;
    for (let e = to; e - s >= want.length && e > s; e--) {
      if (normalizeKey(text.slice(s, e)) === want) {
        if (e < text.length && isLetterOrMark(text.charCodeAt(e))) continue;
        return [s, e];
      }
    }
  }
  return undefined;
}

/** Proclitics that may stay glued before a blank (بـ، لـ، و، وبـ …). */
function isClitic(prefix: string): boolean {
  const tail =
    normalizeKey(prefix)
      .split(/[\s«(]/)
      .at(-1) ?? '';
  return /^(و|ف)?(ب|ل|ك)?$/.test(tail) && tail !== '';
}

interface Pools {
  readonly person: string[];
  readonly place: string[];
  readonly organisation: string[];
  readonly numbers: string[];
  readonly years: string[];
  readonly weekdays: string[];
  /** The places of each sort, regions left out: what a place slot of that sort may offer. */
  readonly localPlaces: ReadonlyMap<PlaceSort, readonly string[]>;
  /** The sort of each organisation (by index), and whether its first word alone has a sort. */
  readonly organisationSorts: readonly string[];
  readonly headed: readonly boolean[];
}

const MAX_FACTS = 600;

function collectPools(analysis: Analysis): Pools {
  const pools: Record<'person' | 'place' | 'organisation' | 'numbers' | 'years' | 'weekdays', string[]> = {
    person: [],
    place: [],
    organisation: [],
    numbers: [],
    years: [],
    weekdays: [],
  };
  for (const name of analysis.names) pools[name.type].push(name.name);
  // A worksheet asks a few dozen questions: a very long article's first facts are plenty.
  for (const fact of analysis.facts.slice(0, MAX_FACTS)) {
    if (fact.kind === 'entity') pools[fact.type].push(fact.name);
    if (fact.kind === 'number') {
      const m = fact.surface.match(/[0-9٠-٩][0-9٠-٩,.٬٫]*/);
      if (m) pools.numbers.push(m[0]);
    }
    if (fact.kind === 'date' && fact.type === 'year' && fact.value !== undefined) pools.years.push(String(fact.value));
  }
  const unique = (items: string[]) => [...new Set(items)].slice(0, 200);
  const place = unique(pools.place);
  const organisation = unique(pools.organisation);
  // What every slot asks of each place and organisation, worked out once per article.
  const localPlaces = new Map<PlaceSort, string[]>([
    ['country', []],
    ['capital', []],
    ['locality', []],
  ]);
  for (const p of place) if (!isRegion(p)) localPlaces.get(placeSort(p))?.push(p);
  return {
    person: unique(pools.person),
    place,
    organisation,
    numbers: unique(pools.numbers),
    years: unique(pools.years),
    weekdays: unique(pools.weekdays),
    localPlaces,
    organisationSorts: organisation.map(organisationSort),
    headed: organisation.map((o) => organisationSort(o.split(/\s+/)[0] ?? '') !== 'other'),
  };
}

/** Candidates of the same kind and shape as `key`: the article's own tier first, then built-in ones. */
function candidatesFor(kind: SlotKind, key: string, pools: Pools, before = ''): (readonly string[])[] {
  const shaped = (items: readonly string[]) => {
    const shape = phraseShape(key);
    return items.filter((c) => sameName(phraseShape(c), shape));
  };
  switch (kind) {
    case 'person':
      return [pools.person];
    case 'place': {
      const sort = placeSort(key);
      return [shaped(pools.localPlaces.get(sort) ?? []), ...builtInPlaces(sort, key)];
    }
    case 'organisation': {
      const sort = organisationSort(`${before} ${key}`);
      // After a cue word («تنظيم «…»») an option with its own head word reads «تنظيم «حركة حماس»».
      const cued = organisationSort(before) !== 'other';
      const alike = shaped(pools.organisation.filter((_, i) => pools.organisationSorts[i] === sort && !(cued && pools.headed[i])));
      // Only the article's own of the same sort: a built-in one, or a news agency among armed
      // groups («تنظيم «رويترز»»), reads as absurd, not wrong.
      return sort === 'other' ? [alike, shaped(pools.organisation)] : [alike];
    }
    case 'number':
      return [pools.numbers.filter((n) => sameNumberStyle(n, key)), nearNumbers(key)];
    case 'numberWord':
      return [[...(numberWordSet(key) ?? [])]];
    case 'year':
      return [pools.years, nearYears(key, pools.years)];
    case 'weekday':
      return [WEEKDAYS.map((day) => replaceWeekday(key, day)).filter((c): c is string => c !== undefined)];
    case 'month':
      return [monthOptions(key)];
  }
}

/**
 * The built-in countries or capitals for a place key, of the key's own region first, in its shape.
 * They depend on the key only through its sort, region and shape: kept per those, so that each
 * place slot of each article does not filter the lists again. Read only.
 */
function builtInPlaces(sort: PlaceSort, key: string): readonly (readonly string[])[] {
  const shape = phraseShape(key);
  const middleEast = MIDDLE_EAST_KEYS.has(optionKey(key));
  const id = `${sort}|${middleEast}|${shape.prefixes}|${shape.definite}`;
  let tiers = BUILT_IN_PLACES.get(id);
  if (tiers === undefined) {
    const builtIn = sort === 'country' ? COUNTRIES : sort === 'capital' ? CAPITALS : [];
    const shaped = (items: readonly string[]) => items.filter((c) => sameName(phraseShape(c), shape));
    // A built-in country of the key's own region first.
    const near = (c: string) => MIDDLE_EAST_KEYS.has(optionKey(c)) === middleEast;
    tiers = [shaped(builtIn.filter(near)), shaped(builtIn.filter((c) => !near(c)))];
    BUILT_IN_PLACES.set(id, tiers);
  }
  return tiers;
}

const BUILT_IN_PLACES = new Map<string, readonly (readonly string[])[]>();

/**
 * News agencies stand with agencies, ministries with ministries, armed or political groups with
 * their like («استهدفت الضربات «رويترز»» would be absurd, not wrong), told by the name's head word.
 */
function organisationSort(name: string): string {
  for (const word of optionKey(name).split(' ').slice(0, 2)) {
    const head = word.replace(/^(و|ف)?(ب|ل)?ال/, '');
    for (const [sort, heads] of ORGANISATION_HEADS) if (heads.has(head)) return sort;
  }
  return 'other';
}

const ORGANISATION_HEADS: readonly (readonly [string, ReadonlySet<string>])[] = [
  // A team qualifies and a federation appoints referees: «تأهل الاتحاد الأفريقي إلى النهائي» is absurd.
  ['team', new Set(['منتخب', 'فريق', 'نادي', 'ناد'])],
  ['federation', new Set(['اتحاد', 'لجنه', 'رابطه', 'منظمه', 'صندوق'])],
  ['agency', new Set(['وكاله', 'رويترز', 'اسوشيتد', 'فرانس', 'صحيفه', 'قناه', 'موقع', 'تلفزيون', 'اذاعه'])],
  ['ministry', new Set(['وزاره', 'هيئه', 'مجلس', 'مديريه', 'بنك', 'البنك', 'دائره', 'مصلحه', 'محكمه', 'جامعه', 'برلمان'])],
  [
    'group',
    new Set([
      'حركه',
      'كتائب',
      'تنظيم',
      'حزب',
      'جماعه',
      'فصيل',
      'فصائل',
      'ميليشيا',
      'ميليشيات',
      'جبهه',
      'حشد',
      'مقاومه',
      'جيش',
      'قوات',
      'سرايا',
      'لواء',
    ]),
  ],
];

/**
 * A region holds other places: «منطقة الشرق الأوسط» for «القائم» is not false, so regions are
 * never offered for another place.
 */
function isRegion(name: string): boolean {
  const key = optionKey(name);
  return REGION_WORDS.some((w) => key.includes(w));
}

const REGION_WORDS = [
  'الشرق الاوسط',
  'الخليج',
  'الشرق الادني',
  'الشرق الاقصي',
  'المغرب العربي',
  'العالم',
  'اوروبا',
  'اسيا',
  'افريقيا',
  'القاره',
  'المنطقه',
  'الاقليم',
];

const COUNTRY_KEYS = new Set(COUNTRIES.map(optionKey));
const MIDDLE_EAST_KEYS = new Set(MIDDLE_EAST.map(optionKey));
const CAPITAL_KEYS = new Set(CAPITALS.map(optionKey));

type PlaceSort = 'country' | 'capital' | 'locality';

/** Countries stand with countries, capitals with capitals, other places (a town, a base) with their like. */
export function placeSort(name: string): PlaceSort {
  const k = optionKey(name);
  return COUNTRY_KEYS.has(k) ? 'country' : CAPITAL_KEYS.has(k) ? 'capital' : 'locality';
}

/** True when a number's last two digits are 11–99, after which a counted noun is accusative. */
function takesAccusative(n: string): boolean {
  const value = Number(normalizeKey(n).replace(/[^0-9]/g, ''));
  return Number.isInteger(value) && value % 100 >= 11;
}

/** The set of number words that `word` belongs to (same gender and case), if any. */
function numberWordSet(word: string): readonly string[] | undefined {
  return NUMBER_WORD_SET_OF.get(normalizeKey(word));
}

/** Each number word's key → the first set that holds it (as a search of the sets in order finds it). */
const NUMBER_WORD_SET_OF: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, readonly string[]>();
  for (const set of NUMBER_WORD_SETS) {
    for (const w of set) {
      const k = normalizeKey(w);
      if (!out.has(k)) out.set(k, set);
    }
  }
  return out;
})();

function sameNumberStyle(a: string, b: string): boolean {
  const style = (s: string) => `${/[٠-٩]/.test(s) ? 'ar' : 'lat'}${/[,٬]/.test(s) ? ',' : ''}${/[.٫]/.test(s) ? '.' : ''}`;
  return style(a) === style(b) && a.replace(/\D/g, '').length === b.replace(/\D/g, '').length;
}

/** Round numbers near `key`, written in the same digits: 2500 → 2000, 3000, 1500, 3500 … */
function nearNumbers(key: string): string[] {
  const arabic = /[٠-٩]/.test(key);
  const n = Number(normalizeKey(key).replace(/[^0-9.]/g, ''));
  if (!Number.isFinite(n) || n <= 0 || !Number.isInteger(n)) return [];
  const step = n < 10 ? 1 : n < 100 ? 10 : 10 ** (Math.floor(Math.log10(n)) - 1) * 5;
  const out: string[] = [];
  for (const k of [1, -1, 2, -2, 3, 4, -3]) {
    const v = n + k * step;
    const yearLike = v >= 1800 && v < 2100;
    if (v > 0 && String(v).length === String(n).length && !yearLike) out.push(writeDigits(String(v), arabic));
  }
  return out;
}

/** Years near the key, none after the latest year the article names (a future year reads as absurd). */
function nearYears(key: string, years: readonly string[]): string[] {
  const arabic = /[٠-٩]/.test(key);
  const n = Number(normalizeKey(key));
  const latest = Math.max(n, ...years.map((y) => Number(normalizeKey(y))).filter(Number.isFinite));
  return [2, -2, 3, -3, 5, -5, 1, -1, -4, -6]
    .map((k) => n + k)
    .filter((y) => y <= latest)
    .map((y) => writeDigits(String(y), arabic));
}

function writeDigits(ascii: string, arabic: boolean): string {
  return arabic ? ascii.replace(/[0-9]/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)] as string) : ascii;
}

/** `key` with its weekday swapped for `day` (مساء الثلاثاء → مساء الأحد), keeping the writer's form. */
function replaceWeekday(key: string, day: string): string | undefined {
  const words = key.split(' ');
  const i = words.findIndex((w) => WEEKDAY_KEYS.has(normalizeKey(w).replace(/^ال/, '')));
  if (i < 0) return undefined;
  const hadArticle = normalizeKey(words[i] as string).startsWith('ال');
  words[i] = hadArticle ? day : day.replace(/^ال/, '');
  return words.join(' ');
}

const WEEKDAY_KEYS = new Set(WEEKDAYS.map((d) => normalizeKey(d).replace(/^ال/, '')));

function monthIndex(text: string): number | undefined {
  const k = normalizeKey(text);
  const i = MONTH_KEYS.findIndex(([a, b]) => k.includes(a) || k.includes(b));
  return i < 0 ? undefined : i;
}

const MONTH_KEYS = MONTHS.map(([a, b]) => [normalizeKey(a), normalizeKey(b)] as const);

/** The month name, with «(the other name)» after it when the writer gave both. */
function monthSpan(text: string, from: number, to: number): [number, number] | undefined {
  for (const [a, b] of MONTHS) {
    for (const name of [a, b]) {
      const at = findInside(text, from, to, name);
      if (!at) continue;
      const after = text.slice(at[1]).match(/^\s*\([^()]{2,20}\)/);
      return after && monthIndex(after[0]) !== undefined ? [at[0], at[1] + after[0].length] : at;
    }
  }
  return undefined;
}

/** Other months written as the key is: one name, or both with the second in brackets. */
function monthOptions(key: string): string[] {
  const both = /\(/.test(key);
  const first = MONTHS.findIndex(([a]) => normalizeKey(key).startsWith(normalizeKey(a)));
  return MONTHS.map(([a, b]) => {
    if (both) return first >= 0 ? `${a} (${b})` : `${b} (${a})`;
    return first >= 0 ? a : b;
  });
}

/** One slot per sentence and key: facts found twice (as entity and name) give one slot. */
function dedupeSlots(slots: FactSlot[]): FactSlot[] {
  const seen = new Set<string>();
  return slots.filter((s) => {
    const id = `${s.start}:${s.end}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return optionKey(s.key) !== '';
  });
}
