/**
 * jusText's context step: a short or unpunctuated block between two good blocks is part of the
 * text (a subheading, a list item, a quoted line); a near-good block next to a good one is good;
 * everything else that waited is bad, with the reason it waited for.
 */
import type { Verdict } from './judge-block.js';

const REASON: Record<string, string> = { short: 'short', 'no-sentence': 'no-sentence', 'near-good': 'isolated' };

/** Resolves every undecided verdict from the nearest decided ones on each side. */
export function resolveContext(verdicts: readonly Verdict[]): Verdict[] {
  const n = verdicts.length;
  const prevGood: boolean[] = new Array(n).fill(false);
  const nextGood: boolean[] = new Array(n).fill(false);
  let last: Verdict['kind'] | undefined;
  for (let i = 0; i < n; i++) {
    prevGood[i] = last === 'good';
    const kind = (verdicts[i] as Verdict).kind;
    if (kind === 'good' || kind === 'bad') last = kind;
  }
  last = undefined;
  for (let i = n - 1; i >= 0; i--) {
    nextGood[i] = last === 'good';
    const kind = (verdicts[i] as Verdict).kind;
    if (kind === 'good' || kind === 'bad') last = kind;
  }
  return verdicts.map((v, i) => {
    if (v.kind === 'good' || v.kind === 'bad') return v;
    const good = v.kind === 'near-good' ? prevGood[i] || nextGood[i] : prevGood[i] && nextGood[i];
    return good ? { kind: 'good' } : { kind: 'bad', reason: REASON[v.kind] ?? v.kind };
  });
}
