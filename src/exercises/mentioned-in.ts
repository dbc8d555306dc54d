/**
 * Whether a word or name is mentioned in a stretch of text, with or without the proclitics that
 * may be glued to it (بالعراق mentions العراق; للعراق too).
 */
import { normalizeKey } from '../text/normalize-key.js';
import { optionKey } from './option-key.js';

/** A predicate telling whether `candidate` occurs in `text`. */
export function mentionedIn(text: string): (candidate: string) => boolean {
  const haystack = ` ${optionKey(text)} `;
  return (candidate: string) => {
    const k = optionKey(candidate);
    if (k === '') return false;
    const escaped = k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const variants = k.startsWith('ال') ? `${escaped}|لل${escaped.slice(2)}` : escaped;
    return new RegExp(`[^\\p{L}](?:و|ف)?(?:ب|ل|ك)?(?:${variants})(?=[^\\p{L}])`, 'u').test(haystack);
  };
}

/** Normalised keys of the words of `text`, for quick membership tests. */
export function wordKeys(text: string): Set<string> {
  return new Set(
    normalizeKey(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
}
