/**
 * The headword of a vocabulary entry, chosen among the display forms the article wrote — never
 * built. Closest to a citation form wins: a form that is another written form plus an ending
 * (استهدفت = استهدف + ت, حكومية = حكومي + ة, مستثمرين = مستثمر + ين) or an imperfect whose
 * perfect is written too (يتعلم beside تعلم, يستهدف beside استهدف) gives way to that form. Forms
 * whose ة had to be rebuilt (سيطرتها → سيطرة) give way to forms written whole. Then the commonest
 * wins, the first seen on ties.
 */
import { CITATION_PREFIXES, CITATION_SUFFIXES } from '../data/citation-affixes.js';
import { normalizeKey } from '../text/normalize-key.js';
import type { Display } from './display-form.js';

/**
 * A candidate headword: how often it was written, whether its ة was rebuilt, and (when the
 * caller has it) the normalizeKey of its text.
 */
export interface Candidate {
  readonly count: number;
  readonly rebuilt: boolean;
  readonly key?: string;
}

/**
 * @example chooseHeadword(new Map([['استهدفت', c(3)], ['استهدف', c(1)]])) // 'استهدف'
 */
export function chooseHeadword(candidates: ReadonlyMap<string, Candidate>): string {
  // One candidate (most groups): it is the headword, whatever the rules below would weigh.
  if (candidates.size === 1) return candidates.keys().next().value as string;
  const all = [...candidates];
  const written = all.filter(([, c]) => !c.rebuilt);
  const pool = written.length > 0 ? written : all;
  const poolKeys = pool.map(([display, c]) => c.key ?? normalizeKey(display));
  const keys = new Set(poolKeys);
  const base = pool.filter((_, i) => !extendsAnother(poolKeys[i] as string, keys));
  let best = '';
  let bestCount = -1;
  for (const [display, c] of base.length > 0 ? base : pool) {
    if (c.count > bestCount) {
      best = display;
      bestCount = c.count;
    }
  }
  return best;
}

/** Whether `key` is another key of the set plus an inflectional ending or an imperfect prefix. */
function extendsAnother(key: string, keys: ReadonlySet<string>): boolean {
  for (const suffix of CITATION_SUFFIXES) {
    if (!key.endsWith(suffix)) continue;
    const stem = key.slice(0, -suffix.length);
    if (stem.length >= 3 && keys.has(stem)) return true;
  }
  for (const prefix of CITATION_PREFIXES) {
    if (!key.startsWith(prefix)) continue;
    const stem = key.slice(prefix.length);
    // تعلم ← يتعلم (the prefix alone), استهدف ← يستهدف (the perfect's ا in its place).
    if (stem.length >= 3 && (keys.has(stem) || keys.has(`ا${stem}`))) return true;
  }
  return false;
}

/**
 * Candidates from a display and its count, for callers that tally displays; `key`, when given, is
 * normalizeKey(display.text).
 */
export function addCandidate(candidates: Map<string, Candidate>, display: Display, count: number, key?: string): void {
  const seen = candidates.get(display.text);
  // Written whole once is enough: مدرسة from المدرسة is written even if مدرستها rebuilt it too.
  const rebuilt = (seen?.rebuilt ?? true) && display.rebuilt;
  candidates.set(
    display.text,
    key === undefined ? { count: (seen?.count ?? 0) + count, rebuilt } : { count: (seen?.count ?? 0) + count, rebuilt, key },
  );
}
