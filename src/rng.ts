/**
 * The only source of randomness: seeded streams forked by name, so that adding an exercise
 * type never changes another type's items (each draws from `fork(seed, 'cloze')` and so on).
 */

/** A seeded random source. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
}

/** A stream named `name` under `seed`: the same pair always gives the same numbers. */
export function fork(seed: string, name: string): Rng {
  const next = arc4(`${seed}\u0000${name}`);
  return { next, int: (n) => Math.floor(next() * n) };
}

/**
 * The numbers of seedrandom 3.0.5's `seedrandom(seed).quick()`, which the sheets were first drawn
 * with (a test compares the two): RC4 keyed by the seed's code units folded into 256 bytes, the
 * first 256 bytes dropped, then 4 bytes per number. Written out here because the library also
 * mixes every new stream into a global entropy pool and builds strings for it, which a sheet's
 * dozen streams paid for at every start.
 */
function arc4(seed: string): () => number {
  const key: number[] = [];
  let smear = 0;
  for (let k = 0; k < seed.length; k++) {
    smear ^= (key[k & 255] ?? 0) * 19;
    key[k & 255] = (smear + seed.charCodeAt(k)) & 255;
  }
  if (key.length === 0) key.push(0);
  const s = new Uint8Array(256);
  for (let k = 0; k < 256; k++) s[k] = k;
  let j = 0;
  for (let k = 0; k < 256; k++) {
    const t = s[k] as number;
    j = (j + (key[k % key.length] as number) + t) & 255;
    s[k] = s[j] as number;
    s[j] = t;
  }
  let i = 0;
  j = 0;
  const byte = (): number => {
    i = (i + 1) & 255;
    const t = s[i] as number;
    j = (j + t) & 255;
    s[i] = s[j] as number;
    s[j] = t;
    return s[((s[i] as number) + t) & 255] as number;
  };
  for (let k = 0; k < 256; k++) byte();
  return () => (((byte() * 256 + byte()) * 256 + byte()) * 256 + byte()) / 0x100000000;
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
