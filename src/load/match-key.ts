/**
 * Keys for matching marker phrases: the normalised key of DESIGN.md (no diacritics or tatweel,
 * أ إ آ ٱ → ا, ى → ي, ة → ه, Arabic-Indic and Persian digits → ASCII), lower-cased, with every
 * run of characters that are not letters or digits turned into one space, so that «اقرأ أيضًا:»
 * and «اقرا ايضا» give the same key. One pass over the characters: the classifier keys every
 * block of a 5 MB page (a property test checks it against `normalizeKey`).
 */
import { isLetterOrDigit } from '../text/letters.js';

/** @example matchKey('قد يهمك أيضًا :') // 'قد يهمك ايضا' */
export function matchKey(text: string): string {
  // Characters kept as they are are copied a run at a time (text.slice), not one by one: most of
  // an Arabic block is such letters, and copying them singly made a string per character.
  let out = '';
  let run = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const at = i;
    const c = text.charCodeAt(i);
    let mapped: string | undefined;
    let keep = false;
    if (c >= 0x0600 && c <= 0x06ff) {
      if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) {
        out += text.slice(run, i);
        run = i + 1;
        continue;
      }
      if (c === 0x0622 || c === 0x0623 || c === 0x0625 || c === 0x0671) mapped = 'ا';
      else if (c === 0x0649) mapped = 'ي';
      else if (c === 0x0629) mapped = 'ه';
      else if (c >= 0x0660 && c <= 0x0669) mapped = String(c - 0x0660);
      else if (c >= 0x06f0 && c <= 0x06f9) mapped = String(c - 0x06f0);
      else
        keep =
          (c >= 0x0620 && c <= 0x064a) ||
          (c >= 0x066e && c <= 0x06d3) ||
          c === 0x06d5 ||
          (c >= 0x06fa && c <= 0x06fc) ||
          c === 0x06ff ||
          isLetterOrDigit(c);
    } else if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) mapped = String.fromCharCode(c + 32);
      else keep = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
    } else {
      // Rare outside Arabic text: decide by Unicode property, whole code point (surrogates too).
      const char = String.fromCodePoint(text.codePointAt(i) as number);
      if (char.length === 2) i++;
      if (c === 0xa9 || isLetterOrDigit(char.codePointAt(0) as number)) mapped = char.toLowerCase();
    }
    if (keep) {
      if (space) {
        out += ' ';
        run = at;
        space = false;
      }
      continue;
    }
    out += text.slice(run, at);
    run = i + 1;
    if (mapped === undefined) {
      space = out.length > 0;
      continue;
    }
    if (space) out += ' ';
    out += mapped;
    space = false;
  }
  return out + text.slice(run);
}

/** Keys of a marker list, for `hasPhrase` / `startsWithPhrase`. */
export function phraseKeys(markers: readonly string[]): readonly string[] {
  return [...new Set(markers.map(matchKey).filter((k) => k.length > 0))];
}

/**
 * True when `key` holds one of `phrases` as whole words (` ${key} ` includes ` ${p} `), found
 * without building a padded string per phrase: every block of a page is asked about every list.
 */
export function hasPhrase(key: string, phrases: readonly string[]): boolean {
  for (let k = 0; k < phrases.length; k++) {
    const p = phrases[k] as string;
    // An empty phrase is found only between two spaces (an empty key, or one not trimmed).
    if (p.length === 0) {
      if (key.length === 0 || key.includes('  ') || key.charCodeAt(0) === 32 || key.charCodeAt(key.length - 1) === 32) return true;
      continue;
    }
    for (let at = key.indexOf(p); at !== -1; at = key.indexOf(p, at + 1)) {
      if ((at === 0 || key.charCodeAt(at - 1) === 32) && wordEndsAt(key, at + p.length)) return true;
    }
  }
  return false;
}

/** True when a word of `key` ends at `at`: the key ends there or a space follows. */
function wordEndsAt(key: string, at: number): boolean {
  return at === key.length || key.charCodeAt(at) === 32;
}

/** True when `key` starts with `phrase` followed by a space or nothing (no string built). */
function startsWithWords(key: string, phrase: string): boolean {
  return key.startsWith(phrase) && wordEndsAt(key, phrase.length);
}

/** The phrase `key` starts with (as whole words), or undefined. */
export function startsWithPhrase(key: string, phrases: readonly string[]): string | undefined {
  let best: string | undefined;
  for (let k = 0; k < phrases.length; k++) {
    const p = phrases[k] as string;
    if ((best === undefined || p.length > best.length) && startsWithWords(key, p)) best = p;
  }
  return best;
}

/** The phrase `key` ends with (as whole words), or undefined. */
export function endsWithPhrase(key: string, phrases: readonly string[]): string | undefined {
  for (let k = 0; k < phrases.length; k++) {
    const p = phrases[k] as string;
    const at = key.length - p.length;
    if (key.endsWith(p) && (at === 0 || key.charCodeAt(at - 1) === 32)) return p;
  }
  return undefined;
}
