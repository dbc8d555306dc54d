/**
 * Keys for matching marker phrases: the normalised key (no diacritics, one alef, ة → ه …),
 * lower-cased, with punctuation turned into single spaces, so that «اقرأ أيضًا:» and
 * «اقرا ايضا» give the same key.
 */
import { normalizeKey } from '../text/normalize-key.js';

/** @example matchKey('قد يهمك أيضًا :') // 'قد يهمك ايضا' */
export function matchKey(text: string): string {
  return normalizeKey(text.toLowerCase())
    .replace(/[^\p{L}\p{N}©]+/gu, ' ')
    .trim();
}

/** Keys of a marker list, for `hasPhrase` / `startsWithPhrase`. */
export function phraseKeys(markers: readonly string[]): readonly string[] {
  return [...new Set(markers.map(matchKey).filter((k) => k.length > 0))];
}

/** True when `key` holds one of `phrases` as whole words. */
export function hasPhrase(key: string, phrases: readonly string[]): boolean {
  const padded = ` ${key} `;
  return phrases.some((p) => padded.includes(` ${p} `));
}

/** The phrase `key` starts with (as whole words), or undefined. */
export function startsWithPhrase(key: string, phrases: readonly string[]): string | undefined {
  const padded = `${key} `;
  let best: string | undefined;
  for (const p of phrases) if (padded.startsWith(`${p} `) && (best === undefined || p.length > best.length)) best = p;
  return best;
}

/** The phrase `key` ends with (as whole words), or undefined. */
export function endsWithPhrase(key: string, phrases: readonly string[]): string | undefined {
  const padded = ` ${key}`;
  return phrases.find((p) => padded.endsWith(` ${p}`));
}
