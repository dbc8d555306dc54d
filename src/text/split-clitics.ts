/**
 * Splits a normalised word key into proclitics, stem and enclitics/endings, so that the forms of
 * a word group together (الولايات · للولايات · بالولايات → ولاي; يكتبون · كتبت → كتب). Clitics
 * come off in their grammatical order, each only when what remains is still a plausible stem:
 *
 * 1. front: «و/ف»; then «ب/ل» (or «ك» before ال) and «ال» written with a bare alef (not آلينا),
 *    or «لل» (ل + ال);
 * 2. back: a pronoun (ه ها هما هم هن ك كما كم كن ني نا) — never on a definite noun, since ال and
 *    a possessive exclude each other, and never on a word written with ة; a ت left before the
 *    pronoun is the ة of the bare word (حكومته → حكومه);
 * 3. an imperfect verb (ي/ت, or the future «س» + ي/ت/ن/أ; never a word ending in ات or ة, nor
 *    a long one ending in ت, which is a past tense: تعرضت), on a
 *    word with no article or ب/ك: prefix and person ending off; the stem is then given the shape
 *    of the past, which is the dictionary form: يستخدم → استخدم, ينسحب → انسحب, يعتبر → اعتبر,
 *    and a hollow verb gets its long vowel back (يكون → كان);
 * 4. otherwise a noun or past verb: «وا» (قرروا) or the accusative «ا» (شكلا; never after ه,
 *    since ةً takes no alef, nor after a long vowel), one inflection ending (تان تين ات ون ين ان
 *    ة), the past «ت» (كانت; not after ا: قوات), and the broken-plural patterns أفعال → فعل
 *    (written with أ; إفعال and افتعال are verbal nouns) and مفاعل → مفعل.
 *
 * `spelling` is the word as written without diacritics (same length as `key`): it tells ة from
 * the pronoun ه and أ from إ or ا, which the key merges. `known` (a lexicon, or the other words of
 * the article) is asked about the stem; when the default split's stem is unknown, splits that keep
 * a leading و/ف, take ب/ل off a shorter word or keep them, or skip the verb rules are tried, and the first
 * whose stem is known wins.
 *
 * @example splitClitics('وبالولايات') // {prefixes: ['و', 'ب', 'ال'], stem: 'ولاي', suffixes: ['ات']}
 * @example splitClitics('سيكون') // {prefixes: ['س', 'ي'], stem: 'كان', suffixes: []}
 */
import {
  ARTICLE,
  CONJUNCTIONS,
  ENCLITICS,
  FUTURE,
  IMPERFECT_ENDINGS,
  IMPERFECT_PREFIXES,
  IMPERFECT_PREFIXES_AFTER_FUTURE,
  LAM_ARTICLE,
  NOUN_ENDINGS,
  PARTICLES,
  PAST_ENDINGS,
  RARE_ENCLITICS,
} from '../data/clitics.js';

export interface CliticSplit {
  /** Proclitics in order, e.g. `['و', 'ب', 'ال']`. */
  readonly prefixes: readonly string[];
  readonly stem: string;
  /** Endings and enclitic as attached, innermost first, e.g. `['ات']` or `['ون', 'ها']`. */
  readonly suffixes: readonly string[];
}

/** Which optional rules a split may use (the `known` fallback turns some off). */
interface Rules {
  readonly conjunction: boolean;
  /** Letters a word must keep after ب/ل/ك. */
  readonly particleMin: number;
  readonly verb: boolean;
}

const LEMMA_RULES: Rules = { conjunction: false, particleMin: Number.POSITIVE_INFINITY, verb: true };

/** The one-letter imperfect ending (يعملن) needs a longer stem than the others. */
const SHORT_ENDINGS: readonly string[] = ['ن'];

const DEFAULT_RULES: Rules = { conjunction: true, particleMin: 4, verb: true };
const FALLBACK_RULES: readonly Rules[] = [
  { conjunction: false, particleMin: 4, verb: true },
  { conjunction: true, particleMin: 3, verb: true },
  { conjunction: true, particleMin: Number.POSITIVE_INFINITY, verb: true },
  { conjunction: true, particleMin: 4, verb: false },
  { conjunction: false, particleMin: Number.POSITIVE_INFINITY, verb: false },
];

