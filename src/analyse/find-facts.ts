/**
 * Text → facts: for each sentence, organisations first (they may contain place words), then
 * places, then persons (whose roles may contain both), numbers and dates; quotations last, since
 * resolving their speakers needs the names of every earlier sentence.
 */
import type { DateFact, Fact, NumberFact, Sentence, Text, Token } from '../types.js';
import { findDates } from './find-dates.js';
import { findGuillemets, type QuotedSpan } from './find-guillemets.js';
import { findNumbers } from './find-numbers.js';
import { findHeadedOrganisations, findKnownOrganisations, findOrganisations, quotedNameShape } from './find-organisations.js';
import { findPersons } from './find-persons.js';
import { findPlaces } from './find-places.js';
import { quoteFinder, type SentenceFinds } from './find-quotes.js';
import type { Mention, RoleMention } from './mention.js';
import { sentenceWordsInto, type Word, type WordPool, wordOf, wordPool } from './sentence-words.js';
import { sortSmall } from './sort-small.js';
import { WordClaims } from './word-claims.js';
import { Feature } from './word-features.js';

export interface FoundFacts {
  readonly facts: Fact[];
  readonly mentions: Mention[];
}

/**
 * Every fact of `text`, in text order. `isDual` (lexicon-backed) adds duals as numbers.
 * `onSentence` is told each sentence's names (its mentions, in order) as soon as they are known,
 * with its words (valid during the call only: they are reused for the next sentence). Without
 * `keepMentions`, the result's `mentions` stay empty (a caller that has them from `onSentence`
 * spares their keeping).
 *
 * A quoted name found as an organisation anywhere is one everywhere, so the names the text's
 * quotations make known are needed before the first sentence. They are first learnt on the way
 * instead (one pass, most texts never quote a name before the sentence that makes it known); if
 * a quotation then turns out to have missed a name known only further on, every sentence is read
 * again with all of them known beforehand, `onRestart` being called first (without it, when
 * `onSentence` is given, that reading is the only one).
 */
export function findFacts(
  text: Text,
  isDual?: (word: Word) => string | undefined,
  onSentence?: (sentence: Sentence, mentions: readonly Mention[], words: readonly Word[]) => void,
  keepMentions = true,
  onRestart?: () => void,
): FoundFacts {
  if (onSentence === undefined || onRestart !== undefined) {
    const found = factsOf(text, isDual, onSentence, keepMentions, true);
    if (found !== undefined) return found;
    onRestart?.();
  }
  return factsOf(text, isDual, onSentence, keepMentions, false) as FoundFacts;
}

/**
 * findFacts, with the quoted names known beforehand (a first pass over the quotations) or, when
 * `learning`, learnt on the way; undefined when learning missed one.
 */
