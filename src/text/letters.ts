/**
 * Letter tests that read Arabic and ASCII by character code and ask a Unicode-property regular
 * expression only about the other characters. Why: each such expression (`\p{L}`, `\p{N}`,
 * `\p{Script=Arabic}` …) costs ~0.5–1 ms to build on its first use and again when V8 compiles it
 * to machine code after a few hundred uses, and a sheet used a dozen of them on every word —
 * ~7 ms of a one-sheet run. The answers are those of the expressions, character for character
 * (a property test in test/text checks each against its expression).
 */
/**
 * A regular expression built on its first use: V8 builds a \p{…} expression's character sets when
 * the line that holds its literal runs (~0.1–1 ms each at every start), and most runs never need
 * these. The function it returns gives the same expression on every call.
 */
export function lazyRegExp(source: string, flags: string): () => RegExp {
  let built: RegExp | undefined;
  return () => {
    built ??= new RegExp(source, flags);
    return built;
  };
}

const LETTER = lazyRegExp('\\p{L}', 'u');
const LETTER_OR_DIGIT = lazyRegExp('[\\p{L}\\p{N}]', 'u');
const LETTER_OR_MARK = lazyRegExp('[\\p{L}\\p{M}]', 'u');
const ARABIC_SCRIPT = lazyRegExp('\\p{Script=Arabic}', 'u');
const ARABIC_OR_MARK = lazyRegExp('[\\p{Script=Arabic}\\p{M}]', 'u');
const DIGIT = lazyRegExp('\\p{Nd}', 'u');
const MARK = lazyRegExp('\\p{M}', 'u');

/** Arabic letters that are \p{L} and of Arabic script: ء–ي and the extended letters ٮ–ۓ. */
function isArabicLetter(c: number): boolean {
  return (c >= 0x0620 && c <= 0x063f) || (c >= 0x0641 && c <= 0x064a) || (c >= 0x066e && c <= 0x066f) || (c >= 0x0671 && c <= 0x06d3);
}

/**
 * Punctuation and signs Arabic text is full of, none of them a letter, mark or number: Latin-1's
 * other than ª µ º ² ³ ¹ ¼ ½ ¾ (« » and the no-break space among them), the Arabic block's
 * ، ؛ ؟ ٪ ٫ ٬ ٭ ۔, and general punctuation (U+2000–U+206F: dashes, quotes, …).
 */
function isPlainSign(c: number): boolean {
  if (c >= 0x80 && c < 0xc0)
    return c !== 0xaa && c !== 0xb5 && c !== 0xba && c !== 0xb2 && c !== 0xb3 && c !== 0xb9 && (c < 0xbc || c > 0xbe);
  if (c === 0xd7 || c === 0xf7) return true;
  if (c === 0x060c || c === 0x061b || c === 0x061f || (c >= 0x066a && c <= 0x066d) || c === 0x06d4) return true;
  return c >= 0x2000 && c <= 0x206f;
}

/** The code point starting at `i` (a lone surrogate as itself). */
function codeAt(text: string, i: number): number {
  return text.codePointAt(i) as number;
}

/** Whether code point `c` is a letter (\p{L}). */
export function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (isArabicLetter(c) || c === 0x0640) return true;
  if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x0660 && c <= 0x0669) || isPlainSign(c)) return false;
  return LETTER().test(String.fromCodePoint(c));
}

/** Whether code point `c` is a letter or a number (\p{L} or \p{N}). */
export function isLetterOrDigit(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (isArabicLetter(c) || c === 0x0640 || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) return true;
  if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || isPlainSign(c)) return false;
  return LETTER_OR_DIGIT().test(String.fromCodePoint(c));
}

/** Whether code point `c` is a letter or a combining mark (\p{L} or \p{M}). */
export function isLetterOrMark(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (isArabicLetter(c) || c === 0x0640 || (c >= 0x064b && c <= 0x065f) || c === 0x0670) return true;
  if ((c >= 0x0660 && c <= 0x0669) || isPlainSign(c)) return false;
  return LETTER_OR_MARK().test(String.fromCodePoint(c));
}

/** Whether code point `c` is of Arabic script or a combining mark ([\p{Script=Arabic}\p{M}]). */
export function isArabicOrMark(c: number): boolean {
  if (c < 0x80) return false;
  if (isArabicLetter(c) || (c >= 0x064b && c <= 0x065f) || c === 0x0670) return true;
  if ((c >= 0x80 && c < 0x0300) || (c >= 0x2000 && c <= 0x206f && c !== 0x200c && c !== 0x200d)) return false;
  return ARABIC_OR_MARK().test(String.fromCodePoint(c));
}

/**
 * Whether `text` is one or more code points each of Arabic script, a mark, or one of `also`
 * (ASCII or BMP characters): `/^[\p{Script=Arabic}\p{M}…]+$/u.test(text)`.
 */
export function isArabicText(text: string, also: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; ) {
    const c = codeAt(text, i);
    if (!isArabicOrMark(c) && !also.includes(text[i] as string)) return false;
    i += c > 0xffff ? 2 : 1;
  }
  return true;
}