/** Splits `key` (a normalizeKey result); see the module comment. */
export function splitClitics(key: string, known?: (stem: string) => boolean, spelling?: string): CliticSplit {
  const written = spelling !== undefined && spelling.length === key.length ? spelling : key;
  const split = splitWith(key, written, DEFAULT_RULES);
  if (known === undefined || known(split.stem)) return split;
  for (const rules of FALLBACK_RULES) {
    if (!canDiffer(key, split, rules)) continue;
    const other = splitWith(key, written, rules);
    if (known(other.stem)) return other;
  }
  return split;
}

/**
 * Splits a dictionary word (a lemma has no proclitics, so و/ف/ب/ل/ك at its front are its own
 * letters): only endings and verb shapes come off. Used to build `known` predicates.
 *
 * @example splitLemma('وزير').stem // 'وزير' (splitClitics would say 'زير')
 */
export function splitLemma(key: string, spelling?: string): CliticSplit {
  return splitWith(key, spelling !== undefined && spelling.length === key.length ? spelling : key, LEMMA_RULES);
}

/** Whether `rules` can split `key` otherwise than the default did (to skip useless passes). */
function canDiffer(key: string, split: CliticSplit, rules: Rules): boolean {
  const first = split.prefixes[0];
  const conjunction = first === 'و' || first === 'ف';
  if (!rules.conjunction && conjunction) return true;
  if (rules.particleMin !== DEFAULT_RULES.particleMin && PARTICLES.includes(key[conjunction ? 1 : 0] ?? '')) return true;
  if (rules.verb) return false;
  return split.prefixes.some((p) => IMPERFECT_PREFIXES_AFTER_FUTURE.includes(p)) || split.suffixes.some((e) => PAST_ENDINGS.includes(e));
}

/** The word being split: what is left of it, aligned with its spelling, and what came off. */
interface State {
  rest: string;
  spelled: string;
  readonly prefixes: string[];
  readonly suffixes: string[];
}

/** One pass of the rules over the word. */
function splitWith(key: string, written: string, rules: Rules): CliticSplit {
  const s: State = { rest: key, spelled: written, prefixes: [], suffixes: [] };

  // 1. front
  if (rules.conjunction) {
    const conjunction = firstAtFront(s, CONJUNCTIONS, 3);
    if (conjunction !== undefined) front(s, conjunction);
  }
  if (startsLong(s, LAM_ARTICLE, 2)) {
    front(s, 'ل');
    s.prefixes.push(ARTICLE);
    s.rest = s.rest.slice(1);
    s.spelled = s.spelled.slice(1);
  } else {
    const particle = firstAtFront(s, PARTICLES, rules.particleMin);
    if (particle !== undefined && particle !== FUTURE && (particle !== 'ك' || s.rest.startsWith(ARTICLE, 1))) front(s, particle);
    if (startsLong(s, ARTICLE, 2) && (s.spelled[0] === 'ا' || s.spelled[0] === 'ٱ')) front(s, ARTICLE);
  }
  const definite = s.prefixes.includes(ARTICLE);
  const verbal = rules.verb && !definite && !s.prefixes.includes('ب') && !s.prefixes.includes('ك');

  // 2. pronoun
  if (!definite && !s.spelled.endsWith('ة')) {
    const pronoun = endingOf(s.rest, ENCLITICS, 3, RARE_ENCLITICS, 4);
    if (pronoun !== undefined) {
      back(s, pronoun);
      if (s.rest.endsWith('ت') && s.rest.length > 3) {
        s.rest = `${s.rest.slice(0, -1)}ه`;
        s.spelled = `${s.spelled.slice(0, -1)}ة`;
      }
    }
  }

  // 3. imperfect verb
  const future = verbal && s.rest.startsWith(FUTURE) && isImperfect(s.rest.slice(1), s.spelled.slice(1), IMPERFECT_PREFIXES_AFTER_FUTURE);
  if (verbal && (future || isImperfect(s.rest, s.spelled, IMPERFECT_PREFIXES))) {
    if (future) front(s, FUTURE);
    front(s, s.rest[0] as string);
    const ending = endingOf(s.rest, IMPERFECT_ENDINGS, 2, SHORT_ENDINGS, 3);
    if (ending !== undefined) back(s, ending);
    const r = s.rest;
    if ((r.length >= 5 && r.startsWith('ست')) || (r.length === 4 && (r[0] === 'ن' || r[1] === 'ت'))) s.rest = `ا${r}`;
    else if (r.length === 3 && (r[1] === 'و' || r[1] === 'ي')) s.rest = `${r[0]}ا${r[2]}`;
    else if (r.length === 2) s.rest = `${r[0]}ا${r[1]}`;
    return { prefixes: s.prefixes, stem: s.rest, suffixes: s.suffixes };
  }

  // 4. noun or past verb
  if (verbal && s.suffixes.length === 0 && s.rest.endsWith('وا') && s.rest.length >= 4) back(s, 'وا');
  else if (!definite && s.suffixes.length === 0 && /[^اهوي]ا$/.test(s.rest) && s.rest.length >= 4) back(s, 'ا');
  const ending = endingOf(s.rest, NOUN_ENDINGS, 3);
  if (ending !== undefined) back(s, ending);
  if (verbal && s.suffixes.length === 0 && s.rest.length >= 4) {
    const past = PAST_ENDINGS.find((e) => s.rest.endsWith(e) && !s.rest.endsWith(`ا${e}`));
    if (past !== undefined) back(s, past);
  }
  const r = s.rest;
  if (r.length === 5 && r[0] === 'ا' && r[3] === 'ا' && s.spelled[0] === 'أ') s.rest = `${r[1]}${r[2]}${r[4]}`;
  else if (r.length === 5 && r[0] === 'م' && r[2] === 'ا') s.rest = `${r[0]}${r[1]}${r[3]}${r[4]}`;
  return { prefixes: s.prefixes, stem: s.rest, suffixes: s.suffixes };
}

