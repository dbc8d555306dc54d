/**
 * The vocabulary list: content words grouped by stem (or by lexicon lemma when the lexicon is
 * there), ranked by keyness. Names, nationality adjectives, numbers, dates and function words are
 * left out: names have their own list, and the rest is not vocabulary to teach.
 */
import { AMBIGUOUS_MONTHS, DAY_PARTS, GREGORIAN_MONTHS, SYRIAC_MONTHS, WEEKDAYS } from '../data/calendar.js';
import { COMMON_NEWS_WORDS } from '../data/common-news-words.js';
import { NUMBER_WORDS, SCALE_WORDS } from '../data/number-words.js';
import { normalizeKey } from '../text/normalize-key.js';
import type { Sentence, Text, Token, VocabEntry } from '../types.js';
import { addCandidate, type Candidate, chooseHeadword } from './choose-headword.js';
import { type Display, displayOf } from './display-form.js';
import type { WordCounts } from './estimate-level.js';
import { isDemonym } from './is-demonym.js';
import { commonKeyness, corpusKeyness, priorKeyness } from './keyness.js';
import type { Lexicon, LexiconEntry } from './lexicon.js';
import { matchLemma } from './match-lemma.js';
import { sentenceWordsInto, type Word, wordPool } from './sentence-words.js';

interface Group {
  stem: string;
  /** Its written forms, in order of first appearance (each written form is in one group only). */
  forms: Form[];
  count: number;
  firstSentence: number;
  firstSpan: readonly [number, number];
  order: number;
  entry: LexiconEntry | undefined;
  /** Its headword, while its forms are those it was chosen from (undefined once merged into). */
  headword: string | undefined;
  /** normalizeKey of the headword last chosen. */
  headKey: string;
}

/** What one written form contributes, decided once per distinct form (and lexicon). */
interface FormKind {
  /** The group it counts in, or undefined when it is no vocabulary (function word, date …). */
  readonly group: string | undefined;
  readonly display: Display;
  /** normalizeKey of the display's text. */
  readonly displayKey: string;
  readonly entry?: LexiconEntry;
  /** The display key is a very common news word or a month name that is also a word. */
  readonly common?: boolean;
  /** The places the display key would be a nisba of (see isNisbaOf), if it has a nisba ending. */
  readonly nisbaPlaces?: readonly string[];
}

/**
 * A written form: its kind, cached for every text (see KINDS), and what it counts in the text
 * being analysed — reset when a new pass (one buildVocabulary call) first meets it.
 */
interface Form {
  readonly text: string;
  readonly kind: FormKind;
  /** The token analysis the kind was decided from. */
  readonly token: Token;
  /** The pass that last counted it. */
  pass: number;
  /** The group it counts in, once met outside a name in this pass; and how often it was. */
  in: Group | undefined;
  count: number;
  /** The key without its front clitics and article, once the form was met inside a name. */
  namedKey: string | undefined;
  /** The pass that last added the form's keys to its names (once per pass is enough). */
  namedPass: number;
  /** The cache it is in (a form in a word's readings slot counts only for that cache). */
  readonly cache: Map<string, Form>;
  /** Where the group of its kind (by the kind's group key) is found, when it has one. */
  readonly slot: GroupSlot | undefined;
}

/**
 * The group of one group key in the current pass, shared by every cached form of that key: a
 * form finds its group without a look-up by key.
 */
interface GroupSlot {
  pass: number;
  group: Group | undefined;
}

/** Group slots by group key, per cache of forms. */
const SLOTS = new WeakMap<Map<string, Form>, Map<string, GroupSlot>>();

/** The slot of `key` among `slots`, made when first asked for. */
function slotOf(slots: Map<string, GroupSlot>, key: string): GroupSlot {
  let slot = slots.get(key);
  if (slot === undefined) {
    slot = { pass: 0, group: undefined };
    slots.set(key, slot);
  }
  return slot;
}

/** Passes so far: each buildVocabulary call is one. */
let passes = 0;

/** Form kinds cached at most, per cache, before it starts afresh. */
const MAX_CACHED = 100_000;
/**
 * Form kinds of every text analysed so far, by written form, without and with each lexicon: a
 * kind depends on the token's analysis alone (see sameAnalysis), and news articles share most
 * of their words.
 */

let KINDS_WITHOUT_LEXICON = new Map<string, Form>();
const KINDS_BY_LEXICON = new WeakMap<Lexicon, Map<string, Form>>();

/**
 * The cache of form kinds for `lexicon` (or for none), replaced by an empty one when it has grown
 * past MAX_CACHED (replaced, not emptied: the forms left in words' readings slots then no longer
 * count, as their cache is not the current one).
 */
