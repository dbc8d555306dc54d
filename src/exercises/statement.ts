/**
 * Cutting a sentence down to a statement a student can judge or complete: from the start of the
 * sentence to the end of the clause that holds a given span, without the leading «و/ف» or a
 * discourse opener such as «من جانبه،» that only links it to the sentence before.
 */

import { DAY_PARTS } from '../data/calendar.js';
import { LEADING_CONNECTORS, WAW_INITIAL_WORDS } from '../data/connectors.js';
import { SUBJECTLESS_AFTER_VERB } from '../data/subjectless.js';
import { lettersAndDigits } from '../text/letters.js';
import { isDroppedFromKey, normalizeKey } from '../text/normalize-key.js';
import { isStopWord } from '../text/stop-words.js';
import { wordCount } from '../text/word-count.js';
import type { Analysis, Sentence } from '../types.js';
import { memo } from './memo.js';
import { optionKey } from './option-key.js';
import { perAnalysis } from './per-analysis.js';

export interface Clause {
  /** Offsets into `Text.text`. */
  readonly start: number;
  readonly end: number;
}

/** The marks that may end a clause (as char codes), and those of them after which an inner clause starts. */
const CLAUSE_END_CODES = new Set([...'،؛,;:.؟?!…'].map((c) => c.charCodeAt(0)));
const COMMA_CODES = new Set([...'،؛,;'].map((c) => c.charCodeAt(0)));

/**
 * The clause of `sentence` that ends after `spanEnd`: `start` is the sentence start, `end` the
 * first clause mark after the span (outside any «…») that leaves at least `minWords` words, or the
 * sentence end without its final mark.
 */
export function clauseAround(sentence: Sentence, spanEnd: number, minWords = 10): Clause {
  return cutClause(sentence.text, sentenceLayout(sentence).cuts, sentence.start, spanEnd, minWords);
}

/** clauseAround on `text` (starting at offset `from` of the article), with its clause marks at hand. */
function cutClause(text: string, cuts: readonly Cut[], from: number, spanEnd: number, minWords: number): Clause {
  let end = text.length;
  for (const cut of cuts) {
    if (from + cut.at < spanEnd) continue;
    if (cut.words < 0) cut.words = wordCount(text.slice(0, cut.at).trim());
    if (cut.words < minWords) continue;
    if (cut.safe === undefined) cut.safe = safeCut(text, cut.at);
    if (!cut.safe) continue;
    end = cut.at;
    break;
  }
  while (end > 0 && /[\s.؟?!…]/.test(text[end - 1] as string)) end--;
  return { start: from, end: from + end };
}

/** A clause mark outside «…» and not inside a number; its word count and safety worked out when first asked. */
interface Cut {
  readonly at: number;
  /** Words before the mark (as `split(/\s+/)` counts them), or −1 until asked. */
  words: number;
  safe: boolean | undefined;
}

/** What clause marks a text has, worked out once per text and shared by every span asked of it. */
interface Layout {
  /** Marks that may end a clause, in order. */
  readonly cuts: Cut[];
  /** Depth inside «…» or (…) before each offset (one more entry than the text's length). */
  readonly depth: Int32Array;
  /** For each offset, one past the last «،؛,;» before it at depth 0, or −1. */
  readonly after: Int32Array;
  /** The text from an offset on, with its own clause marks, as innerClause cuts it. */
  readonly suffixes: Map<number, { readonly text: string; readonly cuts: readonly Cut[] }>;
}

/** A sentence's layout, kept with the sentence (the analysis's sentences are asked again and again). */
function sentenceLayout(sentence: Sentence): Layout {
  let layout = LAYOUTS.get(sentence);
  if (layout === undefined) {
    layout = findLayout(sentence.text);
    LAYOUTS.set(sentence, layout);
  }
  return layout;
}

const LAYOUTS = new WeakMap<Sentence, Layout>();

/**
 * One native search jumps from mark to mark (quotation marks, brackets, clause marks); the
 * offsets between two marks share the state before the second, filled in at once.
 */
function findLayout(text: string): Layout {
  const cuts: Cut[] = [];
  const depthAt = new Int32Array(text.length + 1);
  const after = new Int32Array(text.length + 1);
  let depth = 0;
  let start = -1;
  let filled = 0;
  for (const mark of text.matchAll(MARKS)) {
    const i = mark.index;
    depthAt.fill(depth, filled, i + 1);
    after.fill(start, filled, i + 1);
    filled = i + 1;
    // By code (« ( “ open, » ) ” close): a string per character would be made otherwise.
    const c = text.charCodeAt(i);
    if (c === 0xab || c === 0x28 || c === 0x201c) depth++;
    else if ((c === 0xbb || c === 0x29 || c === 0x201d) && depth > 0) depth--;
    else if (depth === 0) {
      if (!CLAUSE_END_CODES.has(c)) continue;
      if (!isInsideNumber(text, i)) cuts.push({ at: i, words: -1, safe: undefined });
      if (COMMA_CODES.has(c)) start = i + 1;
    }
  }
  depthAt.fill(depth, filled);
  after.fill(start, filled);
  return { cuts, depth: depthAt, after, suffixes: new Map() };
}

