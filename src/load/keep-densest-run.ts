/**
 * Closeness to the body: good blocks form runs broken by four or more blocks of clutter in a row,
 * or by a comment form, terms of use or a copyright line (what follows those is not the article).
 * The run with the most words is the article; a run at least 40% as long is kept too (an article
 * cut by an advert or a gallery) unless a section end lies between them; good blocks in the other runs (comments, a teaser that reads
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
  const sectionEnds: number[] = [];
  let current: { start: number; end: number; words: number } | undefined;
  let gap = 0;
  verdicts.forEach((v, i) => {
    if (v.kind !== 'good') {
      const end = v.kind === 'bad' && SECTION_ENDS.has(v.reason);
      if (end) sectionEnds.push(i);
      gap += end ? GAP : 1;
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
  const main = runs.reduce<(typeof runs)[number] | undefined>(
    (best, r) => (best === undefined || r.words > best.words ? r : best),
    undefined,
  );
  const out = [...verdicts];
  for (const run of runs) {
    if (main === undefined || run === main) continue;
    const cutOff = sectionEnds.some((i) => (i > main.end && i < run.start) || (i < main.start && i > run.end));
    if (!cutOff && run.words >= main.words * KEEP_SHARE) continue;
    for (let i = run.start; i <= run.end; i++) if (out[i]?.kind === 'good') out[i] = { kind: 'bad', reason: 'far-from-body' };
  }
  return out;
}