function kindsOf(lexicon: Lexicon | undefined): Map<string, Form> {
  let kinds = lexicon ? KINDS_BY_LEXICON.get(lexicon) : KINDS_WITHOUT_LEXICON;
  if (!kinds || kinds.size >= MAX_CACHED) {
    kinds = new Map();
    if (lexicon) KINDS_BY_LEXICON.set(lexicon, kinds);
    else KINDS_WITHOUT_LEXICON = kinds;
  }
  return kinds;
}

/**
 * Whether two tokens of one spelling were analysed alike, so that they are of one kind: the
 * text layer may split a spelling differently in two articles (its stems depend on the article).
 */
function sameAnalysis(a: Token, b: Token): boolean {
  return a.stem === b.stem && a.isStopWord === b.isStopWord && sameList(a.prefixes, b.prefixes) && sameList(a.suffixes, b.suffixes);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Vocabulary entries, best first. `inName(offset)` tells whether a token lies in a name. When
 * `counts` is given, it receives the text's word and letter counts (for estimateLevel).
 *
 * @example buildVocabulary(text, () => false)[0].display // the article's most characteristic word
 */
export function buildVocabulary(text: Text, inName: (offset: number) => boolean, lexicon?: Lexicon, counts?: WordCounts): VocabEntry[] {
  const tally = vocabularyTally(lexicon);
  const sentences = text.sentences;
  const pool = wordPool();
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s] as Sentence;
    tally.add(sentence, sentenceWordsInto(sentence, pool), inName);
  }
  return tally.finish(counts);
}

/** buildVocabulary a sentence at a time: `add` every sentence in order, then `finish`. */
export interface VocabularyTally {
  /**
   * Counts the words of `sentence` (`words`: its sentenceWords); `inName(offset)` tells whether a
   * token lies in a name (undefined: the sentence has no names).
   */
  add(sentence: Sentence, words: readonly Word[], inName: ((offset: number) => boolean) | undefined): void;
  /** The entries, best first; `counts` receives the word and letter counts. */
  finish(counts?: WordCounts): VocabEntry[];
}

/**
 * A tally for one text: the analysis feeds it each sentence while the sentence's tokens are at
 * hand, rather than going over the whole text again.
 */
export function vocabularyTally(lexicon?: Lexicon): VocabularyTally {
  // Index loops below: for…of allocates an iterator result per item until the loop is optimised.
  const groups: Group[] = [];
  // Emptied, if ever, here only: a form met twice in one pass must be the same object.
  const kinds = kindsOf(lexicon);
  const pass = ++passes;
  let slots = SLOTS.get(kinds);
  if (slots === undefined) {
    slots = new Map();
    SLOTS.set(kinds, slots);
  }
  /** Keys of words inside names, with and without their front clitics: the places named. */
  const named = new Set<string>();
  let words = 0;
  let letters = 0;
  const add = (sentence: Sentence, sentenceWords: readonly Word[], inName: ((offset: number) => boolean) | undefined): void => {
    for (let t = 0; t < sentenceWords.length; t++) {
      const word = sentenceWords[t] as Word;
      if (!word.isWord) continue;
      const token = word.token;
      words++;
      letters += token.key.length;
      // The form's readings hold its cached form (one look-up by written form fewer per token).
      const readings = word.readings;
      let form = readings.slot as Form | undefined;
      if (form === undefined || form.cache !== kinds) {
        form = kinds.get(token.text);
        if (form !== undefined) readings.slot = form;
      }
      if (form === undefined || (form.pass !== pass && !sameAnalysis(form.token, token))) {
        const kind = kindOf(token, lexicon);
        const slot = kind.group === undefined ? undefined : slotOf(slots, kind.group);
        form = { text: token.text, kind, token, pass, in: undefined, count: 0, namedKey: undefined, namedPass: 0, cache: kinds, slot };
        kinds.set(token.text, form);
        readings.slot = form;
      } else if (form.pass !== pass) {
        form.pass = pass;
        form.in = undefined;
        form.count = 0;
      }
      // A sentence without names (inName undefined) has no token in one.
      const startsInName = inName?.(token.start) === true;
      if (startsInName && form.namedPass !== pass) {
        // The form's keys (its written form decides them) go in once per pass.
        form.namedPass = pass;
        named.add(token.key);
        if (form.namedKey === undefined) form.namedKey = token.key.replace(/^[وف]?[بلك]?ال/, '');
        named.add(form.namedKey);
      }
      const { kind } = form;
      if (kind.group === undefined || startsInName || inName?.(token.end - 1) === true) continue;
      let group = form.in;
      if (group === undefined) {
        const slot = form.slot as GroupSlot;
        group = slot.pass === pass ? slot.group : undefined;
        if (!group) {
          group = {
            stem: token.stem,
            forms: [],
            count: 0,
            firstSentence: sentence.id,
            firstSpan: [token.start - sentence.start, token.end - sentence.start],
            order: groups.length,
            entry: kind.entry,
            headword: undefined,
            headKey: '',
          };
          groups.push(group);
          slot.pass = pass;
          slot.group = group;
        }
        form.in = group;
        group.forms.push(form);
      }
      group.count++;
      form.count++;
    }
  };
  const finish = (counts?: WordCounts): VocabEntry[] => {
    if (counts) {
      counts.words = words;
      counts.letters = letters;
    }
    const merged = mergeByHeadword(groups);
    const entries: { entry: VocabEntry; order: number }[] = [];
    for (let k = 0; k < merged.length; k++) entries.push(toEntry(merged[k] as Group, words, lexicon, named));
    // The cached forms need not keep this text's groups alive.
    for (const group of groups) {
      const forms = group.forms;
      for (let k = 0; k < forms.length; k++) {
        const form = forms[k] as Form;
        form.in = undefined;
        if (form.slot) form.slot.group = undefined;
      }
    }
    return sortByScore(entries, groups.length);
  };
  return { add, finish };
}