function factsOf(
  text: Text,
  isDual: ((word: Word) => string | undefined) | undefined,
  onSentence: ((sentence: Sentence, mentions: readonly Mention[], words: readonly Word[]) => void) | undefined,
  keepMentions: boolean,
  learning: boolean,
): FoundFacts | undefined {
  const quoted = findGuillemets(text.text);
  // Where each sentence's quotations start in `quoted`: numbers, not a list per sentence kept
  // alive for the whole text (on a long text they were garbage the collector had to copy).
  const sentences = text.sentences;
  const firstQuote = new Int32Array(sentences.length);
  for (let i = 0, q = 0; i < sentences.length; i++) {
    const start = (sentences[i] as Sentence).start;
    while (q < quoted.length && (quoted[q] as QuotedSpan).open < start) q++;
    firstQuote[i] = q;
  }
  /** The quotations opening in sentence `i`; most sentences quote nothing and share one empty list. */
  const quotesOf = (i: number, sentence: Sentence): readonly QuotedSpan[] => {
    const from = firstQuote[i] as number;
    let to = from;
    while (to < quoted.length && (quoted[to] as QuotedSpan).open < sentence.end) to++;
    return to === from ? NO_QUOTES : quoted.slice(from, to);
  };
  // A quoted name found as an organisation elsewhere (قوات «الحشد الشعبي») is one everywhere
  // (مصدر في «الحشد الشعبي»).
  const known = new Set<string>();
  // One sentence's words at a time: nothing below keeps a word past its sentence.
  const pool = wordPool();
  const around = wordPool();
  const claims = new WordClaims();
  // The quotes addQuotedNames read, with their keys: once `known` is complete, whether each names
  // an organisation is settled (the main pass then builds no key for them).
  const settled: SettledQuotes = { quotes: [], keys: [] };
  // Learning: the keys of quotations that were no known name when met (see findFacts).
  const missed: string[] | undefined = learning ? [] : undefined;
  // The first pass over the quotations (not when learning).
  (learning ? NO_SENTENCES : text.sentences).forEach((sentence, i) => {
    const quotes = quotesOf(i, sentence);
    if (quotes.length === 0) return;
    // The words are built again in the main pass: keeping them alive until then costs more (GC).
    if (sentence.text.includes('(')) {
      const words = sentenceWordsInto(sentence, pool);
      claims.clear();
      for (const m of findOrganisations(sentence, words, quotes, known, claims, text.text)) known.add(keyOf(words, m));
    } else addQuotedNames(sentence, quotes, known, around, settled);
  });
  for (let k = 0; k < settled.quotes.length; k++) {
    const quote = settled.quotes[k] as QuotedSpan;
    quote.verdict = quote.shape === true || known.has(settled.keys[k] as string);
  }
  // Not kept through the main pass (the collector would copy them along with the facts).
  settled.quotes.length = 0;
  settled.keys.length = 0;
  // Sentence by sentence, so that each sentence's words can go as soon as it is done.
  const quotesIn = quoteFinder(text.text);
  const facts: Fact[] = [];
  const mentions: Mention[] = [];
  // The words claimed by a name, one sentence at a time (no finder keeps the set).
  const claimed = new WordClaims();
  // A sentence's facts before they are sorted into `facts`: the first `n` items, the room reused
  // from one sentence to the next (a new array per sentence grew a new backing store each time).
  const own: Fact[] = [];
  // What the quote finder reads of a sentence: one object, its fields set per sentence (it keeps
  // none of them).
  const finds: { -readonly [K in keyof SentenceFinds]: SentenceFinds[K] } = {
    sentence: text.sentences[0] as Sentence,
    words: NO_WORDS,
    mentions: NO_MENTIONS,
    roles: NO_ROLES,
    quotes: NO_QUOTES,
  };
  text.sentences.forEach((sentence, i) => {
    const quotes = quotesOf(i, sentence);
    const words = sentenceWordsInto(sentence, pool);
    // What the sentence's words may start or be: a finder none of whose words occur finds nothing.
    // (Index loops here: this body runs per sentence, and for…of allocates until it is optimised.)
    let any = 0;
    for (let k = 0; k < words.length; k++) any |= (words[k] as Word).features;
    claimed.clear();
    // Learning, what the first pass would add: a quotation's key as soon as its shape makes it an
    // organisation; from a sentence with brackets, every organisation it finds there, afterwards.
    const brackets = missed !== undefined && quotes.length !== 0 && sentence.text.includes('(');
    const learn = missed !== undefined && !brackets ? known : undefined;
    const organisations = findOrganisations(sentence, words, quotes, known, claimed, text.text, learn, missed);
    if (brackets) for (const m of organisations) known.add(keyOf(words, m));
    const places = any & (Feature.placeStart | Feature.placeCue) ? findPlaces(sentence, words, claimed, text.text) : NO_MENTIONS;
    if (any & Feature.organisationHead) append(organisations, findHeadedOrganisations(sentence, words, claimed, places, text.text));
    if (any & Feature.organisationStart) append(organisations, findKnownOrganisations(sentence, words, claimed, text.text));
    const { persons, roles } = any & (Feature.title | Feature.given) ? findPersons(sentence, words, claimed, text.text) : NO_PERSONS;
    // One list of the three, sorted; no copy when only one has any (the others are not read after).
    const found = sortSmall(
      places.length === 0 && persons.length === 0
        ? organisations
        : organisations.length === 0 && persons.length === 0
          ? (places as Mention[])
          : organisations.length === 0 && places.length === 0
            ? persons
            : organisations.concat(places, persons),
      byFirst,
    );
    if (keepMentions) append(mentions, found);
    onSentence?.(sentence, found, words);
    const speech =
      organisations.length === 0 ? quotes : quotes.filter((q) => !organisations.some((o) => o.span[0] > q.open && o.span[1] <= q.close));
    // Facts of one sentence start inside it, so sorting each sentence's orders them all.
    let n = 0;
    for (let k = 0; k < found.length; k++) {
      const m = found[k] as Mention;
      // Most names are their surface as written: one string for both then (less kept per fact).
      const sameAsName = m.name.length === m.span[1] - m.span[0] && text.text.startsWith(m.name, m.span[0]);
      const surface = sameAsName ? m.name : text.text.slice(m.span[0], m.span[1]);
      own[n++] =
        m.role === undefined
          ? { kind: 'entity', type: m.type, name: m.name, sentence: sentence.id, span: m.span, surface }
          : { kind: 'entity', type: m.type, name: m.name, role: m.role, sentence: sentence.id, span: m.span, surface };
    }
    const dates = any & (Feature.calendar | Feature.number) ? findDates(sentence, words, text.text) : NO_DATES;
    // (A dual needs a word of its shape: isDual refuses every other word.)
    const numbers =
      (isDual && any & Feature.dualShape) || any & Feature.number ? findNumbers(sentence, words, text.text, isDual) : NO_NUMBERS;
    for (let k = 0; k < numbers.length; k++) {
      const number = numbers[k] as NumberFact;
      const start = number.span[0];
      if (!covers(found, start) && !covers(dates, start)) own[n++] = number;
    }
    for (let k = 0; k < dates.length; k++) own[n++] = dates[k] as Fact;
    finds.sentence = sentence;
    finds.words = words;
    finds.mentions = found;
    finds.roles = roles;
    finds.quotes = speech;
    const said = quotesIn(finds);
    for (let k = 0; k < said.length; k++) own[n++] = said[k] as Fact;
    sortSmall(own, byPosition, n);
    for (let k = 0; k < n; k++) facts.push(own[k] as Fact);
  });
  if (missed) for (let k = 0; k < missed.length; k++) if (known.has(missed[k] as string)) return undefined;
  return { facts, mentions };
}

