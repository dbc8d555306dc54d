/**
 * The item checker. Every item of every section is checked before it reaches paper; an item that
 * fails is dropped and the worksheet says why. The rules are the ones teachers strike items for:
 * two right answers, options of the wrong kind or shape, a distractor that is a form of the answer,
 * an answer no sentence proves, an item that gives away another.
 */
import type { Analysis, ChoiceItem, Dropped, Section, TrueFalseItem } from '../types.js';
import { articleKey } from './article-key.js';
import { contextOf } from './context-of.js';
import { mentionedIn } from './mentioned-in.js';
import { optionClassifier } from './option-class.js';
import { optionKey } from './option-key.js';
import { phraseShape, sameName, sameShape } from './phrase-shape.js';
import { compatible } from './pick-distractors.js';
import { samePerson } from './speaker-questions.js';

export interface Checked {
  readonly sections: Section[];
  readonly dropped: Dropped[];
}

/** Drops every failing item (renumbering the rest) and every section left empty. */
export function checkSections(sections: readonly Section[], analysis: Analysis): Checked {
  const dropped: Dropped[] = [];
  const classify = optionClassifier(analysis);
  const out: Section[] = [];
  const kept: KeyedItem[] = [];
  const wholeKey = articleKey(analysis);
  for (const section of sections) {
    switch (section.kind) {
      case 'multipleChoice':
      case 'vocabularyInContext': {
        const items = section.items.filter((item) => {
          const key = item.topic === 'speaker' ? '' : (item.options[item.answer] ?? '');
          const reason =
            choiceProblem(item, section.kind, analysis, classify) ?? giveaway({ key, text: item.stem, sentence: item.sentence }, kept);
          if (reason) dropped.push({ section: section.kind, item: item.stem, reason });
          return !reason;
        });
        if (items.length > 0) out.push({ ...section, items: items.map((item, i) => ({ ...item, number: i + 1 })) });
        break;
      }
      case 'trueFalse': {
        const items = section.items.filter((item) => {
          const reason =
            trueFalseProblem(item, analysis, wholeKey) ?? giveaway({ key: '', text: item.statement, sentence: item.sentence }, kept);
          if (reason) dropped.push({ section: section.kind, item: item.statement, reason });
          return !reason;
        });
        if (items.length > 0) out.push({ ...section, items: items.map((item, i) => ({ ...item, number: i + 1 })) });
        break;
      }
      case 'cloze': {
        const reason = clozeProblem(section, analysis);
        if (reason) dropped.push({ section: 'cloze', item: 'the whole cloze', reason });
        else out.push(section);
        break;
      }
      case 'matching':
      case 'ordering': {
        const reason = section.kind === 'matching' ? matchingProblem(section) : orderingProblem(section);
        if (reason) dropped.push({ section: section.kind, item: `the whole ${section.kind}`, reason });
        else out.push(section);
        break;
      }
      case 'vocabulary':
        out.push(section);
        break;
    }
  }
  return { sections: out, dropped };
}

/** What is wrong with a multiple-choice item, or undefined. */
export function choiceProblem(
  item: ChoiceItem,
  kind: 'multipleChoice' | 'vocabularyInContext',
  analysis: Analysis,
  classify: (text: string) => string,
): string | undefined {
  const { options, answer } = item;
  const key = options[answer];
  if (key === undefined || options.length < 3) return 'fewer than three options';
  for (let i = 0; i < options.length; i++) {
    for (let j = i + 1; j < options.length; j++) {
      if (!compatible(options[i] as string, options[j] as string))
        return `options «${options[i]}» and «${options[j]}» are the same word or one holds the other`;
    }
  }
  const classes = new Set(options.map(classify));
  if (classes.size > 1) return `options of different kinds (${[...classes].join(', ')})`;
  const shape = phraseShape(key);
  // Endings matter for words; a name's or a number word's ending is its own.
  const alike = [...classes][0] === 'word' ? sameShape : sameName;
  // A person's name has no grammatical shape to agree («آلينا» is not definite).
  const odd = [...classes][0] === 'person' ? undefined : options.find((o) => !alike(phraseShape(o), shape));
  if (odd !== undefined) return `option «${odd}» does not have the key's shape (clitics, definiteness, ending)`;
  const sentence = analysis.text.sentences[item.sentence];
  if (!sentence) return 'no proving sentence';
  if (item.topic === 'speaker') {
    const said = analysis.facts.some(
      (f) => f.kind === 'quote' && f.sentence === item.sentence && f.speaker !== undefined && samePerson(f.speaker, key),
    );
    if (!said) return 'the proving sentence does not give this speaker';
    return undefined;
  }
  if (!mentionedIn(sentence.text)(key)) return 'the proving sentence does not contain the answer';
  const context = kind === 'vocabularyInContext' ? sentence.text : contextOf(analysis, sentence);
  const inContext = mentionedIn(context);
  const second = options.find((o, i) => i !== answer && inContext(o));
  if (second !== undefined)
    return `distractor «${second}» also appears in the proving ${kind === 'vocabularyInContext' ? 'sentence' : 'paragraph'}: two answers could be right`;
  return undefined;
}

