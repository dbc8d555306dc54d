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

/** The options with the key at `position` (clamped) and the distractors shuffled around it. */
export function placeKey(key: string, distractors: readonly string[], position: number, rng: Rng): { options: string[]; answer: number } {
  const options = shuffle(distractors, rng);
  const answer = Math.min(position, options.length);
  options.splice(answer, 0, key);
  return { options, answer };
}

/** The items with their keys moved to positions balanced over the whole list (distractor order kept). */
export function rebalance<T extends { readonly options: readonly string[]; readonly answer: number }>(items: readonly T[], rng: Rng): T[] {
  const positions = balancedPositions(items.length, 4, rng);
  return items.map((item, i) => {
    const key = item.options[item.answer] as string;
    const others = item.options.filter((_, k) => k !== item.answer);
    const answer = Math.min(positions[i] ?? 0, others.length);
    others.splice(answer, 0, key);
    return { ...item, options: others, answer };
  });
}
