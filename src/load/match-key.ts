/**
 * Keys for matching marker phrases: the normalised key of DESIGN.md (no diacritics or tatweel,
 * أ إ آ ٱ → ا, ى → ي, ة → ه, Arabic-Indic and Persian digits → ASCII), lower-cased, with every
 * run of characters that are not letters or digits turned into one space, so that «اقرأ أيضًا:»
 * and «اقرا ايضا» give the same key. One pass over the characters: the classifier keys every
 * block of a 5 MB page (a property test checks it against `normalizeKey`).
 */

/** @example matchKey('قد يهمك أيضًا :') // 'قد يهمك ايضا' */
export function matchKey(text: string): string {
  const out: string[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let mapped: string | undefined;
    if (c >= 0x0600 && c <= 0x06ff) {
      if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) continue;
      if (c === 0x0622 || c === 0x0623 || c === 0x0625 || c === 0x0671) mapped = 'ا';
      else if (c === 0x0649) mapped = 'ي';
      else if (c === 0x0629) mapped = 'ه';
      else if (c >= 0x0660 && c <= 0x0669) mapped = String(c - 0x0660);
      else if (c >= 0x06f0 && c <= 0x06f9) mapped = String(c - 0x06f0);
      else if (
        (c >= 0x0620 && c <= 0x064a) ||
        (c >= 0x066e && c <= 0x06d3) ||
        c === 0x06d5 ||
        (c >= 0x06fa && c <= 0x06fc) ||
        c === 0x06ff
      ) {
        mapped = text[i] as string;
      } else if (/[\p{L}\p{N}]/u.test(text[i] as string)) mapped = text[i];
    } else if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) mapped = String.fromCharCode(c + 32);
      else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) mapped = text[i];
    } else {
      // Rare outside Arabic text: decide by Unicode property, whole code point (surrogates too).
      const char = String.fromCodePoint(text.codePointAt(i) as number);
      if (char.length === 2) i++;
      if (c === 0xa9 || /[\p{L}\p{N}]/u.test(char)) mapped = char.toLowerCase();
    }
    if (mapped === undefined) {
      space = out.length > 0;
      continue;
    }
    if (space) out.push(' ');
    out.push(mapped);
    space = false;
  }
  return out.join('');
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
