/**
 * Choosing distractors for a key from candidates of the same kind and shape. Candidates come in
 * order of preference (the article's own facts first, then the built-in lists); the level sets how
 * close they are: level 3 takes those nearest the key in length, level 1 any.
 */
import type { Rng } from '../rng.js';
import { shuffle } from '../rng.js';
import type { Level } from '../types.js';
import { memo } from './memo.js';
import { optionKey, roughStem } from './option-key.js';

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
  const keyInfo = describe(key);
  const seen = new Set<string>();
  const ordered = tiers.flatMap((tier) => {
    const usable: Described[] = [];
    for (let i = 0; i < tier.length; i++) {
      const text = tier[i] as string;
      const c = describe(text);
      if (seen.has(c.key) || !fits(keyInfo, c) || options.forbidden?.(text)) continue;
      seen.add(c.key);
      usable.push(c);
    }
    return order(keyInfo, usable, rng, options.level);
  });
  const picked: Described[] = [];
  for (const c of ordered) {
    if (picked.length === count) break;
    if (picked.every((p) => fits(p, c))) picked.push(c);
  }
  return avoidLongestKey(keyInfo, picked, ordered).map((c) => c.text);
}

/** Two options may stand together: different text, neither inside the other, different stems. */
export function compatible(a: string, b: string): boolean {
  return fits(describe(a), describe(b));
}

interface Described {
  readonly text: string;
  readonly key: string;
  readonly stem: string;
  /** The key between spaces, for telling whole words inside it. */
  readonly padded: string;
}

/** An option's key and stem, remembered per text: the same candidates are described on every draw. */
const describe: (text: string) => Described = memo(
  (text) => {
    const key = optionKey(text);
    return { text, key, stem: roughStem(text), padded: ` ${key} ` };
  },
  20_000,
  64,
);

function fits(a: Described, b: Described): boolean {
  if (a.key === '' || b.key === '' || a.key === b.key || a.stem === b.stem) return false;
  return !a.padded.includes(b.padded) && !b.padded.includes(a.padded);
}

/** Level 3: nearest in length first; level 2: within half the key's length first; level 1: any. */
function order(key: Described, candidates: readonly Described[], rng: Rng, level: Level): Described[] {
  const mixed = shuffle(candidates, rng);
  if (level === 1) return mixed;
  const distance = (c: Described) => Math.abs(c.text.length - key.text.length);
  if (level === 3)
    return mixed
      .map((c, i) => ({ c, i }))
      .sort((a, b) => distance(a.c) - distance(b.c) || a.i - b.i)
      .map((x) => x.c);
  const near = mixed.filter((c) => distance(c) <= key.text.length / 2);
  return [...near, ...mixed.filter((c) => distance(c) > key.text.length / 2)];
}

/**
 * When the key would be the longest option, swap the shortest distractor for an unused candidate
 * longer than the key, so that "pick the longest" is no strategy.
 */
function avoidLongestKey(key: Described, picked: Described[], pool: readonly Described[]): Described[] {
  if (picked.length === 0 || picked.some((p) => p.text.length >= key.text.length)) return picked;
  const longer = pool.find((c) => !picked.includes(c) && c.text.length > key.text.length && picked.every((p) => fits(p, c)));
  if (longer === undefined) return picked;
  const shortest = picked.reduce((a, b) => (b.text.length < a.text.length ? b : a));
  return picked.map((p) => (p === shortest ? longer : p));
}
