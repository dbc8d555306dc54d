/**
 * The only source of randomness: seedrandom streams forked by name, so that adding an exercise
 * type never changes another type's items (each draws from `fork(seed, 'cloze')` and so on).
 */
import seedrandom from 'seedrandom';

/** A seeded random source. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
}

/**
 * A stream named `name` under `seed`: the same pair always gives the same numbers. The seedrandom
 * stream is set up at the first draw: setting one up (its key schedule, then 256 numbers dropped)
 * costs more than most sections draw, and a section that asks for nothing never draws.
 */
export function fork(seed: string, name: string): Rng {
  let prng: seedrandom.PRNG | undefined;
  const quick = (): number => {
    prng ??= seedrandom(`${seed}\u0000${name}`);
    return prng.quick();
  };
  return { next: quick, int: (n) => Math.floor(quick() * n) };
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/** `count` items drawn without replacement, kept in their original order. */
export function sample<T>(items: readonly T[], count: number, rng: Rng): T[] {
  const picked = new Set(shuffle([...items.keys()], rng).slice(0, count));
  return items.filter((_, i) => picked.has(i));
}

/**
 * A short seed from content (FNV-1a, 32 bit, base 36), so that a rerun on the same article gives
 * the same sheet without `--seed`.
 */
export function seedFromContent(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
