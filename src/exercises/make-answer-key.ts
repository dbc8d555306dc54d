/**
 * The answer key: one line per item with the answer as it should be printed (an option letter and
 * its text, صح / خطأ with the right fact, a word, a letter for a match or a place in the order) and
 * the paragraph and sentence that prove it.
 */
import type { KeyEntry, Section, Text } from '../types.js';

/** Option letters, in order: أ ب ج د هـ و ز ح. */
export const LETTERS: readonly string[] = ['أ', 'ب', 'ج', 'د', 'هـ', 'و', 'ز', 'ح'];

export function makeAnswerKey(sections: readonly Section[], text: Text): KeyEntry[] {
  const where = (sentence: number) => ({
    sentence: sentence + 1,
    paragraph: (text.sentences[sentence]?.paragraph ?? 0) + 1,
  });
  return sections.flatMap((section, index): KeyEntry[] => {
    switch (section.kind) {
      case 'vocabulary':
        return [];
      case 'cloze':
        return section.gaps.map((g) => ({ section: index, number: g.number, answer: g.answer, ...where(g.sentence) }));
      case 'multipleChoice':
      case 'vocabularyInContext':
        return section.items.map((item) => ({
          section: index,
          number: item.number,
          answer: `${letter(item.answer)}) ${item.options[item.answer] ?? ''}`,
          ...where(item.sentence),
        }));
      case 'trueFalse':
        return section.items.map((item) => ({
          section: index,
          number: item.number,
          answer: item.answer ? 'صح' : `خطأ (في النص: ${item.swap?.from ?? '…'})`,
          ...where(item.sentence),
        }));
      case 'matching':
        return section.left.map((_, i) => ({
          section: index,
          number: i + 1,
          answer: letter(section.answer[i] ?? -1),
          ...where(section.sentences[i] ?? 0),
        }));
      case 'ordering':
        return section.answer.map((eventIndex, k) => ({
          section: index,
          number: k + 1,
          answer: letter(eventIndex),
          ...where(section.sentences[eventIndex] ?? 0),
        }));
    }
  });
}

/** أ for 0, ب for 1 …; `?` outside the alphabet. */
export function letter(index: number): string {
  return LETTERS[index] ?? '?';
}
