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
