/**
 * Whether a word or name is mentioned in a stretch of text, with or without the proclitics that
 * may be glued to it (بالعراق mentions العراق; للعراق too).
 */
import { memo } from './memo.js';
import { optionKey } from './option-key.js';

/** Proclitic runs that may stand glued before a word. */
const CLITICS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];

/** The first letters of the proclitic runs (and of لل): the runs of one letter. */
const CLITIC_FIRST = new Set(CLITICS.filter((c) => c !== '').map((c) => c.charCodeAt(0)));

/**
 * `mentioned` widened to the words a candidate changes: «مساء السبت» for the key «مساء الثلاثاء»
 * is ruled out when «السبت» alone is mentioned.
 */
export function mentionsChange(mentioned: (candidate: string) => boolean, key: string): (candidate: string) => boolean {
  const keyWords = new Set(wordsOf(optionKey(key)));
  // The candidate's words as wordsOf remembers them: each distractor tier asks about the same
  // candidates again for every slot.
  return (candidate) => mentioned(candidate) || wordsOf(optionKey(candidate)).some((w) => !keyWords.has(w) && w.length > 2 && mentioned(w));
}

/**
 * A predicate telling whether `candidate` occurs in `text`, as whole words (optionally behind a
 * proclitic run); predicates are remembered per text, since items ask about the same sentences.
 */
export const mentionedIn: (text: string) => (candidate: string) => boolean = memo((text) => makeMentioned(text), 2_000);

/**
 * How many questions a text answers by scanning its words before they are indexed: most texts
 * are asked about once or not at all (a sheet of the sample: 99 of 141), and indexing costs more
 * than a scan; a text asked about again and again gets its index, and then each question is a
 * few lookups.
 */
const SCANS_BEFORE_INDEX = 2;

/** `mentionedIn` without the memo; `scans` as SCANS_BEFORE_INDEX (exported for the test that both ways agree). */
export function makeMentioned(text: string, scans = SCANS_BEFORE_INDEX): (candidate: string) => boolean {
  // The text's key (a space after each word) and words are read at the first question (some
  // predicates are never asked one).
  let spaced: string | undefined;
  let textWords: readonly string[] | undefined;
  let index: ReadonlyMap<string, readonly number[]> | undefined;
  let asked = 0;
  /** Where the words filed under `first` stand, in order. */
  const positions = (words: readonly string[], first: string): readonly number[] => {
    if (index === undefined && asked++ >= scans) index = indexWords(words);
    if (index !== undefined) return index.get(first) ?? NONE;
    const found: number[] = [];
    for (let i = 0; i < words.length; i++) if (filedUnder(words[i] as string, first)) found.push(i);
    return found;
  };
  return (candidate) => {
    const k = optionKey(candidate);
    if (k === '') return false;
    const parts = wordsOf(k);
    const first = parts[0] as string;
    spaced ??= `${optionKey(text)} `;
    // Most candidates are not in the text at all: a native search or two says so before any word
    // is read. Once the words are indexed, one lookup says so for less (a mention the index finds
    // is always one the search finds: see mayHold).
    if (index === undefined && !mayHold(spaced, k)) return false;
    textWords ??= spaced.slice(0, -1).split(' ');
    const words = textWords;
    const found = positions(words, first);
    if (found.length === 0) return false;
    if (parts.length === 1) return true;
    return found.some((i) => {
      for (let j = 1; j < parts.length; j++) if (words[i + j] !== parts[j]) return false;
      return true;
    });
  };
}

const NONE: readonly number[] = [];

/**
 * False only when the text (its key with a space after each word) cannot mention the candidate
 * `key`: the word filed under its first word ends with that word, or is it with لل for its ال
 * (للعراق, وللعراق), and the words after it are the candidate's own.
 */
function mayHold(spaced: string, key: string): boolean {
  return spaced.includes(`${key} `) || (key.startsWith('ال') && spaced.includes(`لل${key.slice(2)} `));
}

/**
 * Each word filed under every word it may be with its proclitics taken off (بالعراق under
 * العراق, لعراق …, بالعراق), so that a question is one lookup, not one per proclitic run.
 */
function indexWords(words: readonly string[]): ReadonlyMap<string, readonly number[]> {
  const at = new Map<string, number[]>();
  const file = (bare: string, i: number): void => {
    const list = at.get(bare);
    if (list) list.push(i);
    else at.set(bare, [i]);
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    file(w, i);
    // Every proclitic run starts with one of the one-letter runs (و ف ب ل ك): most words need no
    // more. The other runs are two letters long.
    if (!CLITIC_FIRST.has(w.charCodeAt(0))) continue;
    file(w.slice(1), i);
    if (w.length > 1 && CLITIC_SET.has(w.slice(0, 2))) file(w.slice(2), i);
    // ل + ال is written لل: للعراق.
    if (w.startsWith('لل')) file(`ال${w.slice(2)}`, i);
    if (w.startsWith('ولل')) file(`ال${w.slice(3)}`, i);
  }
  return at;
}

/** Whether `indexWords` files word `w` under `bare`, worked out without filing anything. */
function filedUnder(w: string, bare: string): boolean {
  if (w === bare) return true;
  if (w.length > bare.length && w.endsWith(bare) && CLITIC_SET.has(w.slice(0, w.length - bare.length))) return true;
  if (!bare.startsWith('ال')) return false;
  return (w.startsWith('لل') && bare.slice(2) === w.slice(2)) || (w.startsWith('ولل') && bare.slice(2) === w.slice(3));
}

const CLITIC_SET: ReadonlySet<string> = new Set(CLITICS.filter((c) => c !== ''));

/** The words of a key (keys are short and asked about again and again). */
const wordsOf: (key: string) => readonly string[] = memo((key) => key.split(' '), 20_000, 64);
