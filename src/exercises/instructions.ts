/**
 * The instruction printed above each section, in Arabic and English. Written for this project in
 * the register of Arabic school worksheets (أكمل، اختر، ضع علامة).
 */
import type { Instruction, Level } from '../types.js';

export const INSTRUCTIONS = {
  vocabulary: {
    ar: 'اقرأ الكلمات الآتية وتعرّف معانيها قبل قراءة النص.',
    en: 'Read these words and learn their meanings before you read the text.',
  },
  clozeWithBank: {
    ar: 'املأ كل فراغ بالكلمة المناسبة من بنك الكلمات. في البنك كلمات زائدة.',
    en: 'Fill each gap with the right word from the word bank. The bank has extra words.',
  },
  clozeWithExactBank: {
    ar: 'املأ كل فراغ بالكلمة المناسبة من بنك الكلمات، مستعملًا كل كلمة مرة واحدة.',
    en: 'Fill each gap with the right word from the word bank, using each word once.',
  },
  clozeWithoutBank: {
    ar: 'املأ كل فراغ بالكلمة المناسبة كما وردت في النص.',
    en: 'Fill each gap with the right word, as it appears in the text.',
  },
  multipleChoice: {
    ar: 'اختر الإجابة الصحيحة بحسب النص.',
    en: 'Choose the right answer according to the text.',
  },
  vocabularyInContext: {
    ar: 'اختر الكلمة المناسبة لإكمال كل جملة من النص.',
    en: 'Choose the word that completes each sentence from the text.',
  },
  trueFalse: {
    ar: 'ضع علامة (✓) أمام العبارة الصحيحة وعلامة (✗) أمام العبارة الخاطئة بحسب النص.',
    en: 'Mark each statement true (✓) or false (✗) according to the text.',
  },
  matchingQuotes: {
    ar: 'صِل كل قول بقائله. قد يتكرر القائل، وفي القائمة اسم زائد.',
    en: 'Match each quotation with its speaker. A speaker may be used more than once; one name is extra.',
  },
  matchingQuotesNoExtra: {
    ar: 'صِل كل قول بقائله. قد يتكرر القائل.',
    en: 'Match each quotation with its speaker. A speaker may be used more than once.',
  },
  matchingGlosses: {
    ar: 'صِل كل كلمة بمعناها بالإنجليزية.',
    en: 'Match each word with its English meaning.',
  },
  ordering: {
    ar: 'رتّب الجمل الآتية بحسب ورودها في النص، بكتابة الرقم (١، ٢، ٣ …) في المربع.',
    en: 'Put the sentences in the order the text gives them, writing 1, 2, 3 … in the boxes.',
  },
} as const satisfies Record<string, Instruction>;

/** The cloze instruction: with a word bank at levels 1 and 2, without at level 3. */
export function clozeInstruction(withBank: boolean, extraWords = true): Instruction {
  if (!withBank) return INSTRUCTIONS.clozeWithoutBank;
  return extraWords ? INSTRUCTIONS.clozeWithBank : INSTRUCTIONS.clozeWithExactBank;
}

/** Whether the cloze shows a word bank at this level. */
export function hasWordBank(level: Level): boolean {
  return level < 3;
}