/** Whether one of `items` spans offset `start`. */
function covers(items: readonly { readonly span: readonly [number, number] }[], start: number): boolean {
  for (let k = 0; k < items.length; k++) {
    const span = (items[k] as { readonly span: readonly [number, number] }).span;
    if (start >= span[0] && start < span[1]) return true;
  }
  return false;
}

/** No sentences: what the first pass reads when learning. */
const NO_SENTENCES: readonly Sentence[] = [];

/** Empty lists for the finders a sentence skips (never written to). */
const NO_WORDS: readonly Word[] = [];
const NO_MENTIONS: readonly Mention[] = [];
const NO_ROLES: readonly RoleMention[] = [];
const NO_DATES: readonly DateFact[] = [];
const NO_NUMBERS: readonly NumberFact[] = [];
const NO_PERSONS: { readonly persons: Mention[]; readonly roles: readonly RoleMention[] } = { persons: [], roles: NO_ROLES };

/** The quotations of a sentence that has none. */
const NO_QUOTES: readonly QuotedSpan[] = [];

/** Appends `items` to `to`, without spreading them as arguments. */
function append<T>(to: T[], items: readonly T[]): void {
  for (let k = 0; k < items.length; k++) to.push(items[k] as T);
}

/** Sentence order of mentions. */
function byFirst(a: Mention, b: Mention): number {
  return a.first - b.first;
}

/** Text order: start, then end, then kind. */
function byPosition(a: Fact, b: Fact): number {
  return a.span[0] - b.span[0] || a.span[1] - b.span[1] || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);
}

/**
 * What findOrganisations adds to `known` from a sentence without brackets (so without
 * abbreviations): the keys of its quoted names judged organisations by their shape. Only the
 * words in and around the short quotations are built, found from the quotation's place (firstAfter).
 * Their `index` is -1: the shape test (quotedNameShape) reads none.
 */