function trueFalseProblem(item: TrueFalseItem, analysis: Analysis, wholeKey: string): string | undefined {
  const sentence = analysis.text.sentences[item.sentence];
  if (!sentence) return 'no proving sentence';
  if (item.answer) {
    const body = optionKey(item.statement);
    return optionKey(sentence.text).includes(body.slice(0, Math.max(10, body.length - 5)).replace(/ \S*$/, ''))
      ? undefined
      : 'a true statement that is not in its sentence';
  }
  if (!item.swap) return 'a false statement without the fact it changed';
  const paragraph = contextOf(analysis, sentence);
  if (mentionedIn(paragraph)(item.swap.to)) return `«${item.swap.to}» also appears in the proving paragraph: the statement may be true`;
  if (wholeKey.includes(optionKey(item.statement))) return 'the changed statement is still in the article';
  return undefined;
}

function clozeProblem(section: Extract<Section, { kind: 'cloze' }>, analysis: Analysis): string | undefined {
  const first = analysis.text.sentences[0]?.id;
  const sentences = section.gaps.map((g) => g.sentence);
  if (sentences.includes(first ?? -1)) return 'a gap in the first sentence';
  if (new Set(sentences).size !== sentences.length) return 'two gaps in one sentence';
  const bank = new Set(section.bank.map(optionKey));
  if (section.bank.length > 0 && section.gaps.some((g) => !bank.has(optionKey(g.answer)))) return 'an answer missing from the word bank';
  if (bank.size !== section.bank.length) return 'the word bank holds a word twice';
  for (const gap of section.gaps) {
    const sentence = analysis.text.sentences[gap.sentence];
    const token = sentence?.tokens.find((t) => t.text === gap.answer);
    if (!token) return `gap ${gap.number}: its answer is not in its sentence`;
    if (token.isStopWord) return `gap ${gap.number}: «${gap.answer}» is a function word`;
  }
  return undefined;
}

function matchingProblem(section: Extract<Section, { kind: 'matching' }>): string | undefined {
  if (section.left.length < 3) return 'fewer than three pairs';
  if (new Set(section.right.map(optionKey)).size !== section.right.length) return 'the right column holds an entry twice';
  if (section.answer.some((a) => a < 0 || a >= section.right.length)) return 'a pair without a match';
  return undefined;
}

function orderingProblem(section: Extract<Section, { kind: 'ordering' }>): string | undefined {
  const sorted = [...section.answer].sort((a, b) => a - b);
  if (sorted.some((v, i) => v !== i) || sorted.length !== section.events.length) return 'the order is not a permutation of the events';
  if (new Set(section.events.map(optionKey)).size !== section.events.length) return 'two events are the same';
  return undefined;
}

interface KeyedItem {
  /** The answer, when the item has one that is a word of the article; else `''`. */
  readonly key: string;
  readonly text: string;
  readonly sentence: number;
}

/**
 * An item on the same sentence as an earlier one gives it away when either shows the other's
 * answer; the later item goes. Kept items are added to `kept`.
 */
function giveaway(item: KeyedItem, kept: KeyedItem[]): string | undefined {
  const shows = mentionedIn(item.text);
  for (const earlier of kept) {
    if (earlier.sentence !== item.sentence) continue;
    if (earlier.key !== '' && shows(earlier.key)) return `it shows «${earlier.key}», the answer of an earlier item`;
    if (item.key !== '' && mentionedIn(earlier.text)(item.key)) return `an earlier item shows its answer «${item.key}»`;
  }
  kept.push(item);
  return undefined;
}