/** The characters findLayout reads: what opens or closes «…», (…) and “…”, and the clause marks. */
const MARKS = /[«(“»)”،؛,;:.؟?!…]/g;

/**
 * The smallest clause around `[spanStart, spanEnd)`: from just after the last clause mark before
 * the span (outside «…») to the clause end after it; undefined when that is not a whole clause of
 * at least `minWords` words (then use clauseAround).
 */
export function innerClause(sentence: Sentence, spanStart: number, spanEnd: number, minWords = 7): Clause | undefined {
  const text = sentence.text;
  const layout = sentenceLayout(sentence);
  // The scan stops at the span's start, or at once when that is before the sentence.
  const at = Math.min(Math.max(0, spanStart - sentence.start), text.length);
  const start = layout.after[at] ?? -1;
  const depth = layout.depth[at] ?? 0;
  if (start < 0 || depth > 0) return undefined;
  let suffix = layout.suffixes.get(start);
  if (suffix === undefined) {
    // The text from `start` is at depth 0 (after a comma there), so its marks are the sentence's
    // from there on; their word counts and safety are the suffix's own, worked out when asked.
    const cuts = layout.cuts.filter((cut) => cut.at >= start).map((cut) => ({ at: cut.at - start, words: -1, safe: undefined }));
    suffix = { text: text.slice(start), cuts };
    layout.suffixes.set(start, suffix);
  }
  const whole = cutClause(suffix.text, suffix.cuts, sentence.start + start, spanEnd, minWords);
  // Its first word and how many words: no array of every word.
  const clause = text.slice(start, whole.end - sentence.start).trim();
  // A clause that opens with a function word or «ليصبح» hangs on what came before it.
  const first = normalizeKey(clause.split(/\s+/, 1)[0] ?? '').replace(/^[وف](?=..)/, '');
  if (isStopWord(first) || /^ل[يتنا]/.test(first) || CLAUSE_CANNOT_OPEN.has(first)) return undefined;
  return wordCount(clause) >= minWords ? whole : undefined;
}

/**
 * True when the clause stops before what its verb still needs: the object after a comma («كرر …
 * مرات عدة، دعوته إلى …») or a time phrase set off by commas before the rest («يلتقي … في
 * النهائي، يوم الأحد …، مع منتخب …»). An event to order must not stop there.
 */
export function stopsShort(sentence: Sentence, clause: Clause): boolean {
  const rest = sentence.text.slice(clause.end - sentence.start).replace(/^[\s،,]+/, '');
  const next = lettersAndDigits(normalizeKey(rest.split(/\s+/, 1)[0] ?? ''));
  return (next.length > 4 && /(ه|ها|هم)$/.test(next) && !next.endsWith('يه')) || DAY_PARTS.has(next);
}

/** Each clause after the first that is a whole clause of at least `minWords` words (see innerClause). */
export function laterClauses(sentence: Sentence, minWords: number): Clause[] {
  const out: Clause[] = [];
  for (const mark of sentence.text.matchAll(INNER_CLAUSE_MARKS)) {
    const i = mark.index;
    const clause = innerClause(sentence, sentence.start + i + 2, sentence.start + i + 2, minWords);
    if (clause && !out.some((c) => c.start === clause.start)) out.push(clause);
  }
  return out;
}

const INNER_CLAUSE_MARKS = /[،؛]/g;

/**
 * True when a statement reports words without saying whose they are («قال «…»»): on its own, a
 * student cannot judge or place it. A name the article writes in guillemets is the subject, not
 * a quotation: «أعلنت «المقاومة الإسلامية في العراق» مسؤوليتها» has its speaker.
 */
