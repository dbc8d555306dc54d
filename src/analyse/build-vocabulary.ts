/**
 * The vocabulary list: content words grouped by stem (or by lexicon lemma when the lexicon is
 * there), ranked by keyness. Names, nationality adjectives, numbers, dates and function words are
 * left out: names have their own list, and the rest is not vocabulary to teach.
 */
import { DAY_PARTS, GREGORIAN_MONTHS, WEEKDAYS } from '../data/calendar.js';
import { NUMBER_WORDS, SCALE_WORDS } from '../data/number-words.js';
import type { Text, Token, VocabEntry } from '../types.js';
import { displayForm } from './display-form.js';
import { isDemonym } from './is-demonym.js';
import { corpusKeyness, priorKeyness } from './keyness.js';
import type { Lexicon, LexiconEntry } from './lexicon.js';
import { type LemmaMatch, matchLemma } from './match-lemma.js';

interface Group {
  stem: string;
  /** Written form → count, in order of first appearance. */
  forms: Map<string, number>;
  count: number;
  firstSentence: number;
  firstSpan: readonly [number, number];
  order: number;
  entry?: LexiconEntry;
}

/** What one written form contributes, decided once per distinct form. */
interface Form {
  /** The group it counts in, or undefined when it is no vocabulary (function word, date …). */
  readonly group: string | undefined;
  readonly display: string;
  readonly entry?: LexiconEntry;
}

/**
 * Vocabulary entries, best first. `inName(offset)` tells whether a token lies in a name.
 *
 * @example buildVocabulary(text, () => false)[0].display // the article's most characteristic word
 */
export function buildVocabulary(text: Text, inName: (offset: number) => boolean, lexicon?: Lexicon): VocabEntry[] {
  const groups = new Map<string, Group>();
  const memo = new Map<string, LemmaMatch | undefined>();
  const forms = new Map<string, Form>();
  let words = 0;
  for (const sentence of text.sentences) {
    for (const token of sentence.tokens) {
      if (token.kind !== 'word') continue;
      words++;
      let form = forms.get(token.text);
      if (form === undefined) {
        form = formOf(token, lexicon, memo);
        forms.set(token.text, form);
      }
      if (form.group === undefined || inName(token.start) || inName(token.end - 1)) continue;
      let group = groups.get(form.group);
      if (!group) {
        group = {
          stem: token.stem,
          forms: new Map(),
          count: 0,
          firstSentence: sentence.id,
          firstSpan: [token.start - sentence.start, token.end - sentence.start],
          order: groups.size,
          ...(form.entry ? { entry: form.entry } : {}),
        };
        groups.set(form.group, group);
      }
      group.count++;
      group.forms.set(token.text, (group.forms.get(token.text) ?? 0) + 1);
    }
  }
  const entries = [...groups.values()].map((g) => toEntry(g, words, lexicon, forms));
  return entries.sort((a, b) => b.entry.score - a.entry.score || a.order - b.order).map((e) => e.entry);
}

/** The group, display and lexicon entry of a written form. */
function formOf(token: Token, lexicon: Lexicon | undefined, memo: Map<string, LemmaMatch | undefined>): Form {
  if (!isCandidate(token) || isDemonym(token.key)) return { group: undefined, display: token.text };
  const match = lexicon ? matchLemma(token.key, lexicon, memo) : undefined;
  if (match && !isContentPos(match.entry.pos)) return { group: undefined, display: token.text };
  const display = displayForm(token, match?.front);
  return match ? { group: `#${match.index}`, display, entry: match.entry } : { group: token.stem, display };
}

function toEntry(
  g: Group,
  words: number,
  lexicon: Lexicon | undefined,
  forms: ReadonlyMap<string, Form>,
): { entry: VocabEntry; order: number } {
  const displays = new Map<string, number>();
  for (const [written, count] of g.forms) {
    const display = forms.get(written)?.display ?? written;
    displays.set(display, (displays.get(display) ?? 0) + count);
  }
  // A word the lexicon lacks falls back on the prior: it is as likely a rare spelling as a rare word.
  const score = lexicon && g.entry ? corpusKeyness(g.count, words, g.entry.count, lexicon.total) : priorKeyness(g.count, words, g.stem);
  const entry: VocabEntry = {
    key: g.stem,
    display: commonest(displays),
    forms: [...g.forms.keys()],
    count: g.count,
    firstSentence: g.firstSentence,
    firstSpan: g.firstSpan,
    score: Math.round(score * 1000) / 1000,
    ...(g.entry ? { lemma: g.entry.lemma, gloss: g.entry.gloss, level: g.entry.level, pos: g.entry.pos } : {}),
  };
  return { entry, order: g.order };
}

/** The most frequent key of a count map; the first seen wins ties. */
function commonest(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [key, count] of counts) {
    if (count > bestCount) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}

/** A content word worth a vocabulary entry. */
function isCandidate(token: Token): boolean {
  if (token.isStopWord || token.stem.length < 3 || token.key.length < 3) return false;
  const base = token.key.replace(/^[وف]/, '');
  return !(
    WEEKDAYS.has(token.key) ||
    WEEKDAYS.has(base) ||
    DAY_PARTS.has(base) ||
    GREGORIAN_MONTHS.has(base) ||
    NUMBER_WORDS.has(base) ||
    SCALE_WORDS.has(base)
  );
}

/** Lexicon parts of speech that a vocabulary list teaches. */
function isContentPos(pos: string): boolean {
  return pos === 'noun' || pos === 'verb' || pos === 'adj' || pos === 'adj_comp' || pos === 'adv';
}
