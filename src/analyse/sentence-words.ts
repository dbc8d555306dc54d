/**
 * A sentence as the fact finders read it: its tokens without the spaces, each word with the
 * readings of its front clitics (و، ف، ب، ل، ك، لل) so that «وبغداد» and «للبنتاغون» can be
 * looked up as «بغداد» and «البنتاغون».
 */
import { isDroppedFromKey } from '../text/normalize-key.js';
import type { Sentence, Token } from '../types.js';
import { Feature, wordFeatures } from './word-features.js';
import { isNeverNameReading, reportingLemmaIn } from './word-shape.js';

/** One reading of a word's front: the clitic letters taken off and what remains. */
export interface FrontReading {
  /** The normalised clitic letters taken off, e.g. `وب`. */
  readonly clitic: string;
  /** The rest as a normalised key; `لل…` reads as `ال…`. */
  readonly base: string;
  /** How many letters of the written word the clitic covers. */
  readonly letters: number;
  /** The rest carries the article ال as written (not آل, the start of a name like آلينا). */
  readonly article: boolean;
}

export interface Word {
  readonly token: Token;
  /** Bits of `Feature` (word-features.ts): what the word may start or be. */
  readonly features: number;
  /** Index in the sentence's word list. */
  readonly index: number;
  readonly key: string;
  readonly isWord: boolean;
  readonly isStop: boolean;
  /** Readings of the front clitics, the bare word first. */
  readonly fronts: readonly FrontReading[];
  /** What `fronts` and `features` come from, shared by every token of the written form. */
  readonly readings: WordReadings;
}

const CONJUNCTIONS = ['و', 'ف'];
const PREPOSITIONS = ['ب', 'ل', 'ك'];

/** Readings cached at most, per cache, before it starts afresh (a few MB). */
const MAX_CACHED = 100_000;

/**
 * Readings of words (by written form) and of other tokens (by key), for every text of the
 * process: they depend on the form alone, and news articles share most of their words.
 */
const WORD_READINGS = new Map<string, WordReadings>();
const PLAIN_READINGS = new Map<string, WordReadings>();

/**
 * The non-space tokens of `sentence`, with their front readings. `memo` (words, by written form)
 * and `plain` (other tokens, by key) share the readings of repeated tokens; by default, those
 * of every text analysed so far.
 */
export function sentenceWords(
  sentence: Sentence,
  memo: Map<string, WordReadings> = WORD_READINGS,
  plain: Map<string, WordReadings> = PLAIN_READINGS,
): Word[] {
  const words: Word[] = [];
  const tokens = sentence.tokens;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as Token;
    if (token.kind === 'space') continue;
    const isWord = token.kind === 'word';
    const readings = isWord ? memoised(token.key, token.text, memo) : plainReadings(token.key, plain);
    words.push({
      token,
      features: token.kind === 'number' ? Feature.number : readings.features,
      index: words.length,
      key: token.key,
      isWord,
      isStop: token.isStopWord,
      fronts: readings.fronts,
      readings,
    });
  }
  return words;
}

/** Word objects and the arrays of them that sentenceWordsInto reuses from one sentence to the next. */
export interface WordPool {
  /** The word objects: a sentence's word `n` is always `objects[n]`. */
  readonly objects: { -readonly [K in keyof Word]: Word[K] }[];
  /**
   * Per word count `n`, the array of `objects[0…n-1]` (those objects never change identity, so
   * each array is made once): one array cut back and grown again from sentence to sentence
   * reallocated its room each time.
   */
  readonly byLength: (Word[] | undefined)[];
  /** Scratch room for a sentence's non-space tokens. */
  readonly tokens: Token[];
}

/** An empty pool, for one text. */
export function wordPool(): WordPool {
  return { objects: [], byLength: [], tokens: [] };
}

/**
 * sentenceWords, reusing the pool's array and Word objects: a long text then allocates no words
 * (they were a quarter of the garbage). The result is valid until the next call with the pool, so
 * nothing may keep a word or the array past its sentence.
 */
export function sentenceWordsInto(sentence: Sentence, pool: WordPool): readonly Word[] {
  const { objects, byLength } = pool;
  const tokens = sentence.tokens;
  let n = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as Token;
    if (token.kind === 'space') continue;
    const reuse = objects[n];
    const word = wordOf(token, n, reuse);
    if (reuse === undefined) objects.push(word);
    n++;
  }
  let words = byLength[n];
  if (words === undefined) {
    while (byLength.length < n) byLength.push(undefined);
    words = objects.slice(0, n);
    byLength[n] = words;
  }
  return words;
}

/**
 * The word of one non-space token, `index` being its place among the sentence's words; written
 * into `reuse` (a pool's object, see WordPool) when given.
 */
export function wordOf(token: Token, index: number, reuse?: { -readonly [K in keyof Word]: Word[K] }): Word {
  const isWord = token.kind === 'word';
  const readings = isWord ? memoised(token.key, token.text, WORD_READINGS) : plainReadings(token.key, PLAIN_READINGS);
  const features = token.kind === 'number' ? Feature.number : readings.features;
  if (reuse === undefined)
    return { token, features, index, key: token.key, isWord, isStop: token.isStopWord, fronts: readings.fronts, readings };
  reuse.token = token;
  reuse.features = features;
  reuse.index = index;
  reuse.key = token.key;
  reuse.isWord = isWord;
  reuse.isStop = token.isStopWord;
  reuse.fronts = readings.fronts;
  reuse.readings = readings;
  return reuse;
}

