/**
 * Second look at the words of one article: a word whose stem no other word of the article shares
 * is split again with the article's other stems as the `known` predicate, so that the article
 * itself settles what the letters alone cannot — وزير is و + زير only if nothing else says
 * otherwise, but next to الوزير its و is part of the word; لبدء is ل + بدء next to بدء.
 *
 * @example // memo holds الوزير → وزير and وزير → زير; afterwards وزير → وزير
 */
import { analyseWord } from './analyse-word.js';
import type { AnalysisMemo } from './tokenize.js';

const MAY_START_WITH_PARTICLE = /^[بلك]/;

/** Re-splits, in place, the words of `memo` whose stem is theirs alone; returns the texts it changed. */
export function refineStems(memo: AnalysisMemo): Set<string> {
  const changed = new Set<string>();
  const forms = new Map<string, number>();
  for (const analysis of memo.values()) if (analysis.word) forms.set(analysis.stem, (forms.get(analysis.stem) ?? 0) + 1);
  for (const [text, analysis] of memo) {
    if (!analysis.word || analysis.isStopWord || forms.get(analysis.stem) !== 1) continue;
    // The other splits differ only in what comes off the front (و ف ب ل ك, verb prefixes).
    if (analysis.prefixes.length === 0 && !MAY_START_WITH_PARTICLE.test(analysis.key)) continue;
    const own = analysis.stem;
    const known = (stem: string): boolean => (forms.get(stem) ?? 0) > (stem === own ? 1 : 0);
    const again = analyseWord(text, 'word', known);
    if (again.stem === own) continue;
    memo.set(text, again);
    changed.add(text);
  }
  return changed;
}
