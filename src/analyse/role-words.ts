/**
 * The content words of a role, for matching a role mention (الوزير الأميركي) against the roles of
 * named persons (وزير الدفاع الأميركي): normalised, without clitics, ال or a final ة.
 */
import { normalizeKey } from '../text/normalize-key.js';
import { frontReadings } from './sentence-words.js';

/**
 * @example roleWords('وزير الدفاع الأميركي') // ['وزير', 'دفاع', 'اميركي']
 */
export function roleWords(role: string): string[] {
  return role
    .split(/[\s،,]+/)
    .filter(Boolean)
    .map((w) => {
      const readings = frontReadings(normalizeKey(w));
      const base = readings.find((r) => r.base.startsWith('ال'))?.base ?? (readings[0]?.base as string);
      return base.replace(/^ال/, '').replace(/ه$/, '');
    });
}

/** True when every word of `mention` occurs in `role`. */
export function roleCovers(role: readonly string[], mention: readonly string[]): boolean {
  return mention.length > 0 && mention.every((m) => role.includes(m.replace(/ه$/, '')));
}
