/**
 * A compact, column-wise form of the lexicon that loads in a fraction of the time the TSV takes
 * to parse (no splitting of nine columns, no normalising, no gloss picking): the io layer caches
 * it beside the user's lexicon.
 */
import type { Lexicon, LexiconEntry } from './lexicon.js';

/** Bump when the index layout or what parseLexicon derives changes. */
export const INDEX_VERSION = 1;

export interface LexiconIndex {
  readonly version: number;
  /** One string per column, rows joined by `\n` (counts by `,`, levels one digit each). */
  readonly lemma: string;
  readonly key: string;
  readonly pos: string;
  readonly gloss: string;
  readonly level: string;
  readonly count: string;
}

/** The lexicon as an index to store. */
export function lexiconToIndex(lexicon: Lexicon): LexiconIndex {
  const e = lexicon.entries;
  return {
    version: INDEX_VERSION,
    lemma: e.map((x) => x.lemma).join('\n'),
    key: e.map((x) => x.key).join('\n'),
    pos: e.map((x) => x.pos).join('\n'),
    gloss: e.map((x) => x.gloss.replace(/\n/g, ' ')).join('\n'),
    level: e.map((x) => String(x.level)).join(''),
    count: e.map((x) => String(x.count)).join(','),
  };
}

/** The lexicon back from its index; undefined when the index is of another version or damaged. */
export function lexiconFromIndex(index: LexiconIndex): Lexicon | undefined {
  if (index.version !== INDEX_VERSION) return undefined;
  const lemma = index.lemma.split('\n');
  const key = index.key.split('\n');
  const pos = index.pos.split('\n');
  const gloss = index.gloss.split('\n');
  const count = index.count.split(',');
  const n = lemma.length;
  if (key.length !== n || pos.length !== n || gloss.length !== n || count.length !== n || index.level.length !== n) return undefined;
  const entries: LexiconEntry[] = new Array(n);
  const byKey = new Map<string, number[]>();
  let total = 0;
  for (let i = 0; i < n; i++) {
    const k = key[i] as string;
    const c = Number(count[i]);
    total += c;
    entries[i] = {
      lemma: lemma[i] as string,
      key: k,
      pos: pos[i] as string,
      gloss: gloss[i] as string,
      level: index.level.charCodeAt(i) - 48,
      count: c,
    };
    const list = byKey.get(k);
    if (list) list.push(i);
    else byKey.set(k, [i]);
  }
  return { entries, byKey, total };
}
