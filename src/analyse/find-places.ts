/**
 * Places in a sentence: gazetteer names (countries from i18n-iso-countries, capitals, cities,
 * regions; src/data/places.ts) and names announced by a cue word (منطقة جرف الصخر، مدينة الموصل).
 */
import { PLACE_CUES, PLACE_NAMES } from '../data/places.js';
import type { Sentence } from '../types.js';
import { findKnownNames } from './find-known-names.js';
import type { Mention } from './mention.js';
import { nameMention } from './name-span.js';
import type { Word } from './sentence-words.js';
import { sortSmall } from './sort-small.js';
import type { Claims } from './word-claims.js';
import { Feature } from './word-features.js';
import { hasArticle, isNeverName, isVerbShaped } from './word-shape.js';

/** Place mentions of one sentence; claims their words in `claimed`. */
export function findPlaces(sentence: Sentence, words: readonly Word[], claimed: Claims, text: string): Mention[] {
  const out = findKnownNames(words, PLACE_NAMES, claimed, text, Feature.placeStart, 'place', sentence.id);
  for (let i = 0; i < words.length - 1; i++) {
    const cue = words[i] as Word;
    if ((cue.features & Feature.placeCue) === 0 || !cue.isWord || !cue.fronts.some((f) => f.letters <= 2 && PLACE_CUES.has(f.base)))
      continue;
    const last = cuedNameEnd(words, i + 1, claimed);
    if (last === undefined) continue;
    out.push(nameMention('place', sentence.id, words, i + 1, last, 0, text));
    for (let k = i + 1; k <= last; k++) claimed.add(k);
    i = last;
  }
  return sortSmall(out, byFirst);
}

/** Sentence order of mentions. */
function byFirst(a: Mention, b: Mention): number {
  return a.first - b.first;
}

/**
 * The last word of a name after a place cue: one definite word (منطقة القائم), or an undefined
 * word and its definite genitive (جرف الصخر، عين الأسد). A lone indefinite word is refused: after
 * a cue it is usually an adjective or a common noun (منطقة عازلة، قاعدة تدريب).
 */
function cuedNameEnd(words: readonly Word[], at: number, claimed: Claims): number | undefined {
  const first = words[at];
  if (!first?.isWord || first.isStop || claimed.has(at) || isNeverName(first)) return undefined;
  if (hasArticle(first)) return first.key.length >= 4 ? at : undefined;
  if (first.key.startsWith('و') || isVerbShaped(first.key) || first.key.endsWith('ه')) return undefined;
  const second = words[at + 1];
  if (second?.isWord && !second.isStop && !claimed.has(at + 1) && hasArticle(second) && second.key.length >= 4) return at + 1;
  return undefined;
}
