/**
 * The words a printed sheet uses around the article's text: section titles, option letters,
 * ordinals, header fields. Arabic school conventions (أ ب ج د for options, أولًا ثانيًا for parts);
 * the English titles are shown with `--instructions en|both`.
 */
import type { SectionKind } from '../types.js';

/** Option and column letters in abjad order, as Arabic exam papers label them. */
export const OPTION_LETTERS: readonly string[] = ['أ', 'ب', 'ج', 'د', 'هـ', 'و', 'ز', 'ح', 'ط', 'ي', 'ك', 'ل', 'م', 'ن'];

/** Part ordinals: the first part is «أولًا». */
export const ORDINALS: readonly string[] = ['أولًا', 'ثانيًا', 'ثالثًا', 'رابعًا', 'خامسًا', 'سادسًا', 'سابعًا', 'ثامنًا', 'تاسعًا', 'عاشرًا'];

export const SECTION_TITLES: Readonly<Record<SectionKind, { readonly ar: string; readonly en: string }>> = {
  vocabulary: { ar: 'المفردات', en: 'Vocabulary' },
  cloze: { ar: 'املأ الفراغ', en: 'Fill in the gaps' },
  multipleChoice: { ar: 'اختر الإجابة الصحيحة', en: 'Multiple choice' },
  vocabularyInContext: { ar: 'الكلمة المناسبة في سياقها', en: 'Vocabulary in context' },
  trueFalse: { ar: 'صح أم خطأ', en: 'True or false' },
  matching: { ar: 'صِل بين العمودين', en: 'Matching' },
  ordering: { ar: 'رتّب الجمل', en: 'Put the sentences in order' },
};

/** Fixed words of the sheet, in one place so that templates never hard-code them. */
export const LABELS = {
  name: 'الاسم',
  date: 'التاريخ',
  class: 'الصف',
  level: 'المستوى',
  version: 'النسخة',
  passage: 'النص',
  answerKey: 'مفتاح الإجابة',
  trueWord: 'صح',
  falseWord: 'خطأ',
  paragraph: 'الفقرة',
  sentence: 'الجملة',
  wordBank: 'بنك الكلمات',
  word: 'الكلمة',
  forms: 'صيغ أخرى في النص',
  meaning: 'المعنى',
  wordLevel: 'المستوى',
  answer: 'الإجابة',
  proof: 'الدليل',
  correction: 'الصواب',
  number: 'الرقم',
  event: 'الحدث',
  rank: 'الترتيب',
} as const;

export type Labels = typeof LABELS;
