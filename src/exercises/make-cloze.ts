/**
 * Cloze (first pass): gaps on vocabulary words, at most one per sentence, the first sentence whole.
 */
import { type Rng, sample, shuffle } from '../rng.js';
import type { Analysis, ClozeGap, ClozePart, ClozeSection, Token } from '../types.js';

export function makeCloze(analysis: Analysis, count: number, rng: Rng): ClozeSection | undefined {
  const vocab = new Set(analysis.vocabulary.slice(0, 60).map((v) => v.key));
  const candidates: { sentence: number; token: Token }[] = [];
  for (const sentence of analysis.text.sentences.slice(1)) {
    const options = sentence.tokens.filter((t) => t.kind === 'word' && t.prefixes.length === 0 && vocab.has(t.stem));
    if (options.length > 0) candidates.push({ sentence: sentence.id, token: options[rng.int(options.length)] as Token });
  }
  const chosen = sample(candidates, count, rng);
  if (chosen.length === 0) return undefined;
  const gaps: ClozeGap[] = chosen.map((c, i) => ({
    number: i + 1,
    answer: c.token.text,
    accepts: [c.token.key],
    sentence: c.sentence,
  }));
  const text = analysis.text;
  const paragraphs: ClozePart[][] = text.paragraphs.map((p) => {
    const parts: ClozePart[] = [];
    let at = p.start;
    chosen.forEach((c, i) => {
      if (c.token.start < p.start || c.token.end > p.end) return;
      parts.push({ kind: 'text', text: text.text.slice(at, c.token.start) });
      parts.push({ kind: 'gap', number: i + 1 });
      at = c.token.end;
    });
    parts.push({ kind: 'text', text: text.text.slice(at, p.end) });
    return parts;
  });
  return {
    kind: 'cloze',
    instruction: {
      ar: 'املأ الفراغات بالكلمات المناسبة من بنك الكلمات.',
      en: 'Fill in the gaps with words from the word bank.',
    },
    paragraphs,
    gaps,
    bank: shuffle(
      gaps.map((g) => g.answer),
      rng,
    ),
  };
}
