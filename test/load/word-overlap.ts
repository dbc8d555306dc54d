/**
 * Word-level precision and recall of extracted paragraphs against gold paragraphs, counting each
 * word as often as it occurs (a multiset), the measure the issue asks for.
 */
export interface Overlap {
  readonly precision: number;
  readonly recall: number;
}

/** @example wordOverlap(['أ ب ج'], ['أ ب']) // {precision: 0.667, recall: 1} */
export function wordOverlap(extracted: readonly string[], gold: readonly string[]): Overlap {
  const bag = (texts: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const word of texts.join(' ').split(/\s+/).filter(Boolean)) counts.set(word, (counts.get(word) ?? 0) + 1);
    return counts;
  };
  const got = bag(extracted);
  const want = bag(gold);
  let shared = 0;
  for (const [word, n] of got) shared += Math.min(n, want.get(word) ?? 0);
  const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
  const gotTotal = total(got);
  const wantTotal = total(want);
  return { precision: gotTotal === 0 ? 0 : shared / gotTotal, recall: wantTotal === 0 ? 1 : shared / wantTotal };
}
