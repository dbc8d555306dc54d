/**
 * Choosing distractors for a key from candidates of the same kind and shape. Candidates come in
 * order of preference (the article's own facts first, then the built-in lists); the level sets how
 * close they are: level 3 takes those nearest the key in length, level 1 any.
 */
import type { Rng } from '../rng.js';
import { shuffle } from '../rng.js';
import type { Level } from '../types.js';
import { optionKey, overlaps, roughStem } from './option-key.js';

export interface PickOptions {
  readonly level: Level;
  /** Candidates that must not be used, e.g. because the proving paragraph names them too. */
  readonly forbidden?: (candidate: string) => boolean;
}

/**
 * Up to `count` distractors, distinct from the key and from each other in text and stem.
 * `tiers` are tried in order (the article's own words before the built-in lists).
 */
export function pickDistractors(
  key: string,
  tiers: readonly (readonly string[])[],
  count: number,
  rng: Rng,
  options: PickOptions,
): string[] {
  const seen = new Set<string>();
  const ordered = tiers.flatMap((tier) => {
    const usable = dedupe(tier).filter((c) => !seen.has(optionKey(c)) && compatible(key, c) && !options.forbidden?.(c));
    for (const c of usable) seen.add(optionKey(c));
    return order(key, usable, rng, options.level);
  });
  const picked: string[] = [];
  for (const c of ordered) {
    if (picked.length === count) break;
    if (picked.every((p) => compatible(p, c))) picked.push(c);
  }
  return avoidLongestKey(key, picked, ordered);
}

/** Two options may stand together: different text, neither inside the other, different stems. */
export function compatible(a: string, b: string): boolean {
  const ka = optionKey(a);
  const kb = optionKey(b);
  return ka !== '' && kb !== '' && ka !== kb && !overlaps(a, b) && roughStem(a) !== roughStem(b);
}

function dedupe(items: readonly string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = optionKey(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Level 3: nearest in length first; level 2: within half the key's length first; level 1: any. */
function order(key: string, candidates: readonly string[], rng: Rng, level: Level): string[] {
  const mixed = shuffle(candidates, rng);
  if (level === 1) return mixed;
  const distance = (c: string) => Math.abs(c.length - key.length);
  if (level === 3)
    return mixed
      .map((c, i) => ({ c, i }))
      .sort((a, b) => distance(a.c) - distance(b.c) || a.i - b.i)
      .map((x) => x.c);
  const near = mixed.filter((c) => distance(c) <= key.length / 2);
  return [...near, ...mixed.filter((c) => distance(c) > key.length / 2)];
}

/**
 * When the key would be the longest option, swap the shortest distractor for an unused candidate
 * longer than the key, so that "pick the longest" is no strategy.
 */
function avoidLongestKey(key: string, picked: string[], pool: readonly string[]): string[] {
  if (picked.length === 0 || picked.some((p) => p.length >= key.length)) return picked;
  const longer = pool.find((c) => !picked.includes(c) && c.length > key.length && picked.every((p) => compatible(p, c)));
  if (longer === undefined) return picked;
  const shortest = picked.reduce((a, b) => (b.length < a.length ? b : a));
  return picked.map((p) => (p === shortest ? longer : p));
}