/**
 * A group's headword among its display forms (chooseHeadword). A group of one written form (most
 * of them) has one display, its headword.
 */
function choose(g: Group): string {
  if (g.forms.length === 1) {
    const kind = (g.forms[0] as Form).kind;
    g.headKey = kind.displayKey;
    return kind.display.text;
  }
  const candidates = new Map<string, Candidate>();
  for (const form of g.forms) addCandidate(candidates, form.kind.display, form.count, form.kind.displayKey);
  const headword = chooseHeadword(candidates);
  // A candidate's key is its display key: normalizeKey of the headword.
  g.headKey = candidates.get(headword)?.key ?? normalizeKey(headword);
  return headword;
}

/**
 * Groups whose headwords are the same word (مبارياتها and المباريات split over two stems) made
 * one, so the list never shows a headword twice; the earlier group keeps its place and lemma.
 */
function mergeByHeadword(groups: readonly Group[]): Group[] {
  const byHeadword = new Map<string, Group>();
  const out: Group[] = [];
  for (const g of groups) {
    g.headword = choose(g);
    const key = g.headKey;
    const into = byHeadword.get(key);
    if (!into) {
      byHeadword.set(key, g);
      out.push(g);
      continue;
    }
    into.headword = undefined;
    into.count += g.count;
    for (const form of g.forms) into.forms.push(form);
  }
  return out;
}

/** Best score first, then first seen. */
function byScore(a: { entry: VocabEntry; order: number }, b: { entry: VocabEntry; order: number }): number {
  return b.entry.score - a.entry.score || a.order - b.order;
}

/** Room for a group's order in a sort key (see sortByScore). */
const ORDER_ROOM = 2 ** 21;

/**
 * The entries, best score first, then first seen (as byScore). Scores are rounded to thousandths,
 * so each entry is one number, −score × 1000 × ORDER_ROOM + order, and a typed array sorts them
 * without a comparator; `orders` bounds the orders. Falls back on byScore past the room.
 */
function sortByScore(entries: { entry: VocabEntry; order: number }[], orders: number): VocabEntry[] {
  const keys = new Float64Array(entries.length);
  const byOrder: (VocabEntry | undefined)[] = new Array(orders);
  let fits = orders <= ORDER_ROOM;
  for (let k = 0; k < entries.length && fits; k++) {
    const { entry, order } = entries[k] as { entry: VocabEntry; order: number };
    const thousandths = Math.round(entry.score * 1000);
    fits = Math.abs(thousandths) < 2 ** 30;
    keys[k] = -thousandths * ORDER_ROOM + order;
    byOrder[order] = entry;
  }
  const out: VocabEntry[] = [];
  if (!fits) {
    entries.sort(byScore);
    for (let k = 0; k < entries.length; k++) out.push((entries[k] as { entry: VocabEntry }).entry);
    return out;
  }
  keys.sort();
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as number;
    out.push(byOrder[key - Math.floor(key / ORDER_ROOM) * ORDER_ROOM] as VocabEntry);
  }
  return out;
}

/** The group, display and lexicon entry of a written form. */
function kindOf(token: Token, lexicon: Lexicon | undefined): FormKind {
  const none = { group: undefined, display: { text: token.text, rebuilt: false }, displayKey: token.key };
  if (!isCandidate(token) || isDemonym(token.key)) return none;
  const match = lexicon ? matchLemma(token.key, lexicon) : undefined;
  if (match && !isContentPos(match.entry.pos)) return none;
  const display = displayOf(token, match?.front);
  const displayKey = normalizeKey(display.text);
  const common = COMMON_NEWS_WORDS.has(displayKey) || AMBIGUOUS_MONTHS.has(displayKey);
  const nisbaPlaces = nisbaPlacesOf(displayKey);
  const kind: { -readonly [K in keyof FormKind]: FormKind[K] } = match
    ? { group: `#${match.index}`, display, displayKey, entry: match.entry, common }
    : { group: token.stem, display, displayKey, common };
  if (nisbaPlaces) kind.nisbaPlaces = nisbaPlaces;
  return kind;
}

