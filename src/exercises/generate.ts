/**
 * Analysis → Worksheet: every section drawn from its own RNG stream (`fork(seed, kind)`), so that
 * adding a section never changes another's items; then the checker, the versions and the key.
 */
import type { Options } from '../options.js';
import { fork } from '../rng.js';
import type { Analysis, ChoiceSection, Instruction, Section, Worksheet } from '../types.js';
import { checkSections } from './check-items.js';
import { type Claims, claim } from './claims.js';
import { INSTRUCTIONS } from './instructions.js';
import { makeAnswerKey } from './make-answer-key.js';
import { makeCloze } from './make-cloze.js';
import { makeFactQuestions } from './make-fact-questions.js';
import { makeGlossMatching, makeQuoteMatching } from './make-matching.js';
import { makeOrdering } from './make-ordering.js';
import { makeTrueFalse } from './make-true-false.js';
import { shuffleSections } from './make-version.js';
import { makeVocabularyInContext } from './make-vocabulary-in-context.js';

/** What the key says about spelling: answers are accepted without diacritics or hamza forms. */
export const SPELLING_NOTE: Instruction = {
  ar: 'تُقبل الإجابات المكتوبة دون تشكيل، ولا يُحتسب الاختلاف في رسم الهمزة (أ، إ، آ، ا) ولا بين التاء المربوطة والهاء.',
  en: 'Written answers are accepted without diacritics and with any hamza form (أ إ آ ا) or ة/ه.',
};

/** The worksheets for versions A, B, … of one article. */
export function generateVersions(analysis: Analysis, options: Options, seed: string): Worksheet[] {
  const base = generate(analysis, options, seed);
  const letters = Array.from({ length: options.versions }, (_, i) => String.fromCharCode(65 + i));
  return letters.map((letter) => {
    if (letter === 'A') return base;
    const sections = shuffleSections(base.sections, fork(seed, `version-${letter}`));
    return { ...base, meta: { ...base.meta, version: letter }, sections, answerKey: makeAnswerKey(sections, analysis.text) };
  });
}

/** Version A of the worksheet. */
export function generate(analysis: Analysis, options: Options, seed: string): Worksheet {
  const { items, level } = options;
  const drafted: Section[] = [];
  const notes: string[] = [];
  const add = (section: Section | undefined, wanted: number, what: string) => {
    if (wanted <= 0) return;
    if (section) drafted.push(section);
    else notes.push(`${what}: the article does not support it`);
  };
  if (items.vocabulary > 0 && analysis.vocabulary.length > 0) {
    drafted.push({ kind: 'vocabulary', instruction: INSTRUCTIONS.vocabulary, entries: analysis.vocabulary.slice(0, items.vocabulary) });
  }
  add(makeCloze(analysis, items.cloze, level, fork(seed, 'cloze')), items.cloze, 'cloze');
  const facts = makeFactQuestions(analysis, items.multipleChoice, level, fork(seed, 'multipleChoice'));
  add(facts, items.multipleChoice, 'multiple choice on facts');
  const claims: Claims = new Map();
  const claimAll = (section: ChoiceSection | undefined) => {
    for (const item of section?.items ?? []) {
      claim(claims, item.sentence, { key: item.topic === 'speaker' ? '' : (item.options[item.answer] ?? ''), text: item.stem });
    }
  };
  claimAll(facts);
  const vic = makeVocabularyInContext(analysis, items.vocabularyInContext, level, fork(seed, 'vocabularyInContext'), claims);
  add(vic, items.vocabularyInContext, 'vocabulary in context');
  claimAll(vic);
  add(makeTrueFalse(analysis, items.trueFalse, level, fork(seed, 'trueFalse'), claims), items.trueFalse, 'true or false');
  add(makeQuoteMatching(analysis, items.matching, fork(seed, 'matching')), items.matching, 'matching quotations with speakers');
  if (analysis.vocabulary.some((v) => v.gloss !== undefined)) {
    const glosses = makeGlossMatching(analysis, items.matching, fork(seed, 'matchingGlosses'));
    if (glosses) drafted.push(glosses);
  }
  add(makeOrdering(analysis, items.ordering, fork(seed, 'ordering')), items.ordering, 'ordering events');
  const { sections, dropped } = checkSections(drafted, analysis);
  notes.push(...shortfalls(sections, items));
  const article = analysis.text.article;
  return {
    meta: {
      title: article.title ?? analysis.text.paragraphs[0]?.text.split(/\s+/).slice(0, 10).join(' ') ?? '',
      level,
      seed,
      version: 'A',
      createdFrom: article.source.path,
      generator: 'waraqa',
    },
    ...(article.byline ? { byline: article.byline } : {}),
    passage: analysis.text.paragraphs,
    vocabulary: analysis.vocabulary.slice(0, items.vocabulary),
    sections,
    answerKey: makeAnswerKey(sections, analysis.text),
    keyNotes: [SPELLING_NOTE],
    dropped,
    notes,
  };
}

/** Notes for sections that came out with fewer items than asked. */
function shortfalls(sections: readonly Section[], items: Options['items']): string[] {
  const notes: string[] = [];
  for (const s of sections) {
    const [have, want, name] =
      s.kind === 'cloze'
        ? [s.gaps.length, items.cloze, 'cloze gaps']
        : s.kind === 'multipleChoice'
          ? [s.items.length, items.multipleChoice, 'fact questions']
          : s.kind === 'vocabularyInContext'
            ? [s.items.length, items.vocabularyInContext, 'vocabulary-in-context questions']
            : s.kind === 'trueFalse'
              ? [s.items.length, items.trueFalse, 'true/false statements']
              : [0, 0, ''];
    if (have < want) notes.push(`${name}: ${have} of ${want} asked (the article supports no more)`);
  }
  return notes;
}