/** The one reading of a token that is not a word (punctuation, digits), shared per key. */
function plainReadings(key: string, plain: Map<string, WordReadings>): WordReadings {
  // Punctuation (one character, most of these tokens) by its code, without a look-up by key.
  const single = key.length === 1 && plain === PLAIN_READINGS ? key.charCodeAt(0) : -1;
  if (single >= 0 && single < SINGLE_CODES) {
    const found = SINGLE_READINGS[single];
    if (found !== undefined) return found;
  }
  let readings = plain.get(key);
  if (!readings) {
    readings = {
      fronts: [{ clitic: '', base: key, letters: 0, article: false }],
      features: 0,
      slot: undefined,
      starts: [],
      reporting: undefined,
    };
    if (plain.size >= MAX_CACHED) plain.clear();
    plain.set(key, readings);
  }
  if (single >= 0 && single < SINGLE_CODES) SINGLE_READINGS[single] = readings;
  return readings;
}

/** One-character keys below this code (ASCII, Arabic, general punctuation) are kept by code. */
const SINGLE_CODES = 0x2100;
/** PLAIN_READINGS of one-character keys, by character code. */
const SINGLE_READINGS: (WordReadings | undefined)[] = new Array(SINGLE_CODES).fill(undefined);

/** A written form's front readings and feature bits, shared by its every occurrence. */
export interface WordReadings {
  readonly fronts: readonly FrontReading[];
  readonly features: number;
  /**
   * Room for a later stage's per-form result (the vocabulary's cached form, see
   * build-vocabulary.ts), so that it needs no look-up of its own by written form.
   */
  slot: unknown;
  /**
   * Per name list of findKnownNames (by the list's number there), the most words a name of the
   * list starting with this form has: filled on first use.
   */
  readonly starts: number[];
  /** The lemma of the verb of saying the form is (reportingVerbOf), if it is one. */
  readonly reporting: string | undefined;
}

function memoised(key: string, written: string, memo: Map<string, WordReadings>): WordReadings {
  // The written form determines the key, so it alone identifies the readings.
  let readings = memo.get(written);
  if (!readings) {
    const fronts = frontReadings(key, written);
    const features = wordFeatures(fronts);
    const reporting = reportingLemmaIn(fronts);
    readings = {
      fronts,
      features: isNeverNameReading(fronts, features, reporting) ? features | Feature.never : features,
      slot: undefined,
      starts: [],
      reporting,
    };
    if (memo.size >= MAX_CACHED) memo.clear();
    memo.set(written, readings);
  }
  return readings;
}

/** `written` without diacritics and tatweel (itself when it has none, the usual case). */
function withoutMarks(written: string): string {
  for (let i = 0; i < written.length; i++) {
    if (isDroppedFromKey(written.charCodeAt(i))) return written.replace(/[\u064B-\u065F\u0670\u0640]/g, '');
  }
  return written;
}

/** The rest carries the article as written (ال, or the ل of a لل after its clitic). */
function writtenArticle(bare: string, letters: number, rest: string): boolean {
  return rest.startsWith('ال') && (bare.startsWith('ال', letters) || bare.startsWith('ل', letters));
}

const FRONT_CONJUNCTIONS = ['', ...CONJUNCTIONS];

/**
 * Every way to read `key` as clitics + word, bare first.
 *
 * @example frontReadings('وللبنتاغون').map((r) => r.base) // ['وللبنتاغون', 'للبنتاغون', 'البنتاغون']
 */
export function frontReadings(key: string, written = key): FrontReading[] {
  const bare = withoutMarks(written);
  const out: FrontReading[] = [{ clitic: '', base: key, letters: 0, article: writtenArticle(bare, 0, key) }];
  // Indexed loops: run for every new word form, mostly before the JIT has optimised this.
  for (let c = 0; c < FRONT_CONJUNCTIONS.length; c++) {
    const conj = FRONT_CONJUNCTIONS[c] as string;
    if (conj && !key.startsWith(conj)) continue;
    const afterConj = conj ? key.slice(conj.length) : key;
    if (conj && afterConj.length >= 2) out.push({ clitic: conj, base: afterConj, letters: 1, article: writtenArticle(bare, 1, afterConj) });
    for (let p = 0; p < PREPOSITIONS.length; p++) {
      const prep = PREPOSITIONS[p] as string;
      if (!afterConj.startsWith(prep)) continue;
      const rest = afterConj.slice(1);
      const letters = conj.length + 1;
      const lam = prep === 'ل' && rest.startsWith('ل');
      const clitic = lam ? `${conj}ل` : conj + prep;
      const base = lam ? `ا${rest}` : rest;
      if (base.length >= 2) out.push({ clitic, base, letters, article: writtenArticle(bare, letters, base) });
    }
  }
  return out;
}

/** Offset in `text` after its first `letters` letters (diacritics and tatweel ride along). */
export function skipLetters(text: string, letters: number): number {
  let seen = 0;
  let i = 0;
  while (i < text.length && seen < letters) {
    i++;
    seen++;
    while (i < text.length && isDroppedFromKey(text.charCodeAt(i))) i++;
  }
  return i;
}
