/**
 * What follows a "read also" box is other stories, link lists and forms, until the article's
 * own prose resumes (a box in the middle of an article). Prose resumes with a long good block
 * or two good blocks in a row; a lone short "good" block there is a teaser.
 */
import type { BlockFeatures } from './describe-block.js';
import type { Verdict } from './judge-block.js';

/** Marks blocks after a `read-also` block bad (`after-read-also`) until prose resumes. */
export function cutAfterReadAlso(verdicts: readonly Verdict[], features: readonly BlockFeatures[]): Verdict[] {
  const out = [...verdicts];
  let inBox = false;
  for (let i = 0; i < out.length; i++) {
    const v = out[i] as Verdict;
    if (v.kind === 'bad' && v.reason === 'read-also') {
      inBox = true;
      continue;
    }
    if (!inBox) continue;
    if (v.kind === 'good') {
      const long = (features[i] as BlockFeatures).words >= 20;
      if (long || out[i + 1]?.kind === 'good') {
        inBox = false;
        continue;
      }
      out[i] = { kind: 'bad', reason: 'after-read-also' };
    } else if (
      v.kind === 'bad' &&
      (v.reason === 'short' || v.reason === 'no-sentence' || v.reason === 'isolated' || v.reason === 'repeated')
    ) {
      out[i] = { kind: 'bad', reason: 'after-read-also' };
    }
  }
  return out;
}
