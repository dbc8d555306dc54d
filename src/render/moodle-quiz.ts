/**
 * Worksheet → the questions Moodle gets, shared by the GIFT and Moodle XML exports: the passage as
 * a description, then every exercise in sheet order. The vocabulary list asks nothing and is left
 * out.
 */
import type { ChoiceSection, Section, TrueFalseSection, Worksheet } from '../types.js';
import { moodleCloze } from './moodle-cloze.js';
import { moodleMatching, moodleOrdering } from './moodle-matching.js';
import { moodleName } from './moodle-name.js';
import { moodleProof } from './moodle-proof.js';
import type { MoodleQuestion, MoodleQuiz } from './moodle-question.js';
import { arabicNumber, flattenText } from './moodle-text.js';

/** What a question name says about its section, as a teacher reads it in the question bank. */
const SECTION_NAMES: Readonly<Record<Exclude<Section['kind'], 'matching'>, string>> = {
  vocabulary: 'المفردات',
  cloze: 'املأ الفراغ',
  multipleChoice: 'اختيار من متعدد',
  vocabularyInContext: 'المفردات في السياق',
  trueFalse: 'صواب أم خطأ',
  ordering: 'ترتيب الجمل',
};
const MATCHING_NAMES = { quoteSpeaker: 'صل القول بقائله', wordGloss: 'صل الكلمة بمعناها' } as const;

/** Category names longer than this are cut (Moodle stores at most 255 characters). */
const MAX_CATEGORY_TITLE = 100;

/** Builds the Moodle questions of one version of a worksheet. */
export function buildMoodleQuiz(worksheet: Worksheet): MoodleQuiz {
  const skipped: string[] = [];
  const questions: MoodleQuestion[] = [];
  const passage = worksheet.passage.map((p, i) => `(${arabicNumber(i + 1)}) ${flattenText(p.text)}`);
  if (passage.length > 0) questions.push({ kind: 'description', name: '0 النص', text: passage });
  worksheet.sections.forEach((section, index) => {
    questions.push(...sectionQuestions(worksheet, section, index + 1, skipped));
  });
  const title = flattenText(worksheet.meta.title);
  const version = flattenText(worksheet.meta.version);
  return { category: categoryPath(title, version), heading: `${title} — ${version}`, questions, skipped };
}

/** The questions of one section; `s` is its 1-based place on the sheet, used in names. */
function sectionQuestions(worksheet: Worksheet, section: Section, s: number, skipped: string[]): MoodleQuestion[] {
  const label = section.kind === 'matching' ? MATCHING_NAMES[section.topic] : SECTION_NAMES[section.kind];
  const whole = moodleName(s, label);
  switch (section.kind) {
    case 'vocabulary':
      return [];
    case 'cloze':
      return optional(moodleCloze(worksheet, section, s, label, skipped));
    case 'matching':
      return optional(moodleMatching(worksheet, section, whole, skipped));
    case 'ordering':
      return optional(moodleOrdering(worksheet, section, whole, skipped));
    case 'trueFalse':
      return trueFalseQuestions(worksheet, section, s, label);
    default:
      return choiceQuestions(worksheet, section, s, label, skipped);
  }
}

/** Multiple-choice items; an item with fewer than two options or no valid key is skipped. */
function choiceQuestions(worksheet: Worksheet, section: ChoiceSection, s: number, label: string, skipped: string[]): MoodleQuestion[] {
  const out: MoodleQuestion[] = [];
  for (const item of section.items) {
    const name = moodleName(s, label, item.number);
    const options = item.options.map(flattenText);
    if (options.length < 2 || options[item.answer] === undefined || options.includes('')) {
      skipped.push(`${name}: needs two options or more and a valid answer`);
      continue;
    }
    const text = [flattenText(item.stem)];
    out.push({ kind: 'multichoice', name, text, options, answer: item.answer, feedback: [proofLine(worksheet, item.sentence)] });
  }
  return out;
}

function trueFalseQuestions(worksheet: Worksheet, section: TrueFalseSection, s: number, label: string): MoodleQuestion[] {
  return section.items.map((item) => ({
    kind: 'truefalse',
    name: moodleName(s, label, item.number),
    text: [flattenText(item.statement)],
    answer: item.answer,
    feedback: [proofLine(worksheet, item.sentence)],
  }));
}

function proofLine(worksheet: Worksheet, sentence: number): string {
  return `الدليل: ${moodleProof(worksheet, sentence)}`;
}

function optional<T>(value: T | undefined): T[] {
  return value === undefined ? [] : [value];
}

/**
 * `waraqa/<title>/<version>`, relative so Moodle puts it under the category chosen on the import
 * page. A `/` in the title is doubled (Moodle's escape) and dropped at its ends; a backslash is dropped because Moodle's
 * GIFT reader turns `\:` and the like into placeholders before it reads the category line.
 */
function categoryPath(title: string, version: string): string {
  const safe = (name: string, fallback: string) => {
    const bare = name.replace(/\\/g, '').replace(/^[\s/]+|[\s/]+$/g, '');
    const cut = Array.from(bare).slice(0, MAX_CATEGORY_TITLE).join('').trim();
    return (cut === '' ? fallback : cut).replace(/\//g, '//');
  };
  return `waraqa/${safe(title, 'مقالة')}/${safe(version, 'A')}`;
}