/** Whether code point `c` is a decimal digit of any script (\p{Nd}). */
export function isDigit(c: number): boolean {
  if (c < 0x80) return c >= 0x30 && c <= 0x39;
  if ((c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) return true;
  if (isArabicLetter(c) || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || isPlainSign(c)) return false;
  return DIGIT().test(String.fromCodePoint(c));
}

/** Whether code point `c` is a combining mark (\p{M}). */
export function isMark(c: number): boolean {
  if ((c >= 0x064b && c <= 0x065f) || c === 0x0670) return true;
  if (c < 0x0300 || isArabicLetter(c) || c === 0x0640 || (c >= 0x0660 && c <= 0x0669) || isPlainSign(c)) return false;
  return MARK().test(String.fromCodePoint(c));
}

/** Whether `text` is one or more decimal digits and nothing else: `/^\p{Nd}+$/u.test(text)`. */
export function isAllDigits(text: string): boolean {
  return everyCode(text, isDigit);
}

/** Whether `text` is exactly one letter: `/^\p{L}$/u.test(text)`. */
export function isOneLetter(text: string): boolean {
  const c = text.codePointAt(0);
  return c !== undefined && text.length === (c > 0xffff ? 2 : 1) && isLetter(c);
}

/** Whether `text` is not empty and every code point passes `test`. */
function everyCode(text: string, test: (c: number) => boolean): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; ) {
    const c = codeAt(text, i);
    if (!test(c)) return false;
    i += c > 0xffff ? 2 : 1;
  }
  return true;
}

/**
 * Whether `text` ends with one of `letters` (BMP characters) and then only combining marks:
 * `/[…][\p{M}]*$/u.test(text)`.
 */
export function endsWithMarked(text: string, letters: string): boolean {
  let i = text.length;
  while (i > 0) {
    const low = text.charCodeAt(i - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && i > 1 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800;
    const c = pair ? (text.codePointAt(i - 2) as number) : low;
    if (!isMark(c)) return !pair && letters.includes(text[i - 1] as string);
    i -= pair ? 2 : 1;
  }
  return false;
}

/** Whether, from `at` on, `text` has only whitespace and then a letter: `/\s*\p{L}/uy` at `at`. */
export function letterAfterSpaces(text: string, at: number): boolean {
  // As the u flag does, a start inside a surrogate pair reads the pair.
  const inPair = at > 0 && (text.charCodeAt(at) & 0xfc00) === 0xdc00 && (text.charCodeAt(at - 1) & 0xfc00) === 0xd800;
  let i = inPair ? at - 1 : at;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i < text.length && isLetter(codeAt(text, i));
}

/** `text` without the code points `keep` refuses, copied a run at a time. */
function keepOnly(text: string, keep: (c: number) => boolean): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < text.length; ) {
    const c = codeAt(text, i);
    const next = i + (c > 0xffff ? 2 : 1);
    if (!keep(c)) {
      out += text.slice(run, i);
      run = next;
    }
    i = next;
  }
  return run === 0 ? text : out + text.slice(run);
}

/**
 * Texts of letters only (ASCII, and Arabic from ؠ to ي with tatweel, ٮ ٯ, ٱ–ۓ), and of letters
 * and digits (ASCII, Arabic-Indic, Persian): most words are, and are their own answer, which one
 * native test tells instead of a walk asking about each character.
 */
const PLAIN_LETTERS = /^[A-Za-z\u0620-\u064A\u066E\u066F\u0671-\u06D3]*$/;
const PLAIN_LETTERS_AND_DIGITS = /^[0-9A-Za-z\u0620-\u064A\u0660-\u0669\u066E\u066F\u0671-\u06D3\u06F0-\u06F9]*$/;

/** `text` with only its letters and numbers: `text.replace(/[^\p{L}\p{N}]/gu, '')`. */
export function lettersAndDigits(text: string): string {
  return PLAIN_LETTERS_AND_DIGITS.test(text) ? text : keepOnly(text, isLetterOrDigit);
}

/** `text` with only its letters: `text.replace(/[^\p{L}]/gu, '')`. */
export function lettersOnly(text: string): string {
  return PLAIN_LETTERS.test(text) ? text : keepOnly(text, isLetter);
}

/** Whether `text` holds a letter or a number: `/[\p{L}\p{N}]/u.test(text)`. */
export function hasLetterOrDigit(text: string): boolean {
  for (let i = 0; i < text.length; ) {
    const c = codeAt(text, i);
    if (isLetterOrDigit(c)) return true;
    i += c > 0xffff ? 2 : 1;
  }
  return false;
}

/** Whether `text` is one or more letters and nothing else: `/^\p{L}+$/u.test(text)`. */
export function isAllLetters(text: string): boolean {
  return everyCode(text, isLetter);
}

/** Whether `text` holds a character of Arabic script: `/\p{Script=Arabic}/u.test(text)`. */
export function hasArabicScript(text: string): boolean {
  let other = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isArabicLetter(c)) return true;
    if (c >= 0x80) other = true;
  }
  // Only ASCII: no Arabic. Otherwise the marks, digits and signs of the Arabic block belong to
  // several scripts each way, which the expression knows.
  return other && ARABIC_SCRIPT().test(text);
}

/** Whether code unit `c` is JavaScript whitespace (`\s`: white space and line terminators). */
export function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
