/**
 * The vocabulary list (first pass): content words grouped by stem, ranked by frequency.
 */
import type { Text, VocabEntry } from '../types.js';

interface Group {
  key: string;
  forms: Map<string, number>;
  count: number;
  firstSentence: number;
  firstSpan: [number, number];
  order: number;
}

export function buildVocabulary(text: Text): VocabEntry[] {
  const groups = new Map<string, Group>();
  for (const sentence of text.sentences) {
    for (const token of sentence.tokens) {
      if (token.kind !== 'word' || token.isStopWord || token.stem.length < 3) continue;
      let group = groups.get(token.stem);
      if (!group) {
        group = {
          key: token.stem,
          forms: new Map(),
          count: 0,
          firstSentence: sentence.id,
          firstSpan: [token.start - sentence.start, token.end - sentence.start],
          order: groups.size,
        };
        groups.set(token.stem, group);
      }
      group.count++;
      group.forms.set(token.text, (group.forms.get(token.text) ?? 0) + 1);
    }
  }
  return [...groups.values()]
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map((g) => ({
      key: g.key,
      display: [...g.forms].sort((a, b) => b[1] - a[1])[0]?.[0] ?? g.key,
      forms: [...g.forms.keys()],
      count: g.count,
      firstSentence: g.firstSentence,
      firstSpan: g.firstSpan,
      score: g.count,
    }));
}
