/**
 * Closeness to the body: good blocks form runs broken by four or more blocks of clutter in a row,
 * or by a comment form, terms of use or a copyright line (what follows those is not the article).
 * The run with the most words is the article; a run at least 40% as long is kept too (an article
 * cut by an advert or a gallery); good blocks in the other runs (comments, a teaser that reads
 * like a sentence) are removed as `far-from-body`.
 */
import type { BlockFeatures } from './describe-block.js';
import type { Verdict } from './judge-block.js';

const GAP = 4;
/** Clutter that never sits inside an article: what follows it starts a new run. */
const SECTION_ENDS = new Set(['comment-form', 'form-field', 'terms', 'copyright']);
const KEEP_SHARE = 0.4;

/** Removes good blocks that lie far from the densest run of good blocks. */
export function keepDensestRun(verdicts: readonly Verdict[], features: readonly BlockFeatures[]): Verdict[] {
  const runs: { start: number; end: number; words: number }[] = [];
  let current: { start: number; end: number; words: number } | undefined;
  let gap = 0;
  verdicts.forEach((v, i) => {
    if (v.kind !== 'good') {
      gap += v.kind === 'bad' && SECTION_ENDS.has(v.reason) ? GAP : 1;
      return;
    }
    if (current === undefined || gap >= GAP) {
      current = { start: i, end: i, words: 0 };
      runs.push(current);
    }
    current.end = i;
    current.words += (features[i] as BlockFeatures).words;
    gap = 0;
  });
  const most = runs.reduce((max, r) => Math.max(max, r.words), 0);
  const out = [...verdicts];
  for (const run of runs) {
    if (run.words >= most * KEEP_SHARE) continue;
    for (let i = run.start; i <= run.end; i++) if (out[i]?.kind === 'good') out[i] = { kind: 'bad', reason: 'far-from-body' };
  }
  return out;
}
