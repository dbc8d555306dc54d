/**
 * Key positions: balanced over أ ب ج د across a section, and the distractors shuffled around it.
 */
import { type Rng, shuffle } from '../rng.js';

/** `count` positions among `width` options, each used ⌊count/width⌋ or ⌈count/width⌉ times, shuffled. */
export function balancedPositions(count: number, width: number, rng: Rng): number[] {
  const offset = rng.int(width);
  return shuffle(
    Array.from({ length: count }, (_, i) => (i + offset) % width),
    rng,
  );
}

/**
 * A key position for each item given how many options it has, balanced over the whole list: an
 * item with three options cannot take د, so the four-option items make up for it. Items with
 * fewer options choose first; each takes its least used position (ties drawn at random).
 *
 * @example balancedSlots([4, 4, 3, 4], rng) // e.g. [3, 1, 0, 2]
 */
export function balancedSlots(sizes: readonly number[], rng: Rng): number[] {
  const used = [0, 0, 0, 0, 0, 0];
  const out: number[] = new Array(sizes.length).fill(0);
  const order = shuffle([...sizes.keys()], rng).sort((a, b) => (sizes[a] ?? 0) - (sizes[b] ?? 0));
  for (const i of order) {
    const allowed = Array.from({ length: Math.max(1, sizes[i] ?? 1) }, (_, k) => k);
    const least = Math.min(...allowed.map((k) => used[k] ?? 0));
    const ties = allowed.filter((k) => (used[k] ?? 0) === least);
    const pick = ties[rng.int(ties.length)] ?? 0;
    out[i] = pick;
    used[pick] = (used[pick] ?? 0) + 1;
  }
  return out;
}

/** The options with the key at `position` (clamped) and the distractors shuffled around it. */
export function placeKey(key: string, distractors: readonly string[], position: number, rng: Rng): { options: string[]; answer: number } {
  const options = shuffle(distractors, rng);
  const answer = Math.min(position, options.length);
  options.splice(answer, 0, key);
  return { options, answer };
}

/** The items with their keys moved to positions balanced over the whole list (distractor order kept). */
export function rebalance<T extends { readonly options: readonly string[]; readonly answer: number }>(items: readonly T[], rng: Rng): T[] {
  const positions = balancedSlots(
    items.map((item) => item.options.length),
    rng,
  );
  return items.map((item, i) => {
    const key = item.options[item.answer] as string;
    const others = item.options.filter((_, k) => k !== item.answer);
    const answer = Math.min(positions[i] ?? 0, others.length);
    others.splice(answer, 0, key);
    return { ...item, options: others, answer };
  });
}
