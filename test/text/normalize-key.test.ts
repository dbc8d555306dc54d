/** The matching key of DESIGN.md: diacritics, tatweel, alef forms, ى, ة and digits. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeKey } from '../../src/text/normalize-key.js';

describe('normalizeKey', () => {
  it.each([
    ['أَكَّدَ', 'اكد'],
    ['إسلام', 'اسلام'],
    ['آخر', 'اخر'],
    ['ٱلله', 'الله'],
    ['مستشفى', 'مستشفي'],
    ['مدرسة', 'مدرسه'],
    ['لـ', 'ل'],
    ['الإتـــفاق', 'الاتفاق'],
    ['٢٠٢٣', '2023'],
    ['۱۴۰۲', '1402'],
    ['قريبًا', 'قريبا'],
    ['Apple', 'Apple'],
  ])('%s → %s', (text, key) => {
    expect(normalizeKey(text)).toBe(key);
  });

  it('normalises a long text as it does each of its words', () => {
    // ٪ ٫ ٬ ٭ ٮ ٯ lie among the characters a long text's search finds, but stay.
    const unit = fc.constantFrom(...'اأإآٱبتةىيئؤءوًٌٍَُِّْٰـ٠١٩۰۹0 abc٪٫٬٭ٮٯ'.split(''));
    fc.assert(
      fc.property(fc.array(fc.string({ unit, maxLength: 12 }), { minLength: 4, maxLength: 12 }), (words) => {
        expect(normalizeKey(words.join(' '))).toBe(words.map(normalizeKey).join(' '));
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent', () => {
    const unit = fc.constantFrom(...'اأإآٱبتةىيئؤءوًٌٍَُِّْٰـ٠١٩۰۹0 abc'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit, maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 })), (text) => {
        const once = normalizeKey(text);
        expect(normalizeKey(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });
});
