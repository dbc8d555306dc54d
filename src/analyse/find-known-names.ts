/**
 * Multi-word lookups in a list of normalised names (the gazetteer, the well-known
 * organisations): the longest match at each word, its first word read with or without clitics.
 */
import type { EntityType } from '../types.js';
import { type Mention, mentionOf } from './mention.js';
import { nameSpan } from './name-span.js';
import type { Word } from './sentence-words.js';

const MAX_WORDS = 5;

/** For each name list, its first words → the most words a name starting with it has. */
const FIRST_WORDS = new WeakMap<ReadonlySet<string>, Map<string, number>>();

/** Per name list, per front-readings array (shared by every copy of a written word): longest. */
const STARTS = new WeakMap<ReadonlySet<string>, WeakMap<object, number>>();

/** The most words a name of `names` starting at `word` can have; 0 when none starts there. */
function longestStart(word: Word, names: ReadonlySet<string>): number {
  let byFronts = STARTS.get(names);
  if (!byFronts) {
    byFronts = new WeakMap();
    STARTS.set(names, byFronts);
  }
  const cached = byFronts.get(word.fronts);
  if (cached !== undefined) return cached;
  const index = firstWordsOf(names);
  let longest = 0;
  for (const front of word.fronts) longest = Math.max(longest, index.get(front.base) ?? 0);
  byFronts.set(word.fronts, longest);
  return longest;
}

/** The index of first words of `names`, built once per list. */
function firstWordsOf(names: ReadonlySet<string>): Map<string, number> {
  let index = FIRST_WORDS.get(names);
  if (!index) {
    index = new Map();
    for (const name of names) {
      const parts = name.split(' ');
      const first = parts[0] as string;
      index.set(first, Math.max(index.get(first) ?? 0, parts.length));
    }
    FIRST_WORDS.set(names, index);
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
  claimed: Set<number>,
  text: string,
  feature: number,
  type: EntityType,
  sentence: number,
): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    if ((word.features & feature) === 0 || !word.isWord || claimed.has(i)) continue;
    const match = longestAt(words, i, names, claimed);
    if (!match) continue;
    const found = nameSpan(words, i, match.last, match.letters, text);
    out.push(mentionOf(type, sentence, i, match.last, found.name, found.span));
    for (let k = i; k <= match.last; k++) claimed.add(k);
    i = match.last;
  }
  return out;
}

function longestAt(
  words: readonly Word[],
  i: number,
  names: ReadonlySet<string>,
  claimed: ReadonlySet<number>,
): { last: number; letters: number } | undefined {
  const first = words[i] as Word;
  const longest = longestStart(first, names);
  if (longest === 0) return undefined;
  for (let n = Math.min(MAX_WORDS, longest); n >= 1; n--) {
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
      if (names.has(front.base + tail)) return { last, letters: front.letters };
    }
  }
  return undefined;
}