export function lacksSpeaker(statement: string, names: ReadonlySet<string> = NO_NAMES): boolean {
  const text = statement.trim();
  const opened = /^\S+\s*([«"“:])/.exec(text);
  if (!opened) return false;
  if (opened[1] !== '«') return true;
  const inside = text.slice(opened[0].length).split('»', 1)[0] ?? '';
  return !names.has(optionKey(inside));
}

const NO_NAMES: ReadonlySet<string> = new Set();

/** The keys of the names the article gives (persons, places, organisations), for `lacksSpeaker`. */
export const nameKeys: (analysis: Analysis) => ReadonlySet<string> = perAnalysis(
  (analysis) => new Set(analysis.names.map((n) => optionKey(n.name))),
);

/**
 * Makes a clause stand alone: drops the conjunction glued to its first word and any opener from
 * LEADING_CONNECTORS, and ends it with a full stop.
 *
 * @example asStatement('وقالت ثلاثة مصادر إن …') // 'قالت ثلاثة مصادر إن ….'
 */
export const asStatement: (clause: string) => string = memo(makeStatement, 5_000);

function makeStatement(clause: string): string {
  let text = clause.trim();
  for (let changed = true; changed; ) {
    changed = false;
    let forms = formsOf(text);
    for (let o = 0; o < OPENER_KEYS.length; o++) {
      // An opener must start with the first letter of a form's key: the others are skipped unread.
      const first = OPENER_FIRSTS[o];
      if (first !== -1 && first !== forms[0]?.first && first !== forms[1]?.first) continue;
      const opener = OPENER_KEYS[o] as string;
      for (const form of forms) {
        const n = matchOpener(form, opener);
        if (n > 0) {
          text = form.text.slice(n).replace(/^[\s،,]+/, '');
          forms = formsOf(text);
          changed = true;
          break;
        }
      }
    }
  }
  text = dropGluedConjunction(text);
  return `${text.replace(/[\s،,؛:]+$/, '')}.`;
}

/**
 * A text and the text without its glued conjunction, keyed; one keying when there is no
 * conjunction to drop (most texts), both forms then being the same.
 */
function formsOf(text: string): readonly Keyed[] {
  const whole = keyed(text);
  const bare = dropGluedConjunction(text);
  return [whole, bare === text ? whole : keyed(bare)];
}

/** The openers as keys, in the list's order, and the first letter of each (−1 for none). */
const OPENER_KEYS = LEADING_CONNECTORS.map(normalizeKey);
const OPENER_FIRSTS = OPENER_KEYS.map((k) => (k.length > 0 ? k.charCodeAt(0) : -1));
const LONGEST_OPENER = Math.max(...OPENER_KEYS.map((k) => k.length));

/** The start of a text as a key (no diacritics), at least as long as any opener when the text is. */
interface Keyed {
  readonly text: string;
  readonly key: string;
  /** The key's first letter (NaN for none). */
  readonly first: number;
}

function keyed(text: string): Keyed {
  // normalizeKey maps each character on its own, dropping only diacritics and tatweel: the key of
  // a prefix is the start of the text's key. Twice the longest opener is plenty unless the text
  // is fully voweled.
  let span = 2 * LONGEST_OPENER + 2;
  let key = normalizeKey(text.slice(0, span));
  while (key.length <= LONGEST_OPENER && span < text.length) {
    span *= 2;
    key = normalizeKey(text.slice(0, span));
  }
  return { text, key, first: key.charCodeAt(0) };
}

/** Length of the prefix of the text that spells `opener` (a key; diacritics ignored), or 0. */
function matchOpener(form: Keyed, opener: string): number {
  if (!form.key.startsWith(opener)) return 0;
  const { text } = form;
  // Past the opener's letters, then past the marks on its last one.
  let i = 0;
  for (let letters = 0; letters < opener.length && i < text.length; i++) if (!isDroppedFromKey(text.charCodeAt(i))) letters++;
  while (i < text.length && isDroppedFromKey(text.charCodeAt(i))) i++;
  const next = text[i];
  return next === undefined || /[\s،,]/.test(next) ? i : 0;
}

/**
 * «وقالت» → «قالت», «وسجل» → «سجل»: a news sentence that opens with و almost always opens with
 * the conjunction; words whose و is a root letter (وزير، وكالة، وفق …) keep it. «ف» goes only
 * before a verb of speech or ال, since many words start with it (فصائل، فريق، فوز).
 */
function dropGluedConjunction(text: string): string {
  const first = text.split(/\s/, 1)[0] ?? '';
  const key = normalizeKey(first);
  if (!/^[وف]/.test(key) || key.length < 3) return text;
  const rest = key.slice(1);
  const bare = key.replace(/^ال/, '');
  const drop =
    SHORT_AFTER_CONJUNCTION.has(rest) ||
    (key.length >= 4 && (key[0] === 'و' ? !WAW_WORDS.has(bare) : /^ال/.test(rest) || VERB_AFTER_CONJUNCTION.test(rest)));
  if (!drop) return text;
  let cut = 1;
  while (cut < first.length && isDroppedFromKey(first.charCodeAt(cut))) cut++;
  return text.slice(cut);
}

const WAW_WORDS = new Set(WAW_INITIAL_WORDS);

/** Short function words that a conjunction may open a sentence with (ومن المتوقع → من المتوقع). */
const SHORT_AFTER_CONJUNCTION = new Set(['من', 'في', 'على', 'الي', 'عن', 'مع', 'لم', 'لن', 'قد', 'كان', 'لا', 'ما', 'هو', 'هي', 'ان']);

/** Past-tense verbs of speech and action that often follow و (قال، ذكر، كرر …): a loose test. */
const VERB_AFTER_CONJUNCTION =
  /^(قال|ذكر|كرر|حذر|نقل|اكد|اعلن|اضاف|اشار|اعتبر|وصف|شهد|سيطر|استنكر|اسفر|تعرض|كان|جاء|بدا|رفض|دعا|طالب|نفى|شدد)/;

/**
 * Whether the clause may end at the comma at `i`: not when what follows completes it (a
 * preposition: «تعرضت قاعدة …، إلى هجوم»), nor inside an apposition («بين إسرائيل، حليفة
 * واشنطن، وحركة حماس»), nor after «بين» that still waits for its second party.
 */
function safeCut(text: string, i: number): boolean {
  if (!/[،,]/.test(text[i] as string)) return true;
  const next = text
    .slice(i + 1)
    .trim()
    .split(/\s+/, 4);
  if (CONTINUES.has(normalizeKey(next[0] ?? ''))) return false;
  if (/[،,]/.test(next.slice(0, 4).join(' '))) return false;
  const before = text.slice(0, i).trim().split(/\s+/).map(normalizeKey);
  // «بين إسرائيل، حليفة واشنطن،» still waits for its second party («وحركة حماس»).
  const between = before.lastIndexOf('بين');
  if (between >= 0 && !before.slice(between + 2).some((w) => /^و/.test(w) && !WAW_WORDS.has(w))) return false;
  // «أعلنت «…» وهي شبكة من الفصائل …، مسؤوليتها»: the comma closes an apposition, the verb still waits.
  const since = before.slice(Math.max(0, before.length - 8));
  return !since.some((w) => APPOSITION.has(w));
}

/**
 * Words that tie a clause to what came before it: such a clause cannot stand alone. A set, not an
 * alternation: one lookup, and no expression to build and compile at every start.
 */
const CLAUSE_CANNOT_OPEN: ReadonlySet<string> = new Set([
  'اضافه',
  'خصوصا',
  'بعد',
  'قبل',
  'منها',
  'منه',
  'مما',
  'حيث',
  'اذ',
  'الذي',
  'التي',
  'بحسب',
  'حسب',
  'وفق',
  'وفقا',
  'جراء',
  'بسبب',
  'رغم',
  'ضد',
  'نحو',
  'مع',
  'عبر',
  'خلال',
  'لدي',
  'عند',
  'ما',
  'معتبرا',
  'مشيرا',
  'مضيفا',
  'مؤكدا',
  'منددا',
  'معلنا',
]);

/**
 * True when a clause can be printed as a statement on its own: it opens with a verb or a subject,
 * not with a definite noun that is the object of the verb before it («الضربات الأميركية ووصفتها»).
 */
export function opensStatement(clause: string): boolean {
  // Only the first two words are read: a split that stops there.
  const words = clause.trim().split(/\s+/, 2);
  const written = words[0] ?? '';
  const first = lettersAndDigits(normalizeKey(written)).replace(/^[وف](?=...)/, '');
  if (first.startsWith('ال') || isStopWord(first) || CLAUSE_CANNOT_OPEN.has(first)) return false;
  // A time phrase («مساء الأربعاء، بعد فوزه …»), an adverb in -اً («خصوصاً»), a word with an
  // attached pronoun («دعوته إلى …») or «بـ» + noun («بمناسبة …») opens a phrase, not a clause.
  if (DAY_PARTS.has(first) || /[\u064B]|اً$|ًا$/.test(written) || /^ب..../.test(first)) return false;
  if (first.length > 4 && /(ه|ها|هم|هما)$/.test(first) && !first.endsWith('يه')) return false;
  // A verb whose next word is a particle, a number or a noun with a pronoun has no subject written:
  // «يدرس فيها …», «يتضمن 120 ساعة …», «تقام مبارياتها …».
  const second = lettersAndDigits(normalizeKey(words[1] ?? ''));
  return !(SUBJECTLESS_AFTER_VERB.has(second) || /^\d/.test(second) || (second.length > 4 && /(ها|هم|هما)$/.test(second)));
}

/** Words that carry a clause on after a comma: prepositions and «بين». */
/** «وهي / وهو / وهم …» opens an apposition that a comma closes before the sentence goes on. */
const APPOSITION = new Set(['وهي', 'وهو', 'وهم', 'وهما']);

const CONTINUES = new Set(['الي', 'علي', 'من', 'في', 'عن', 'مع', 'ضد', 'نحو', 'عبر', 'حتي', 'بين', 'لدي', 'خلال']);

function isInsideNumber(text: string, i: number): boolean {
  return /[0-9٠-٩]/.test(text[i - 1] ?? '') && /[0-9٠-٩]/.test(text[i + 1] ?? '');
}
