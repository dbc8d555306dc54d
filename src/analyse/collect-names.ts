/**
 * The article's names, one entry per person, place and organisation, from the entity facts:
 * mentions grouped by type and normalised name (ال ignored: العراق and عراق are one place).
 */
import { normalizeKey } from '../text/normalize-key.js';
import type { EntityFact, Fact, NameEntry } from '../types.js';

interface Group {
  name: string;
  type: EntityFact['type'];
  role?: string;
  count: number;
  /** Sentence ids, ascending: facts come in text order, so a new one is never below the last. */
  sentences: number[];
  order: number;
}

/** One name mention as the names list reads it (an entity fact, or a mention of the fact finder). */
interface Named {
  readonly type: EntityFact['type'];
  readonly name: string;
  readonly role?: string | undefined;
}

/** Names in order of first mention. */
export function collectNames(facts: readonly Fact[]): NameEntry[] {
  const tally = nameTally();
  for (let k = 0; k < facts.length; k++) {
    const fact = facts[k] as Fact;
    if (fact.kind === 'entity') tally.add(fact, fact.sentence);
  }
  return tally.finish();
}

/** collectNames a mention at a time: `add` the entity facts' mentions in text order, then `finish`. */
export interface NameTally {
  /** Counts one mention of sentence `sentence`. */
  add(named: Named, sentence: number): void;
  /** The names, in order of first mention. */
  finish(): NameEntry[];
}

/**
 * A tally for one text, which the fact finder feeds each sentence's names while they are at hand
 * (rather than reading every fact again once all are built).
 */
export function nameTally(): NameTally {
  const groups = new Map<string, Group>();
  /** Per type, the name as written → its group: most mentions repeat a spelling already met. */
  const bySpelling: Record<EntityFact['type'], Map<string, Group>> = { person: new Map(), place: new Map(), organisation: new Map() };
  const add = (fact: Named, sentence: number): void => {
    const spellings = bySpelling[fact.type];
    let group = spellings.get(fact.name);
    if (!group) {
      const key = `${fact.type}:${nameKey(fact.name)}`;
      group = groups.get(key);
      if (!group) {
        group = { name: fact.name, type: fact.type, count: 0, sentences: [], order: groups.size };
        groups.set(key, group);
      }
      spellings.set(fact.name, group);
    }
    group.count++;
    const sentences = group.sentences;
    const last = sentences.length === 0 ? -1 : (sentences[sentences.length - 1] as number);
    if (sentence > last) sentences.push(sentence);
    else if (sentence !== last && !sentences.includes(sentence)) sentences.push(sentence);
    if (group.role === undefined && fact.role !== undefined) group.role = fact.role;
  };
  const finish = (): NameEntry[] =>
    [...groups.values()]
      .sort((a, b) => a.order - b.order)
      .map((g) => {
        // Ascending already when the facts came in text order (as findFacts gives them).
        const sentences = isAscending(g.sentences) ? g.sentences : g.sentences.sort((a, b) => a - b);
        return g.role === undefined
          ? { name: g.name, type: g.type, count: g.count, sentences }
          : { name: g.name, type: g.type, role: g.role, count: g.count, sentences };
      });
  return { add, finish };
}

/** Whether `values` are in ascending order. */
function isAscending(values: readonly number[]): boolean {
  for (let k = 1; k < values.length; k++) if ((values[k] as number) < (values[k - 1] as number)) return false;
  return true;
}

/** Name keys cached at most before the cache starts afresh. */
const MAX_CACHED = 20_000;
/** Name keys of every text so far, by name as written: news articles share most of their names. */
const NAME_KEYS = new Map<string, string>();

/**
 * A name's grouping key: normalised, ال ignored.
 *
 * @example nameKey('العراق') // 'عراق'
 */
function nameKey(name: string): string {
  let key = NAME_KEYS.get(name);
  if (key === undefined) {
    key = normalizeKey(name).replace(/^ال/, '');
    if (NAME_KEYS.size >= MAX_CACHED) NAME_KEYS.clear();
    NAME_KEYS.set(name, key);
  }
  return key;
}
