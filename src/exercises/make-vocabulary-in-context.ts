/**
 * Vocabulary in context: a statement from the article with one word missing and four words to
 * choose from. The other three are words of the same article with the same shape (clitics,
 * definiteness, ending) and, with the lexicon, the same part of speech, so that grammar alone
 * never tells the answer.
 */
import { PERSON_TITLES } from '../data/person-titles.js';
import type { Rng } from '../rng.js';
import { sample } from '../rng.js';
import { normalizeKey } from '../text/normalize-key.js';
import { wordCount } from '../text/word-count.js';
import type { Analysis, ChoiceItem, ChoiceSection, Level, Token } from '../types.js';
import { type Claim, clashes } from './claims.js';
import { type ContentWord, contentWords } from './content-words.js';
import { INSTRUCTIONS } from './instructions.js';
import { BLANK } from './make-fact-questions.js';
import { inStatement, statementClauses } from './make-true-false.js';
import { mentionedIn } from './mentioned-in.js';
import { roughStem } from './option-key.js';
import { perAnalysis } from './per-analysis.js';
import { phraseShape, type WordShape } from './phrase-shape.js';
import { pickDistractors } from './pick-distractors.js';
import { balancedPositions, placeKey } from './place-key.js';
import { standsAlone } from './stands-alone.js';
import { asStatement, clauseAround, innerClause, lacksSpeaker, nameKeys, opensStatement } from './statement.js';
import { type Neighbours, wordNeighbours } from './word-neighbours.js';
import { type WordRoles, wordRoles } from './word-roles.js';

const MAX_WORDS = 30;
const MAX_TARGETS = 300;
const DEMONSTRATIVES = new Set(['هذه', 'هذا', 'هؤلاء', 'تلك', 'ذلك', 'هاتان', 'هذان']);

export function makeVocabularyInContext(
  analysis: Analysis,
  count: number,
  level: Level,
  rng: Rng,
  claims: ReadonlyMap<number, readonly Claim[]>,
): ChoiceSection | undefined {
  const { usable: pool, alike } = wordPool(analysis);
  const roles = wordRoles(analysis);
  const fresh = (w: ContentWord) => Number(!claims.has(w.sentence.id));
  const targets = sample(pool, MAX_TARGETS, rng);
  const drafts = [];
  const usedSentences = new Set<number>();
  const usedEntries = new Set<string>();
  // Sentences without facts first: the fact questions that come later need those.
  const facts = new Map<number, number>();
  for (const f of analysis.facts) facts.set(f.sentence, (facts.get(f.sentence) ?? 0) + 1);
  const load = (w: ContentWord) => facts.get(w.sentence.id) ?? 0;
  // Sentences that make true statements are scarce: asked from last.
  const stating = statementClauses(analysis);
  const later = (w: ContentWord) => Number(inStatement(stating, w.sentence.id, w.token.start));
  // Each target's place in the order worked out once, not at every comparison of the sort.
  const ranked = sample(targets, targets.length, rng)
    .map((w) => ({ w, later: later(w), fresh: fresh(w), load: load(w) }))
    .sort((a, b) => a.later - b.later || b.fresh - a.fresh || a.load - b.load || a.w.rank - b.w.rank || a.w.token.start - b.w.token.start);
  for (const { w: target } of ranked) {
    if (drafts.length >= count) break;
    if (usedSentences.has(target.sentence.id) || usedEntries.has(target.entry.key)) continue;
    const draft = draftFor(target, alike(target), analysis, roles, level, rng, claims);
    if (!draft) continue;
    drafts.push(draft);
    usedSentences.add(target.sentence.id);
    usedEntries.add(target.entry.key);
  }
  if (drafts.length === 0) return undefined;
  drafts.sort((a, b) => a.sentence - b.sentence);
  const positions = balancedPositions(drafts.length, 4, rng);
  const items: ChoiceItem[] = drafts.map((d, i) => {
    const { options, answer } = placeKey(d.key, d.distractors, positions[i] ?? 0, rng);
    return { number: i + 1, topic: 'vocabulary', stem: d.stem, options, answer, sentence: d.sentence };
  });
  return { kind: 'vocabularyInContext', instruction: INSTRUCTIONS.vocabularyInContext, items };
}

