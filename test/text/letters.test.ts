/** The letter tests of src/text/letters.ts answer as the Unicode-property expressions they stand for. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  endsWithMarked,
  hasArabicScript,
  hasLetterOrDigit,
  isAllDigits,
  isAllLetters,
  isArabicOrMark,
  isArabicText,
  isDigit,
  isLetter,
  isLetterOrDigit,
  isLetterOrMark,
  isMark,
  isOneLetter,
  isSpaceCode,
  letterAfterSpaces,
  lettersAndDigits,
  lettersOnly,
} from '../../src/text/letters.js';
import { splitTokens } from '../../src/text/split-tokens.js';

/** Every code point of the first three planes, surrogates included. */
const CODE_POINTS = Array.from({ length: 0x30000 }, (_, c) => c);

/** Strings mixing Arabic, Latin, digits, marks, punctuation, other scripts and lone surrogates. */
const mixed = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCodePoint(c)),
    fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCodePoint(c)),
    fc.integer({ min: 0, max: 0x2ffff }).map((c) => String.fromCodePoint(c)),
    fc.constantFrom('\uD800', '\uDC00', '«', '»', '،', 'ـ', '\u064E', '٣', 'é', '’', ' ', '.', 'ب', 'ل', '\u0301', '\u{1D167}', '5'),
  ),
  maxLength: 12,
});

describe('letter tests', () => {
  it('tell every code unit as \\s does (isSpaceCode)', () => {
    const bad = Array.from({ length: 0x10000 }, (_, c) => c).filter((c) => isSpaceCode(c) !== /\s/.test(String.fromCharCode(c)));
    expect(bad).toEqual([]);
  });

  it('classify every code point as \\p{L}, [\\p{L}\\p{N}], [\\p{L}\\p{M}] and [\\p{Script=Arabic}\\p{M}] do', () => {
    const bad = CODE_POINTS.filter((c) => {
      const s = String.fromCodePoint(c);
      return (
        isLetter(c) !== /\p{L}/u.test(s) ||
        isLetterOrDigit(c) !== /[\p{L}\p{N}]/u.test(s) ||
        isLetterOrMark(c) !== /[\p{L}\p{M}]/u.test(s) ||
        isArabicOrMark(c) !== /[\p{Script=Arabic}\p{M}]/u.test(s) ||
        isDigit(c) !== /\p{Nd}/u.test(s) ||
        isMark(c) !== /\p{M}/u.test(s)
      );
    });
    expect(bad.map((c) => c.toString(16))).toEqual([]);
  });

  it('keep every code point, alone and within plain Arabic words, as the filtering expressions do', () => {
    // Each code point on its own and inside a word that the short way would take whole.
    const bad = CODE_POINTS.filter((c) => {
      const s = String.fromCodePoint(c);
      return [s, `كتب${s}ـة`].some(
        (t) => lettersAndDigits(t) !== t.replace(/[^\p{L}\p{N}]/gu, '') || lettersOnly(t) !== t.replace(/[^\p{L}]/gu, ''),
      );
    });
    expect(bad.map((c) => c.toString(16))).toEqual([]);
  });

  it('filter and test strings as the expressions do', () => {
    fc.assert(
      fc.property(mixed, (text) => {
        expect(lettersAndDigits(text)).toBe(text.replace(/[^\p{L}\p{N}]/gu, ''));
        expect(lettersOnly(text)).toBe(text.replace(/[^\p{L}]/gu, ''));
        expect(hasLetterOrDigit(text)).toBe(/[\p{L}\p{N}]/u.test(text));
        expect(isAllLetters(text)).toBe(/^\p{L}+$/u.test(text));
        expect(hasArabicScript(text)).toBe(/\p{Script=Arabic}/u.test(text));
        expect(isArabicText(text, "'’. ")).toBe(/^[\p{Script=Arabic}\p{M}'’. ]+$/u.test(text));
        expect(isAllDigits(text)).toBe(/^\p{Nd}+$/u.test(text));
        expect(isOneLetter(text)).toBe(/^\p{L}$/u.test(text));
        expect(endsWithMarked(text, 'بلكفس')).toBe(/[بلكفس][\p{M}]*$/u.test(text));
        for (let at = 0; at <= text.length; at++) {
          const sticky = /\s*\p{L}/uy;
          sticky.lastIndex = at;
          expect(letterAfterSpaces(text, at)).toBe(sticky.test(text));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('tell Arabic script from the characters Arabic text borrows', () => {
    expect(hasArabicScript('، ؛ ؟ ـ')).toBe(/\p{Script=Arabic}/u.test('، ؛ ؟ ـ'));
    expect(hasArabicScript('Reuters 2024')).toBe(false);
    expect(hasArabicScript('«بغداد»')).toBe(true);
  });
});

describe('token classes', () => {
  it('put every code point in the class the Unicode properties give', () => {
    // The classes as split-tokens.ts defined them with regular expressions alone.
    const reference = (c: string): string => {
      if (/\s/u.test(c)) return 'space';
      if (/\p{Nd}/u.test(c)) return 'number';
      if (/[\p{L}\p{M}]/u.test(c)) return /\p{scx=Arabic}/u.test(c) ? 'word' : 'latin';
      if (/\p{P}/u.test(c) && !'%٪‰؉'.includes(c)) return 'punct';
      return 'symbol';
    };
    const bad = CODE_POINTS.filter((code) => {
      const c = String.fromCodePoint(code);
      return splitTokens(c)[0]?.kind !== reference(c);
    });
    expect(bad.map((c) => c.toString(16)).slice(0, 20)).toEqual([]);
  });
});
