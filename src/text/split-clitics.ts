/**
 * Splits a normalised word key into proclitics, stem and enclitics/endings, so that the forms of
 * a word group together (الولايات · للولايات · ولايات → ولاي; يكتبون · كتبت → كتب). Clitics come
 * off in their grammatical order, each only when what remains is still a plausible stem:
 *
 * 1. front: «و/ف», then «ب/ل/ك» and «ال» (or «لل» = ل + ال);
 * 2. back: a pronoun (ه ها هما هم هن ك كما كم كن ي ني نا) — never on a definite noun, since ال
 *    and a possessive exclude each other, and never on a word written with ة; a ت left before the
 *    pronoun is the ة of the bare word (حكومته → حكومه);
 * 3. the accusative «ا» of tanween (شكلا), then one inflection ending (تان تين ات ون ين ان ة);
 * 4. verbs, on a word with no article or ب/ك: the future «س» and an imperfect prefix (ي ت ن),
 *    restoring the long vowel of a hollow verb (يكون → كان), else a past ending (كانت، قرروا);
 * 5. the broken-plural patterns أفعال → فعل (not إفعال, a verbal noun) and مفاعل → مفعل.
 *
 * `spelling` is the word as written without diacritics (same length as `key`): it tells ة from
 * the pronoun ه and أ from إ, which the key merges. `known` (e.g. lexicon-backed) is asked about
 * the stem; when the default split's stem is unknown, a split that keeps a leading و/ف or skips
 * the verb rules is tried and wins if its stem is known.
 *
 * @example splitClitics('وبالولايات') // {prefixes: ['و', 'ب', 'ال'], stem: 'ولاي', suffixes: ['ات']}
 */
import {
  ARTICLE,
  CONJUNCTIONS,
  ENCLITICS,
  FUTURE,
  IMPERFECT_PREFIXES,
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
  /** Enclitic and endings as they were attached, innermost first, e.g. `['ات']` or `['ون', 'ها']`. */
  readonly suffixes: readonly string[];
}

/** Which optional rules a split may use (the `known` fallback turns some off). */
interface Rules {
  readonly conjunction: boolean;
  readonly verb: boolean;
}

const DEFAULT_RULES: Rules = { conjunction: true, verb: true };
const FALLBACK_RULES: readonly Rules[] = [
  { conjunction: false, verb: true },
  { conjunction: true, verb: false },
  { conjunction: false, verb: false },
];

/** Splits `key` (a normalizeKey result); see the module comment. */
export function splitClitics(key: string, known?: (stem: string) => boolean, spelling?: string): CliticSplit {
  const written = spelling !== undefined && spelling.length === key.length ? spelling : key;
  const split = splitWith(key, written, DEFAULT_RULES);
  if (known === undefined || known(split.stem)) return split;
  for (const rules of FALLBACK_RULES) {
    const other = splitWith(key, written, rules);
    if (known(other.stem)) return other;
  }
  return split;
}

/** One pass of the rules over the word; `rest` and `spelled` stay aligned letter for letter. */
function splitWith(key: string, written: string, rules: Rules): CliticSplit {
  const prefixes: string[] = [];
  const suffixes: string[] = [];
  let rest = key;
  let spelled = written;
  const front = (clitic: string, length = clitic.length): void => {
    prefixes.push(clitic);
    rest = rest.slice(length);
    spelled = spelled.slice(length);
  };
  const back = (ending: string): void => {
    suffixes.unshift(ending);
    rest = rest.slice(0, -ending.length);
    spelled = spelled.slice(0, -ending.length);
  };
  const startsLong = (clitic: string, min: number): boolean => rest.startsWith(clitic) && rest.length - clitic.length >= min;

  // 1. front
  const conjunction = rules.conjunction ? CONJUNCTIONS.find((c) => startsLong(c, 3)) : undefined;
  if (conjunction !== undefined) front(conjunction);
  if (startsLong(LAM_ARTICLE, 3)) {
    front('ل', 1);
    front(ARTICLE, 1);
  } else {
    const particle = PARTICLES.find((p) => p !== FUTURE && startsLong(p, 4));
    if (particle !== undefined) front(particle);
    if (startsLong(ARTICLE, 3)) front(ARTICLE);
  }
  const definite = prefixes.includes(ARTICLE);

  // 2. pronoun
  if (!definite && !spelled.endsWith('ة')) {
    for (const e of ENCLITICS) {
      if (!rest.endsWith(e) || rest.length - e.length < (RARE_ENCLITICS.includes(e) ? 4 : 3)) continue;
      back(e);
      if (rest.endsWith('ت') && rest.length > 3) {
        rest = `${rest.slice(0, -1)}ه`;
        spelled = `${spelled.slice(0, -1)}ة`;
      }
      break;
    }
  }

  // 3. tanween alef, then one inflection ending
  if (suffixes.length === 0 && !definite && rest.endsWith('ا') && rest.length >= 4) back('ا');
  const ending = NOUN_ENDINGS.find((e) => rest.endsWith(e) && rest.length - e.length >= 3);
  if (ending !== undefined) back(ending);

  // 4. verbs
  if (rules.verb && !definite && !prefixes.includes('ب') && !prefixes.includes('ك')) {
    if (rest.startsWith(FUTURE) && IMPERFECT_PREFIXES.includes(rest[1] ?? '') && rest.length >= 5) front(FUTURE);
    const verbalNoun = /^ت..ي.$/.test(rest); // تفعيل, the verbal noun of form II
    if (IMPERFECT_PREFIXES.includes(rest[0] ?? '') && rest.length >= 4 && spelled[1] !== 'ا' && !verbalNoun) {
      front(rest[0] as string);
      if (rest.length === 3 && (rest[1] === 'و' || rest[1] === 'ي')) rest = `${rest[0]}ا${rest[2]}`;
    } else if (suffixes.length === 0 && rest.length >= 4) {
      const past = PAST_ENDINGS.find((e) => rest.endsWith(e));
      if (past !== undefined) back(past);
    }
  }

  // 5. broken plurals
  if (rest.length === 5 && rest[0] === 'ا' && rest[3] === 'ا' && spelled[0] !== 'إ') rest = `${rest[1]}${rest[2]}${rest[4]}`;
  else if (rest.length === 5 && rest[0] === 'م' && rest[2] === 'ا') rest = `${rest[0]}${rest[1]}${rest[3]}${rest[4]}`;
  return { prefixes, stem: rest, suffixes };
}
