/**
 * Nationality and place adjectives (الأميركية، عراقي، الفلسطينيين): the nisba of a gazetteer place.
 * They name, rather than teach, so they stay out of the vocabulary (the lexicon lacks them too).
 */
import { PLACE_NAMES } from '../data/places.js';
import { frontReadings } from './sentence-words.js';

const ENDINGS = ['يين', 'يون', 'يات', 'يه', 'ي'];
const NISBA_END = /(ي|يه|يين|يون|يات)$/;

/**
 * @example isDemonym('الاميركيه') // true (أميركا)
 * @example isDemonym('العسكري') // false
 */
export function isDemonym(key: string): boolean {
  if (!NISBA_END.test(key)) return false;
  for (const { base } of frontReadings(key)) {
    const word = base.startsWith('ال') ? base.slice(2) : base;
    for (const ending of ENDINGS) {
      if (!word.endsWith(ending)) continue;
      const stem = word.slice(0, -ending.length);
      if (stem.length < 2) continue;
      if (
        PLACE_NAMES.has(stem) ||
        PLACE_NAMES.has(`ال${stem}`) ||
        PLACE_NAMES.has(`${stem}ا`) ||
        PLACE_NAMES.has(`${stem}يا`) ||
        PLACE_NAMES.has(`${stem}ان`)
      )
        return true;
    }
  }
  return false;
}
