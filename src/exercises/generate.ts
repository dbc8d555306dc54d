/**
 * Analysis → Worksheet: every section drawn from its own RNG stream (`fork(seed, kind)`), so that
 * adding a section never changes another's items; then the checker, the versions and the key.
 */
import type { Options } from '../options.js';
import { fork, type Rng, seedFromContent } from '../rng.js';
import type { Analysis, ChoiceSection, Instruction, OrderingSection, Section, TrueFalseSection, Worksheet } from '../types.js';
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
import { perAnalysis } from './per-analysis.js';
import { rebalance } from './place-key.js';

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
    const sections = shuffleSections(base.sections, fork(`${seed}\u0000${contentSeed(analysis)}`, `version-${letter}`));
    return { ...base, meta: { ...base.meta, version: letter }, sections, answerKey: makeAnswerKey(sections, analysis.text) };
  });
}

/** Version A of the worksheet. */
export function generate(analysis: Analysis, options: Options, seed: string): Worksheet {
  // Items compete for the article's sentences (no item may show another's answer), so how many
  // each section gets depends on the draw. A few draws are tried and the one that gives the most
  // of what was asked is kept (each draw shares the sentences out in another order, see PLANS); the
  // draws are seeded, so the result is still the same every run.
  let best: Worksheet | undefined;
  let bestShort = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < PLANS.length && bestShort > 0; attempt++) {
    const sheet = draw(analysis, options, seed, PLANS[attempt] as Plan);
    const short = shortfall(
      sheet.sections,
      options.items,
      (n) => shareOf(analysis, options.items, n),
      matchingShare(analysis, options.items),
    );
    if (short < bestShort) {
      best = sheet;
      bestShort = short;
    }
  }
  return best as Worksheet;
}

/** The article's content seed, hashed once per analysis: every draw and version forks from it. */
const contentSeed: (analysis: Analysis) => string = perAnalysis((analysis) => seedFromContent(analysis.text.text));

type Turn = 'ordering' | 'facts' | 'vocabulary' | 'trueFalse';

/** One way to share the sentences out: the order in which the sections choose, and its RNG streams. */
interface Plan {
  readonly turns: readonly Turn[];
  /**
   * Names the plan's RNG streams (0: the plain stream names). Fixed per plan, not per place in
   * PLANS, so that trying the plans in another order changes which sheet is found first, never
   * what a plan draws.
   */
  readonly streams: number;
}

/**
 * The order in which the sections that compete for sentences choose, one per draw: whoever chooses
 * first takes what suits it, so a draw that came out short is retried with another sharing, not
 * only with other random choices. Tried in the order that most often gives the whole sheet at the
 * first draw (measured over 40 seeds on five articles: 3.7 draws per sheet on average instead of
 * 4.1; the sport article 1.2 instead of 2.9): the events to order choose before the true
 * statements, which can be cut from most sentences. A short article has too few sentences for
 * everything, so later plans let the events choose first, or last.
 */
const PLANS: readonly Plan[] = [
  { turns: ['facts', 'vocabulary', 'ordering', 'trueFalse'], streams: 3 },
  { turns: ['ordering', 'facts', 'vocabulary', 'trueFalse'], streams: 4 },
  { turns: ['facts', 'vocabulary', 'trueFalse', 'ordering'], streams: 0 },
  { turns: ['facts', 'trueFalse', 'vocabulary', 'ordering'], streams: 1 },
  { turns: ['trueFalse', 'facts', 'vocabulary', 'ordering'], streams: 2 },
  { turns: ['ordering', 'facts', 'trueFalse', 'vocabulary'], streams: 5 },
];

/**
 * What a per-sentence section may take of `asked`: a short article has fewer sentences than the
 * sections ask for, so each gets its share and the sheet stays balanced instead of the first
 * section taking everything.
 */
function shareOf(analysis: Analysis, items: Options['items'], asked: number): number {
  const all = items.multipleChoice + items.vocabularyInContext + items.trueFalse;
  const room = analysis.text.sentences.length;
  return all > room && asked > 0 ? Math.max(2, Math.floor((asked * room) / all)) : asked;
}

/**
 * How many quotations the matching may take: in an article shorter than the questions asked, each
 * spends a sentence they need, so it shrinks with them, down to the three pairs a matching needs.
 */
function matchingShare(analysis: Analysis, items: Options['items']): number {
  const questions = items.multipleChoice + items.vocabularyInContext + items.trueFalse;
  const all = questions + items.matching + items.ordering;
  const room = analysis.text.sentences.length;
  return questions > room && items.matching > 3 ? Math.max(3, Math.floor((items.matching * room) / all)) : items.matching;
}

/**
 * How far the sections fall short of what was asked, sections missing altogether counting in full.
 * Squared per section, so that 2 + 2 of 3 asked beats 3 + 1: a sheet is better balanced than
 * lopsided, and a missing ordering (4 events) weighs more than one statement less.
 */
function shortfall(sections: readonly Section[], items: Options['items'], share: (asked: number) => number, matching: number): number {
  const have = (kind: Section['kind']) =>
    sections
      .filter((s) => s.kind === kind)
      .reduce(
        (n, s) =>
          n +
          ('items' in s ? s.items.length : 'gaps' in s ? s.gaps.length : 'left' in s ? s.left.length : 'events' in s ? s.events.length : 0),
        0,
      );
  const want: [Section['kind'], number][] = [
    ['cloze', items.cloze],
    ['multipleChoice', share(items.multipleChoice)],
    ['vocabularyInContext', share(items.vocabularyInContext)],
    ['trueFalse', share(items.trueFalse)],
    ['matching', matching],
    ['ordering', items.ordering],
  ];
  return want.reduce((n, [kind, count]) => n + Math.max(0, count - have(kind)) ** 2, 0);
}

