/** Clitics and grouping endings: each row is a form a teacher expects grouped with its word. */
import { describe, expect, it } from 'vitest';
import { knownStems } from '../../src/text/known-stems.js';
import { normalizeKey } from '../../src/text/normalize-key.js';
import { splitClitics } from '../../src/text/split-clitics.js';

const split = (word: string, known?: (stem: string) => boolean) =>
  splitClitics(normalizeKey(word), known, word.replace(/[\u064B-\u065F\u0670\u0640]/g, ''));

describe('splitClitics', () => {
  // [form, prefixes, stem, suffixes]: forms from Arabic news copy, one per rule.
  it.each([
    ['وبالولايات', ['و', 'ب', 'ال'], 'ولاي', ['ات']],
    ['للولايات', ['ل', 'ال'], 'ولاي', ['ات']],
    ['الحكومة', ['ال'], 'حكوم', ['ه']],
    ['وحكومته', ['و'], 'حكوم', ['ه', 'ه']],
    ['كتابه', [], 'كتاب', ['ه']],
    ['كتبها', [], 'كتب', ['ها']],
    ['كالظل', ['ك', 'ال'], 'ظل', []],
    ['المعلمين', ['ال'], 'معلم', ['ين']],
    ['معلمون', [], 'معلم', ['ون']],
    ['الأمريكيتين', ['ال'], 'امريكي', ['تين']],
    ['يكتبون', ['ي'], 'كتب', ['ون']],
    ['سيكون', ['س', 'ي'], 'كان', []],
    ['سنعمل', ['س', 'ن'], 'عمل', []],
    ['يقولون', ['ي'], 'قال', ['ون']],
    ['يمكنهم', ['ي'], 'مكن', ['هم']],
    ['فقالت', ['ف'], 'قال', ['ت']],
    ['قرروا', [], 'قرر', ['وا']],
    ['شكلًا', [], 'شكل', ['ا']],
    ['الأعمال', ['ال'], 'عمل', []],
    ['الإسلام', ['ال'], 'اسلام', []],
    ['مناطق', [], 'منطق', []],
    ['تحقيق', [], 'تحقيق', []],
    ['نظام', [], 'نظام', []],
    ['بيت', [], 'بيت', []],
    ['لـ', [], 'ل', []],
    ['تعرضت', [], 'تعرض', ['ت']],
    ['يستخدمون', ['ي'], 'استخدم', ['ون']],
    ['ينسحب', ['ي'], 'انسحب', []],
    ['يعتبر', ['ي'], 'اعتبر', []],
    ['سنوات', [], 'سنو', ['ات']],
    ['ساعات', [], 'ساع', ['ات']],
    ['تداعيات', [], 'تداعي', ['ات']],
    ['اتساع', [], 'اتساع', []],
    ['أعمالها', [], 'عمل', ['ها']],
  ])('%s', (word, prefixes, stem, suffixes) => {
    expect(split(word)).toEqual({ prefixes, stem, suffixes });
  });

  it.each([
    ['الولايات', 'بالولايات', 'للولايات'],
    ['المدرسة', 'مدرستها', 'مدارس'],
    ['الجديدة', 'جديد', 'جديدًا'],
    ['يعمل', 'تعملون', 'عمل'],
    ['القوات', 'قوات', 'وقوات'],
    ['العسكري', 'عسكري', 'العسكريين'],
    ['استخدم', 'يستخدم', 'تستخدمها'],
  ])('groups %s, %s and %s', (a, b, c) => {
    expect(split(b).stem).toBe(split(a).stem);
    expect(split(c).stem).toBe(split(a).stem);
  });

  it('keeps a leading و that belongs to the word when a known predicate says so', () => {
    expect(split('وضعها').stem).toBe('ضعها');
    expect(split('ولاية').stem).toBe('لاي');
    expect(split('ولاية', (stem) => stem === 'ولاي').stem).toBe(split('الولايات').stem);
    const known = (stem: string) => stem === 'وضع';
    expect(split('وضعها', known)).toEqual({ prefixes: [], stem: 'وضع', suffixes: ['ها'] });
  });

  it('takes ال only when written with a bare alef (آلينا is a name)', () => {
    expect(split('آلينا').prefixes).toEqual([]);
    expect(split('ٱلعراق').prefixes).toEqual(['ال']);
  });

  it('gives back the key when nothing is plausible to strip', () => {
    for (const word of ['من', 'في', 'ال', 'و', '']) expect(split(word)).toEqual({ prefixes: [], stem: normalizeKey(word), suffixes: [] });
  });
});

describe('knownStems', () => {
  it('turns dictionary words into the stems splitClitics gives, and settles an ambiguous و with them', () => {
    const known = knownStems(['وَزِير', 'وِلايَة', 'كَانَ']);
    expect(['وزير', 'ولاي', 'كان', 'زير'].map(known)).toEqual([true, true, true, false]);
    expect(split('وزيرها', known)).toEqual({ prefixes: [], stem: 'وزير', suffixes: ['ها'] });
    expect(split('ولايات', known).stem).toBe('ولاي');
  });
});
