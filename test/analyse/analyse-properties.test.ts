/**
 * Properties of the analysis on arbitrary input (fast-check): it never throws; every fact's span
 * lies in its sentence and gives back its surface; every vocabulary entry's first span marks one
 * of its forms in its first sentence; the same text gives the same analysis.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.js';
import { textOf } from './text-of.js';

const PIECES = [
  'قال',
  'وقال',
  'الوزير',
  'وزير',
  'الخارجية',
  'محمد',
  'علي',
  'الحسن',
  '«',
  '»',
  '،',
  '.',
  ' ',
  ' ',
  ' ',
  'في',
  'منطقة',
  'القائم',
  'أربعة',
  'مصادر',
  '2500',
  'عسكري',
  'عام',
  '2014',
  'اليوم',
  'الأربعاء',
  'أكتوبر',
  '(',
  ')',
  'تشرين',
  'الأول',
  'حركة',
  'حماس',
  'لـ',
  'بغداد',
  'إن',
  'أن',
  'الذي',
  'مستعدة',
  'ألف',
  'مليون',
  'ونصف',
  '%',
  'هـ',
  'ٌ',
  'َ',
  '\n',
  'x',
  '؟',
];
const paragraph = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

describe('analysis properties', () => {
  it('never throws, and every span gives back its surface inside its sentence', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (paragraphs) => {
        const text = textOf(...paragraphs.map((p) => p.trim()).filter(Boolean));
        const analysis = analyse(text);
        for (const fact of analysis.facts) {
          expect(text.text.slice(fact.span[0], fact.span[1])).toBe(fact.surface);
          const sentence = text.sentences[fact.sentence];
          expect(sentence).toBeDefined();
          expect(fact.span[0]).toBeGreaterThanOrEqual(sentence?.start ?? 0);
          if (fact.kind !== 'quote') expect(fact.span[1]).toBeLessThanOrEqual(sentence?.end ?? 0);
        }
        for (const entry of analysis.vocabulary) {
          const sentence = text.sentences[entry.firstSentence];
          expect(entry.forms).toContain(sentence?.text.slice(entry.firstSpan[0], entry.firstSpan[1]));
        }
        expect(analyse(text)).toEqual(analysis);
      }),
      { numRuns: 300 },
    );
  });
});