/** One draw of version A, sharing the sentences out as `plan` says. */
function draw(analysis: Analysis, options: Options, seed: string, plan: Plan): Worksheet {
  const { items, level } = options;
  // The streams depend on the article too, so that one --seed for a whole unit does not give
  // every article the same key letters and the same order of events.
  const base = `${seed}\u0000${contentSeed(analysis)}${plan.streams === 0 ? '' : `\u0000${plan.streams}`}`;
  const stream = (name: string) => fork(base, name);
  const notes: string[] = [];
  const wanted = (section: Section | undefined, count: number, what: string): Section[] => {
    if (count <= 0) return [];
    if (!section) notes.push(`${what}: the article does not support it`);
    return section ? [section] : [];
  };
  // Every section sees which sentences earlier items used (claims), so that no item shows or
  // repeats another's answer. The cloze and the quotations to match choose first (they need
  // particular sentences); then the sections take turns in the plan's order (half the fact
  // questions among them), and the other half of the fact questions comes last.
  const claims: Claims = new Map();
  const cloze = makeCloze(analysis, items.cloze, level, stream('cloze'));
  // The cloze reprints the passage, which the sheet shows anyway; only asking its gaps again counts.
  for (const gap of cloze?.gaps ?? []) claim(claims, gap.sentence, { key: '', text: gap.answer });
  let ordering: OrderingSection | undefined;
  const matching = makeQuoteMatching(analysis, matchingShare(analysis, items), stream('matching'), claims);
  matching?.left.forEach((quote, i) =>
    claim(claims, matching.sentences[i] ?? -1, { key: matching.right[matching.answer[i] ?? -1] ?? '', text: quote }),
  );
  const claimAll = (section: ChoiceSection | undefined) => {
    for (const item of section?.items ?? []) {
      claim(claims, item.sentence, { key: item.topic === 'speaker' ? '' : (item.options[item.answer] ?? ''), text: item.stem });
    }
  };
  const share = (n: number) => shareOf(analysis, items, n);
  let firstFacts: ChoiceSection | undefined;
  let vic: ChoiceSection | undefined;
  let trueFalse: TrueFalseSection | undefined;
  const makers: Record<Turn, () => void> = {
    ordering: () => {
      ordering = makeOrdering(analysis, items.ordering, stream('ordering'), claims);
      const made = ordering;
      made?.events.forEach((event, i) => claim(claims, made.sentences[i] ?? -1, { key: '', text: event }));
    },
    facts: () => {
      firstFacts = makeFactQuestions(analysis, share(items.multipleChoice), level, stream('multipleChoice'), claims);
      claimAll(firstFacts);
    },
    vocabulary: () => {
      vic = makeVocabularyInContext(analysis, share(items.vocabularyInContext), level, stream('vocabularyInContext'), claims);
      claimAll(vic);
    },
    trueFalse: () => {
      trueFalse = makeTrueFalse(analysis, share(items.trueFalse), level, stream('trueFalse'), claims);
      for (const item of trueFalse?.items ?? []) claim(claims, item.sentence, { key: item.swap?.from ?? '', text: item.statement });
    },
  };
  for (const turn of plan.turns) makers[turn]();
  const moreFacts = makeFactQuestions(
    analysis,
    share(items.multipleChoice) - (firstFacts?.items.length ?? 0),
    level,
    stream('multipleChoice-more'),
    claims,
    new Set(firstFacts?.items.map((i) => i.options[i.answer] ?? '')),
  );
  claimAll(moreFacts);
  const facts = joinChoices(firstFacts, moreFacts, stream('multipleChoice-keys'));
  const glosses = analysis.vocabulary.some((v) => v.gloss !== undefined)
    ? makeGlossMatching(analysis, items.matching, stream('matchingGlosses'))
    : undefined;
  const vocabulary: Section[] =
    items.vocabulary > 0 && analysis.vocabulary.length > 0
      ? [{ kind: 'vocabulary', instruction: INSTRUCTIONS.vocabulary, entries: analysis.vocabulary.slice(0, items.vocabulary) }]
      : [];
  const drafted: Section[] = [
    ...vocabulary,
    ...wanted(cloze, items.cloze, 'cloze'),
    ...wanted(facts, items.multipleChoice, 'multiple choice on facts'),
    ...wanted(vic, items.vocabularyInContext, 'vocabulary in context'),
    ...wanted(trueFalse, items.trueFalse, 'true or false'),
    ...wanted(matching, items.matching, 'matching quotations with speakers'),
    ...(glosses ? [glosses] : []),
    ...wanted(ordering, items.ordering, 'ordering events'),
  ];
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

/** Two parts of one multiple-choice section as one, in the article's order. */
function joinChoices(a: ChoiceSection | undefined, b: ChoiceSection | undefined, rng: Rng): ChoiceSection | undefined {
  if (!a || !b) return a ?? b;
  const items = [...a.items, ...b.items].sort((x, y) => x.sentence - y.sentence).map((item, i) => ({ ...item, number: i + 1 }));
  return { ...a, items: rebalance(items, rng) };
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
