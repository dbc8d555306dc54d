/**
 * The first, context-free verdict on a block, as in jusText: clutter with a marker is bad; long
 * blocks that end like sentences are good; short ones, near-good ones and unpunctuated ones
 * (headlines, teasers, captions) wait for their neighbours (`resolveContext`).
 */
import type { BlockFeatures } from './describe-block.js';

/** `good`, `bad` (with a reason), or one of the classes that context decides. */
export type Verdict =
  | { readonly kind: 'good' }
  | { readonly kind: 'bad'; readonly reason: string }
  | { readonly kind: 'short' | 'near-good' | 'no-sentence' };

/** Fewer words than this is a short block (a label, a caption, a name). */
export const SHORT_WORDS = 5;

/** @example judgeBlock(describeBlock('قال الوزير إن المحادثات ستبدأ الأسبوع المقبل.'), undefined).kind // 'good' */
export function judgeBlock(f: BlockFeatures, marker: string | undefined): Verdict {
  if (marker !== undefined) return { kind: 'bad', reason: marker };
  if (f.words < SHORT_WORDS) return { kind: 'short' };
  if (f.endsSentence) return f.words >= 7 ? { kind: 'good' } : { kind: 'near-good' };
  // Prose that lost its final full stop is still dense in function words; headlines are not.
  if (f.words >= 30 && f.stopDensity >= 0.1) return { kind: 'good' };
  if (f.words >= 15 && f.stopDensity >= 0.15) return { kind: 'near-good' };
  return { kind: 'no-sentence' };
}