function addQuotedNames(
  sentence: Sentence,
  quotes: readonly QuotedSpan[],
  known: Set<string>,
  pool: WordPool,
  settled: SettledQuotes,
): void {
  const tokens = sentence.tokens;
  // The pool's array holds the quotation's non-space tokens (its first `count`, the room reused);
  // its objects, their words; its array of `count` of them, the quotation's words.
  const inside = pool.tokens;
  for (let q = 0; q < quotes.length; q++) {
    const quote = quotes[q] as QuotedSpan;
    // The first token starting after the opening mark, then the non-space ones ending by the close.
    const lo = firstAfter(tokens, quote.open, sentence);
    let count = 0;
    let j = lo;
    for (; j < tokens.length; j++) {
      const token = tokens[j] as Token;
      if (token.kind === 'space') continue;
      if (token.end > quote.close || count > MAX_QUOTED_NAME) break;
      inside[count++] = token;
    }
    if (count === 0 || count > MAX_QUOTED_NAME) continue;
    // The key from the tokens' keys (a word's key is its token's): a known key adds nothing.
    let key = (inside[0] as Token).key;
    for (let k = 1; k < count; k++) key += ` ${(inside[k] as Token).key}`;
    settled.quotes.push(quote);
    settled.keys.push(key);
    if (known.has(key)) continue;
    // Two words before the first inside, and the word after the first one past the quotation.
    const before = nonSpace(tokens, lo - 1, -1, 2);
    const after = nonSpace(tokens, j + 1, 1, 1);
    for (let k = 0; k < count; k++) pooledWord(pool, inside[k], k);
    const words = pooledWords(pool, count);
    if (quotedNameShape(quote, words, pooledWord(pool, before, count), pooledWord(pool, after, count + 1), key)) known.add(key);
  }
}

/** The word of `token` in the pool's object number `slot` (index -1), if there is a token. */
function pooledWord(pool: WordPool, token: Token | undefined, slot: number): Word | undefined {
  if (token === undefined) return undefined;
  const { objects } = pool;
  const reused = objects[slot];
  const built = wordOf(token, -1, reused);
  if (reused === undefined) {
    while (objects.length < slot) objects.push(wordOf(token, -1));
    objects[slot] = built as (typeof objects)[number];
  }
  return built;
}

/** Quotes of the pre-pass and their keys, in two lists of the same length. */
interface SettledQuotes {
  readonly quotes: QuotedSpan[];
  readonly keys: string[];
}

/** The pool's first `count` objects as an array (made once per count; see WordPool.byLength). */
function pooledWords(pool: WordPool, count: number): readonly Word[] {
  let words = pool.byLength[count];
  if (words === undefined) {
    while (pool.byLength.length < count) pool.byLength.push(undefined);
    words = pool.objects.slice(0, count);
    pool.byLength[count] = words;
  }
  return words;
}

/**
 * The index of the first of `sentence`'s tokens that starts after `offset` (tokens.length when
 * none does). Searched from where the offset's share of the sentence's length puts it, token by
 * token: neighbouring tokens lie close in memory, where a binary search's probes are far apart.
 */
function firstAfter(tokens: readonly Token[], offset: number, sentence: Sentence): number {
  const n = tokens.length;
  const length = sentence.end - sentence.start;
  let i = length > 0 ? Math.floor(((offset - sentence.start) * n) / length) : 0;
  if (i < 0) i = 0;
  if (i > n) i = n;
  while (i < n && (tokens[i] as Token).start <= offset) i++;
  while (i > 0 && (tokens[i - 1] as Token).start > offset) i--;
  return i;
}

/** The `nth` non-space token from index `from` on (inclusive), going by `step` (1 or -1). */
function nonSpace(tokens: readonly Token[], from: number, step: 1 | -1, nth: number): Token | undefined {
  let seen = 0;
  for (let i = from; i >= 0 && i < tokens.length; i += step) {
    const token = tokens[i] as Token;
    if (token.kind === 'space') continue;
    if (++seen === nth) return token;
  }
  return undefined;
}

/** The most tokens a quoted organisation name has (as findOrganisations counts them). */
const MAX_QUOTED_NAME = 6;

/** The normalised key of a mention's words (what `known` holds). */
function keyOf(words: readonly Word[], m: Mention): string {
  return words
    .slice(m.first, m.last + 1)
    .map((w) => w.key)
    .join(' ');
}
