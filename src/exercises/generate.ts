/**
 * Analysis → Worksheet: every section drawn from its own RNG stream (`fork(seed, kind)`), so that
 * adding a section never changes another's items; then the answer key.
 */
import type { Options } from '../options.js';
import { fork } from '../rng.js';
import type { Analysis, KeyEntry, Section, Worksheet } from '../types.js';
import { makeCloze } from './make-cloze.js';
import { makeMultipleChoice } from './make-multiple-choice.js';

const LETTERS = ['أ', 'ب', 'ج', 'د', 'هـ', 'و'];

export function generate(analysis: Analysis, options: Options, seed: string, version = 'A'): Worksheet {
  const sections: Section[] = [];
  const notes: string[] = [];
  if (options.items.vocabulary > 0) {
    sections.push({
      kind: 'vocabulary',
      instruction: { ar: 'اقرأ الكلمات التالية قبل قراءة النص.', en: 'Read these words before the text.' },
      entries: analysis.vocabulary.slice(0, options.items.vocabulary),
    });
  }
  const cloze = makeCloze(analysis, options.items.cloze, fork(seed, 'cloze'));
  if (cloze) sections.push(cloze);
  else notes.push('no cloze: the article has too few content words');
  const choice = makeMultipleChoice(analysis, options.items.multipleChoice, fork(seed, 'multipleChoice'));
  if (choice) sections.push(choice);
  else notes.push('no multiple choice: the article has too few content words');
  const article = analysis.text.article;
  return {
    meta: {
      title: article.title ?? analysis.text.paragraphs[0]?.text.slice(0, 80) ?? '',
      level: options.level,
      seed,
      version,
      createdFrom: article.source.path,
      generator: 'waraqa',
    },
    ...(article.byline ? { byline: article.byline } : {}),
    passage: analysis.text.paragraphs,
    vocabulary: analysis.vocabulary.slice(0, options.items.vocabulary),
    sections,
    answerKey: makeKey(sections, analysis),
    dropped: [],
    notes,
  };
}

function makeKey(sections: readonly Section[], analysis: Analysis): KeyEntry[] {
  const where = (sentence: number) => ({
    sentence: sentence + 1,
    paragraph: (analysis.text.sentences[sentence]?.paragraph ?? 0) + 1,
  });
  return sections.flatMap((section, index): KeyEntry[] => {
    switch (section.kind) {
      case 'cloze':
        return section.gaps.map((g) => ({ section: index, number: g.number, answer: g.answer, ...where(g.sentence) }));
      case 'multipleChoice':
      case 'vocabularyInContext':
        return section.items.map((item) => ({
          section: index,
          number: item.number,
          answer: LETTERS[item.answer] ?? '?',
          ...where(item.sentence),
        }));
      default:
        return [];
    }
  });
}
