/**
 * Normalisation on load (DESIGN.md): table-driven cases for each rule, and properties — it is
 * idempotent, and leaves no invisible controls, tatweel-for-elongation or CR behind.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/load/normalize-text.js';

const CASES: readonly { name: string; input: string; output: string }[] = [
  { name: 'lam-alef ligature (presentation form) → base letters', input: 'ﻻ بد', output: 'لا بد' },
  { name: 'isolated/final presentation forms → base letters', input: 'ﺍﻟﺴﻼﻡ ﻋﻠﻴﻜﻢ', output: 'السلام عليكم' },
  { name: 'decomposed alef + madda → NFC آ', input: 'ا\u0653خر', output: 'آخر' },
  { name: 'zero-width space and joiners removed', input: 'كل\u200Bمة\u200D', output: 'كلمة' },
  { name: 'bidi marks, embeddings and isolates removed', input: '\u200Fنص\u202B عربي\u202C\u2067x\u2069\u061C', output: 'نص عربيx' },
  { name: 'tatweel (elongation) removed, diacritic kept', input: 'أيضــــــًا', output: 'أيضًا' },
  { name: 'tatweel joining a clitic to a quote kept once', input: 'قالت لـــ«رويترز»', output: 'قالت لـ«رويترز»' },
  { name: 'stray tatweel line removed', input: 'ـــــ\nنص', output: 'نص' },
  { name: 'diacritics kept', input: 'رهانٌ مُقلِق', output: 'رهانٌ مُقلِق' },
  { name: 'CRLF and CR → LF, lines trimmed', input: ' أ \r\nب\rج ', output: 'أ\nب\nج' },
  { name: 'NBSP, tabs and thin spaces → one space', input: 'أ\u00A0\tب\u2009\u202Fج', output: 'أ ب ج' },
  { name: 'runs of blank lines → one blank line', input: 'أ\n\n\n\n\nب', output: 'أ\n\nب' },
  { name: 'BOM and C0/C1 controls removed', input: '\uFEFFأ\u0007ب\u0085ج', output: 'أب\nج' },
];

describe('normalizeText', () => {
  for (const c of CASES) it(c.name, () => expect(normalizeText(c.input)).toBe(c.output));

  const arabicish = fc.string({
    unit: fc.constantFrom(...'ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإةى ًٌٍَُِّْـ«»،.؟\n\r\t\u00A0\u200B\u200C\u200F\u202Bﻻﺍﻟ0123456789abc'.split('')),
    maxLength: 80,
  });

  it('is idempotent', () => {
    fc.assert(fc.property(arabicish, (s) => normalizeText(normalizeText(s)) === normalizeText(s)));
  });

  it('leaves no CR, invisible control or elongating tatweel', () => {
    fc.assert(
      fc.property(arabicish, (s) => {
        const out = normalizeText(s);
        return (
          !/[\r\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/.test(out) &&
          !/\u0640[\u0621-\u064A\u064B-\u0652]/.test(out) &&
          !/\u0640{2}/.test(out)
        );
      }),
    );
  });
});
