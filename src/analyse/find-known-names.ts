/**
 * Multi-word lookups in a list of normalised names (the gazetteer, the well-known
 * organisations): the longest match at each word, its first word read with or without clitics.
 */
import type { EntityType } from '../types.js';
import type { Mention } from './mention.js';
import { nameMention } from './name-span.js';
import type { Word } from './sentence-words.js';
import type { Claims } from './word-claims.js';

const MAX_WORDS = 5;

/** What findKnownNames looks up in one name list, built once per list. */
interface ListIndex {
  /** The list's number, its place in a form's `starts` (WordReadings). */
  readonly number: number;
  /** First word → the most words a name starting with it has. */
  readonly firstWords: Map<string, number>;
  /** Every word that is the second of a name: a longer match needs one after the first word. */
  readonly secondWords: Set<string>;
}

const INDEXES = new WeakMap<ReadonlySet<string>, ListIndex>();
let lists = 0;

/**
 * The most words a name of the list starting at `word` can have; 0 when none starts there.
 * Cached with the form's readings (shared by every copy of the written word), in `starts` at
 * 2 × the list's number; at 2 × number + 1, singleName's answer.
 */
function longestStart(word: Word, index: ListIndex, names: ReadonlySet<string>): number {
  const starts = word.readings.starts;
  const at = 2 * index.number;
  const cached = starts[at];
  if (cached !== undefined && cached >= 0) return cached;
  let longest = 0;
  for (const front of word.fronts) longest = Math.max(longest, index.firstWords.get(front.base) ?? 0);
  while (starts.length < at + 2) starts.push(-1); // -1: not known yet (no holes in the array)
  starts[at] = longest;
  starts[at + 1] = longest === 0 ? -2 : singleName(word, names);
  return longest;
}

/** The clitic letters of the first reading of `word` that is a one-word name of `names`, or -2. */
function singleName(word: Word, names: ReadonlySet<string>): number {
  for (const front of word.fronts) if (names.has(front.base)) return front.letters;
  return -2;
}

/** The index of `names`, built once per list. */
function indexOf(names: ReadonlySet<string>): ListIndex {
  let index = INDEXES.get(names);
  if (!index) {
    const firstWords = new Map<string, number>();
    const secondWords = new Set<string>();
    for (const name of names) {
      const parts = name.split(' ');
      const first = parts[0] as string;
      firstWords.set(first, Math.max(firstWords.get(first) ?? 0, parts.length));
      if (parts.length > 1) secondWords.add(parts[1] as string);
    }
    index = { number: lists++, firstWords, secondWords };
    INDEXES.set(names, index);
  }
  return index;
}

/**
 * Matches of `names` among the words of sentence `sentence` not yet `claimed`, as mentions of
 * `type`; claims what it finds. `feature` marks possible first words.
 */
export function findKnownNames(
  words: readonly Word[],
  names: ReadonlySet<string>,
  claimed: Claims,
  text: string,
  feature: number,
  type: EntityType,
  sentence: number,
): Mention[] {
  // Made at the first match, holding it ([m], not [] and a push: room for one, not sixteen).
  let out: Mention[] | undefined;
  let index: ListIndex | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    if ((word.features & feature) === 0 || !word.isWord || claimed.has(i)) continue;
    index ??= indexOf(names);
    const match = longestAt(words, i, names, index, claimed);
    if (match < 0) continue;
    const last = match >> 2;
    const mention = nameMention(type, sentence, words, i, last, match & 3, text);
    if (out === undefined) out = [mention];
    else out.push(mention);
    for (let k = i; k <= last; k++) claimed.add(k);
    i = last;
  }
  return out ?? [];
}

/**
 * The longest name of the list at word `i`, as one number: its last word index × 4 + the clitic
 * letters its first word drops (at most 2); -1 when none (no object per match).
 */
function longestAt(words: readonly Word[], i: number, names: ReadonlySet<string>, index: ListIndex, claimed: Claims): number {
  const first = words[i] as Word;
  let longest = longestStart(first, index, names);
  if (longest === 0) return -1;
  // No name of two words or more goes on with the next word: only the first word alone can match.
  if (longest > 1 && !index.secondWords.has((words[i + 1] as Word | undefined)?.key ?? '')) longest = 1;
  for (let n = Math.min(MAX_WORDS, longest); n >= 2; n--) {
    const last = i + n - 1;
    if (last >= words.length) continue;
    let tail = '';
    let ok = true;
    for (let k = i + 1; k <= last; k++) {
      const w = words[k] as Word;
      if (!w.isWord || claimed.has(k)) {
        ok = false;
        break;
      }
      tail += ` ${w.key}`;
    }
    if (!ok) continue;
    for (const front of first.fronts) {
      if (names.has(front.base + tail)) return last * 4 + front.letters;
    }
  }
  // The word alone, as cached with its readings by longestStart.
  const letters = first.readings.starts[2 * index.number + 1] as number;
  return letters >= 0 ? i * 4 + letters : -1;
}