/**
 * The proclitics and whether a pronoun is attached, as one comparable string (worked out once per
 * token): options share them with the target (جانبه is no option for منطقة).
 */
function cliticsOf(t: Token): string {
  let known = CLITICS.get(t);
  if (known === undefined) {
    known = `${t.prefixes.join('+')}|${hasPronoun(t)}`;
    CLITICS.set(t, known);
  }
  return known;
}

const CLITICS = new WeakMap<Token, string>();

/** An attached pronoun; ة is ه in a key, so a word written with ة has none. */
function hasPronoun(t: Token): boolean {
  return t.suffixes.some((x) => PRONOUNS.has(x)) && !/ة[\u064B-\u065F]*$/.test(t.text);
}

const PRONOUNS = new Set(['ه', 'ها', 'هما', 'هم', 'هن', 'ك', 'كما', 'كم', 'كن', 'ني', 'نا']);

/** The words just before and after the target in its sentence, if they are words. */
function neighbours(target: ContentWord): Neighbours {
  return wordNeighbours(target.sentence, target.token);
}

/** Without a part of speech, only definite words: they are nouns or adjectives for sure. */
function usable(w: ContentWord, shapes: ReadonlyMap<Token, WordShape>): boolean {
  // A word with an attached pronoun («جانبه» in «من جانبه») is a set phrase or a form, not vocabulary.
  if (hasPronoun(w.token)) return false;
  // A title («الوزير») names someone the sentence before introduced: which one is no vocabulary question.
  if (isTitle(w.token.text)) return false;
  return w.entry.pos !== undefined || shapes.get(w.token)?.definite === true || nominal(w.token);
}

/** A person's title or office, with or without ال and clitics: «الوزير», «ورئيس». */
function isTitle(word: string): boolean {
  const key = normalizeKey(word)
    .replace(/^[وف]?(ال|لل|بال)?/, '')
    .replace(/ه$/, '');
  return PERSON_TITLES.has(key);
}

/**
 * An indefinite word that is surely a noun or adjective: tanween, or a feminine or plural ending
 * that verbs do not take (رسالةٍ، مصادرُ is not told; قواتٌ، رسالة، مسلحة are).
 */
function nominal(token: Token): boolean {
  return /[\u064B-\u064D]/.test(token.text) || /(ه|ات|يه)$/.test(token.key);
}

interface WordPool {
  readonly usable: readonly ContentWord[];
  readonly alike: (w: ContentWord) => readonly ContentWord[];
}

/**
 * The article's content words for this section, worked out once per analysis: the targets that
 * may be asked, and for each word the forms of the same clitics and shape (one occurrence per
 * form), among which its distractors are chosen.
 */
const wordPool = perAnalysis((analysis: Analysis): WordPool => {
  const words = contentWords(analysis, 200);
  const shapes = new Map(words.map((w) => [w.token, phraseShape(w.token.text)] as const));
  const shapeKey = (w: ContentWord) => {
    const shape = shapes.get(w.token) as WordShape;
    return `${cliticsOf(w.token)}|${shape.prefixes}|${shape.definite}|${shape.ending}`;
  };
  const groups = new Map<string, ContentWord[]>();
  for (const w of new Map(words.map((w) => [w.token.text, w] as const)).values()) {
    const key = shapeKey(w);
    const group = groups.get(key);
    if (group) group.push(w);
    else groups.set(key, [w]);
  }
  return {
    usable: words.filter((w) => w.rank < 120 && usable(w, shapes)),
    alike: (w: ContentWord): readonly ContentWord[] => groups.get(shapeKey(w)) ?? [],
  };
});

/** `words`: the forms of the target's clitics and shape. */
function draftFor(
  target: ContentWord,
  words: readonly ContentWord[],
  analysis: Analysis,
  roles: WordRoles,
  level: Level,
  rng: Rng,
  claims: ReadonlyMap<number, readonly Claim[]>,
) {
  const known = targetsOf(analysis)(target);
  if (known.blocked) return undefined;
  for (let which = 0; which < 2; which++) {
    let stem = known.stems[which];
    if (stem === undefined) {
      stem = stemFor(target, analysis, which);
      known.stems[which] = stem;
    }
    if (stem === null) continue;
    if (clashes(claims, target.sentence.id, { key: target.token.text, text: stem })) continue;
    known.candidates ??= candidatesFor(target, words, roles, known.before, known.after);
    const inSentence = mentionedIn(target.sentence.text);
    const distractors = pickDistractors(target.token.text, [known.candidates], 3, rng, { level, forbidden: inSentence });
    return distractors.length < 3 ? undefined : { stem, key: target.token.text, distractors, sentence: target.sentence.id };
  }
  return undefined;
}

