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
  sentences: Set<number>;
  order: number;
}

/** Names in order of first mention. */
export function collectNames(facts: readonly Fact[]): NameEntry[] {
  const groups = new Map<string, Group>();
  for (const fact of facts) {
    if (fact.kind !== 'entity') continue;
    const key = `${fact.type}:${normalizeKey(fact.name).replace(/^ال/, '')}`;
    let group = groups.get(key);
    if (!group) {
      group = { name: fact.name, type: fact.type, count: 0, sentences: new Set(), order: groups.size };
      groups.set(key, group);
    }
    group.count++;
    group.sentences.add(fact.sentence);
    if (group.role === undefined && fact.role !== undefined) group.role = fact.role;
  }
  return [...groups.values()]
    .sort((a, b) => a.order - b.order)
    .map((g) => ({
      name: g.name,
      type: g.type,
      ...(g.role === undefined ? {} : { role: g.role }),
      count: g.count,
      sentences: [...g.sentences].sort((a, b) => a - b),
    }));
}