/**
 * The first of `endings` that ends `word` and leaves at least `min` letters (`longerMin` for the
 * endings in `longer`); a loop rather than `find`, since this runs for every word form.
 */
function endingOf(
  word: string,
  endings: readonly string[],
  min: number,
  longer: readonly string[] = [],
  longerMin = min,
): string | undefined {
  // Indexed, not for…of: run for every new word form, mostly before the JIT has optimised it.
  for (let k = 0; k < endings.length; k++) {
    const e = endings[k] as string;
    if (word.endsWith(e) && word.length - e.length >= (longer.includes(e) ? longerMin : min)) return e;
  }
  return undefined;
}

/** Takes `clitic` off the front. */
function front(s: State, clitic: string): void {
  s.prefixes.push(clitic);
  s.rest = s.rest.slice(clitic.length);
  s.spelled = s.spelled.slice(clitic.length);
}

/** Takes `ending` off the back. */
function back(s: State, ending: string): void {
  s.suffixes.unshift(ending);
  s.rest = s.rest.slice(0, -ending.length);
  s.spelled = s.spelled.slice(0, -ending.length);
}

/** Whether the word starts with `clitic` and keeps at least `min` letters without it. */
function startsLong(s: State, clitic: string, min: number): boolean {
  return s.rest.startsWith(clitic) && s.rest.length - clitic.length >= min;
}

/** The first of `clitics` (one letter each) that starts the word with `min` letters after it. */
function firstAtFront(s: State, clitics: readonly string[], min: number): string | undefined {
  if (s.rest.length - 1 < min) return undefined;
  const first = s.rest[0];
  return clitics.find((c) => c === first);
}

/** An imperfect verb: a prefix from `prefixes`, at least 3 more letters, and not تفعيل (a noun). */
function isImperfect(word: string, spelled: string, prefixes: string): boolean {
  if (word.endsWith('ات') || spelled.endsWith('ة') || (word.length >= 5 && word.endsWith('ت'))) return false;
  if (word[0] === 'ا' && spelled[0] !== 'أ') return false;
  return prefixes.includes(word[0] ?? '') && word.length >= 4 && spelled[1] !== 'ا' && !/^ت..ي.$/.test(word);
}
