/**
 * Multi-word lookups in a list of normalised names (the gazetteer, the well-known
 * organisations): the longest match at each word, its first word read with or without clitics.
 */
import type { Mention } from './mention.js';
import { nameSpan } from './name-span.js';
import type { Word } from './sentence-words.js';

const MAX_WORDS = 5;

/** Matches of `names` among `words` not yet `claimed`; claims what it finds. */
export function findKnownNames(
  words: readonly Word[],
  names: ReadonlySet<string>,
  claimed: Set<number>,
  text: string,
): Pick<Mention, 'first' | 'last' | 'name' | 'span'>[] {
  const out: Pick<Mention, 'first' | 'last' | 'name' | 'span'>[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    if (!word.isWord || claimed.has(i)) continue;
    const match = longestAt(words, i, names, claimed);
    if (!match) continue;
    const found = nameSpan(words, i, match.last, match.letters, text);
    out.push({ first: i, last: match.last, ...found });
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
  for (let n = MAX_WORDS; n >= 1; n--) {
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