/** What is known of a target whatever the draw: worked out when first asked, shared by the draws and versions. */
interface TargetFacts {
  readonly before: string | undefined;
  readonly after: string | undefined;
  /** The words around it rule it out. */
  readonly blocked: boolean;
  /** The stem from its own clause (0) and from the clause from the sentence start (1); null when it fails. */
  readonly stems: (string | null | undefined)[];
  candidates?: readonly string[];
}

const targetsOf: (analysis: Analysis) => (target: ContentWord) => TargetFacts = perAnalysis(() => {
  const cache = new WeakMap<ContentWord, TargetFacts>();
  return (target) => {
    let known = cache.get(target);
    if (known === undefined) {
      const { before, after } = neighbours(target);
      // «كانت هذه ___» asks which noun the previous sentence meant: not answerable from the item.
      // «رئيس ____» asks for the rest of a title (الوزراء): a set phrase, not a word to choose.
      // «من ____ أن» is a set phrase (من المتوقع / المقرر أن): grammar alone tells its word.
      const setPhrase =
        before !== undefined && /^[وف]?من$/.test(normalizeKey(before)) && after !== undefined && /^ان(ه|ها)?$/.test(normalizeKey(after));
      const blocked = before !== undefined && (DEMONSTRATIVES.has(normalizeKey(before)) || isTitle(before) || setPhrase);
      known = { before, after, blocked, stems: [undefined, undefined] };
      cache.set(target, known);
    }
    return known;
  };
});

/**
 * The word's own clause (`which` 0, leaving the rest of the sentence to other items), else the
 * clause from the sentence start (1), as a stem with the word blanked, if it passes every check not
 * about other items.
 */
function stemFor(target: ContentWord, analysis: Analysis, which: number): string | null {
  const text = analysis.text.text;
  const { start, end } = target.token;
  const clause = which === 0 ? innerClause(target.sentence, start, end) : clauseAround(target.sentence, end);
  if (!clause) return null;
  const stem = asStatement(`${text.slice(clause.start, start)}${BLANK}${text.slice(end, clause.end)}`);
  // A clause from inside the sentence must open like one («دعوته إلى انسحاب …» does not).
  if (clause.start !== target.sentence.start && !opensStatement(stem.replace(BLANK, target.token.text))) return null;
  if (
    wordCount(stem) > MAX_WORDS ||
    !stem.includes(BLANK) ||
    lacksSpeaker(stem, nameKeys(analysis)) ||
    !standsAlone(stem.replace(BLANK, target.token.text), analysis, { anaphora: false })
  )
    return null;
  // A stem that holds another form of the word («انسحاب ____ التحالف … هذه القوات») answers itself.
  const own = roughStem(target.token.text);
  if (stem.split(/\s+/).some((w) => !w.includes(BLANK) && roughStem(w) === own)) return null;
  return stem;
}

/** The forms that may stand as distractors for the target: another entry, of its kind, not fitting its neighbours too well. */
function candidatesFor(
  target: ContentWord,
  words: readonly ContentWord[],
  roles: WordRoles,
  before: string | undefined,
  after: string | undefined,
): string[] {
  const role = target.entry.pos === undefined ? roles.role(target.token.text) : undefined;
  const sameKind = (w: ContentWord) =>
    target.entry.pos !== undefined ? w.entry.pos === target.entry.pos : roles.role(w.token.text) === role;
  const fitsTooWell = (w: ContentWord) =>
    (before !== undefined && roles.adjacent(before, w.token.text)) || (after !== undefined && roles.adjacent(w.token.text, after));
  return words.filter((w) => w.entry.key !== target.entry.key && sameKind(w) && !fitsTooWell(w)).map((w) => w.token.text);
}
