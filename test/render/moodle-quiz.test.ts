/**
 * The question model both Moodle exports share: category paths, proofs, names, and what is skipped
 * (and said so) when a section cannot become a Moodle question.
 */
import { describe, expect, it } from 'vitest';
import { buildMoodleQuiz } from '../../src/render/moodle-quiz.js';
import type { MatchingSection, OrderingSection, Section, Worksheet } from '../../src/types.js';
import { fixtureWorksheet } from './moodle-fixture.js';

const base = fixtureWorksheet();
const withSections = (sections: Section[]): Worksheet => ({ ...base, sections });
const matching = base.sections.find((s) => s.kind === 'matching') as MatchingSection;
const ordering = base.sections.find((s) => s.kind === 'ordering') as OrderingSection;

describe('buildMoodleQuiz', () => {
  it.each([
    ['a plain Arabic title', 'محادثات بغداد', 'A', 'waraqa/محادثات بغداد/A'],
    ['a slash inside (doubled, Moodle’s escape)', 'بغداد/واشنطن', 'B', 'waraqa/بغداد//واشنطن/B'],
    ['slashes and spaces at the ends (dropped)', ' /بغداد/ ', 'A', 'waraqa/بغداد/A'],
    ['a backslash (dropped: Moodle’s GIFT reader would mangle it)', 'بغداد\\: تقرير', 'A', 'waraqa/بغداد: تقرير/A'],
    ['an empty title', '  ', 'A', 'waraqa/مقالة/A'],
    ['a title over 100 characters (cut)', 'ب'.repeat(150), 'C', `waraqa/${'ب'.repeat(100)}/C`],
  ])('files the questions under waraqa/<title>/<version>: %s', (_, title, version, path) => {
    const quiz = buildMoodleQuiz({ ...base, meta: { ...base.meta, title, version } });
    expect(quiz.category).toBe(path);
  });

  it('names a proof by paragraph and sentence from the answer key, by sentence alone when the key lacks it', () => {
    const quiz = buildMoodleQuiz({ ...base, answerKey: base.answerKey.filter((k) => k.sentence !== 3) });
    const feedback = quiz.questions.flatMap((q) => (q.kind === 'truefalse' ? q.feedback : []));
    expect(feedback).toEqual(['الدليل: الفقرة ١، الجملة ١', 'الدليل: الجملة ٣']);
  });

  it('leaves the vocabulary list out and opens with the numbered passage', () => {
    const quiz = buildMoodleQuiz(withSections([base.sections[0] as Section]));
    expect(quiz.questions.map((q) => q.kind)).toEqual(['description']);
    expect(quiz.questions[0]?.name).toBe('0 النص');
  });

  it.each<[string, Section, string]>([
    ['a matching with one pair', { ...matching, left: matching.left.slice(0, 1), answer: [1], sentences: [0] }, 'fewer than 2 pairs'],
    ['a matching row pointing nowhere', { ...matching, answer: [1, 9, 2] }, 'row 2 has no match'],
    ['an ordering event without a position', { ...ordering, answer: [1, 2, 2] }, 'event 1 has no position'],
    ['an ordering of one event', { ...ordering, events: ['حدث'], answer: [0], sentences: [0] }, 'fewer than 2 events'],
    [
      'a cloze gap missing from the passage',
      {
        kind: 'cloze',
        instruction: { ar: 'املأ.', en: 'Fill.' },
        paragraphs: [[{ kind: 'text', text: 'نص' }]],
        gaps: [{ number: 1, answer: 'س', accepts: [], sentence: 0 }],
        bank: [],
      },
      'gap 1 is not in the passage',
    ],
  ])('skips and reports %s', (_, section, reason) => {
    const quiz = buildMoodleQuiz(withSections([section]));
    expect(quiz.skipped.join('\n')).toContain(reason);
  });

  it('keeps a matching row list without the rows it had to skip', () => {
    const quiz = buildMoodleQuiz(withSections([{ ...matching, answer: [1, 9, 2] }]));
    const q = quiz.questions.find((x) => x.kind === 'matching');
    expect(q?.kind === 'matching' && q.pairs.map((p) => p.right)).toEqual(['وزير الخارجية', 'لويد أوستن']);
    expect(q?.kind === 'matching' && q.distractors).toEqual(['المتحدث = الرسمي', 'قاسم الأعرجي']);
  });
});