function toEntry(g: Group, words: number, lexicon: Lexicon | undefined, named: ReadonlySet<string>): { entry: VocabEntry; order: number } {
  const display = g.headword ?? choose(g);
  // Nisbas of named places, very common news words (عام، دولار، الثاني) and month names that are
  // also words (تموز، مارس; kept, as they may be the word) count as the commonest
  // words; the lexicon's corpus counts alone leave some of them near the top of a news article.
  // (Judged on each form's display key: the keys of the group's display forms.)
  let common = false;
  for (let k = 0; k < g.forms.length && !common; k++) {
    const kind = (g.forms[k] as Form).kind;
    common = kind.common === true || (kind.nisbaPlaces !== undefined && isNisbaOf(kind.nisbaPlaces, named));
  }
  // A word the lexicon lacks falls back on the prior: it is as likely a rare spelling as a rare word.
  const base = lexicon && g.entry ? corpusKeyness(g.count, words, g.entry.count, lexicon.total) : priorKeyness(g.count, words, g.stem);
  const score = common ? Math.min(base, commonKeyness(g.count, words)) : base;
  const forms: string[] = [];
  for (let k = 0; k < g.forms.length; k++) forms.push((g.forms[k] as Form).text);
  const rounded = Math.round(score * 1000) / 1000;
  const { firstSentence, firstSpan, count } = g;
  const lex = g.entry;
  // One literal per case (no Object.assign): the lexicon's fields after the rest.
  const entry: VocabEntry = lex
    ? {
        key: g.stem,
        display,
        forms,
        count,
        firstSentence,
        firstSpan,
        score: rounded,
        lemma: lex.lemma,
        gloss: lex.gloss,
        level: lex.level,
        pos: lex.pos,
      }
    : { key: g.stem, display, forms, count, firstSentence, firstSpan, score: rounded };
  return { entry, order: g.order };
}

/**
 * The places a key would be the nisba (ي، ية، يين، يون، يات) of, or undefined when it has no
 * nisba ending; decided once per form kind.
 *
 * @example nisbaPlacesOf('سودانيه') // ['سودان', 'سودانا', 'سودانيا', 'سودانان', 'السودان']
 */
function nisbaPlacesOf(key: string): readonly string[] | undefined {
  // Every ending below ends in ي، ه، ن or ت: most keys are refused without the pattern.
  const last = key.charCodeAt(key.length - 1);
  if (last !== 0x064a && last !== 0x0647 && last !== 0x0646 && last !== 0x062a) return undefined;
  const match = /^(.{2,}?)(ي|يه|يين|يون|يات)$/.exec(key);
  const stem = match?.[1];
  if (stem === undefined) return undefined;
  return [stem, `${stem}ا`, `${stem}يا`, `${stem}ان`, `ال${stem}`];
}

/**
 * Whether a key is the nisba of a word inside one of the article's names, given the places it
 * would be the nisba of (nisbaPlacesOf): a demonym of a place the article names, even one the
 * gazetteer lacks.
 *
 * @example isNisbaOf(nisbaPlacesOf('سودانيه'), new Set(['سودان'])) // true
 */
function isNisbaOf(places: readonly string[], named: ReadonlySet<string>): boolean {
  for (let k = 0; k < places.length; k++) if (named.has(places[k] as string)) return true;
  return false;
}

/** First words of two-word month names (تشرين الأول، كانون الثاني): never vocabulary. */
const SYRIAC_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...SYRIAC_MONTHS.keys()].filter((name) => name.includes(' ')).map((name) => name.split(' ')[0] as string),
);

/** A content word worth a vocabulary entry. */
function isCandidate(token: Token): boolean {
  if (token.isStopWord || token.stem.length < 3 || token.key.length < 3) return false;
  const first = token.key.charCodeAt(0);
  const base = first === 0x0648 || first === 0x0641 ? token.key.slice(1) : token.key; // و، ف
  return !(
    WEEKDAYS.has(token.key) ||
    WEEKDAYS.has(base) ||
    DAY_PARTS.has(base) ||
    GREGORIAN_MONTHS.has(base) ||
    (SYRIAC_MONTHS.has(base) && !AMBIGUOUS_MONTHS.has(base)) ||
    SYRIAC_FIRST_WORDS.has(base) ||
    NUMBER_WORDS.has(base) ||
    SCALE_WORDS.has(base)
  );
}

/** Lexicon parts of speech that a vocabulary list teaches. */
function isContentPos(pos: string): boolean {
  return pos === 'noun' || pos === 'verb' || pos === 'adj' || pos === 'adj_comp' || pos === 'adv';
}
