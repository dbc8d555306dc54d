/**
 * Cloze: an excerpt of the article from its start, with one gap in each chosen sentence (never the
 * first), gaps only on teachable content words, and at levels 1–2 a word bank holding the answers
 * plus two or three words of the same shapes that belong to none of the gaps.
 */
import { type Rng, sample, shuffle } from '../rng.js';
import { normalizeKey } from '../text/normalize-key.js';
import type { Analysis, ClozeGap, ClozePart, ClozeSection, Level } from '../types.js';
import { type ContentWord, contentWords } from './content-words.js';
import { clozeInstruction, hasWordBank } from './instructions.js';
import { optionKey } from './option-key.js';
import { perAnalysis } from './per-analysis.js';
import { phraseShape, sameShape } from './phrase-shape.js';
import { pickDistractors } from './pick-distractors.js';
import { type Neighbours, wordNeighbours } from './word-neighbours.js';
import { type WordRoles, wordRoles } from './word-roles.js';

export function makeCloze(analysis: Analysis, count: number, level: Level, rng: Rng): ClozeSection | undefined {
  const words = contentWords(analysis, 60);
  const roles = wordRoles(analysis);
  const bySentence = gapWords(analysis);
  // The shortest excerpt that holds the gaps; the whole article when words turn out confusable.
  let last = excerptEnd(analysis, bySentence, count);
  let chosen = chooseGaps(bySentence, last, count, roles, rng);
  const end = analysis.text.sentences.at(-1)?.id ?? last;
  if (chosen.length < count && last < end) {
    last = end;
    chosen = chooseGaps(bySentence, last, count, roles, rng);
  }
  if (chosen.length === 0) return undefined;
  chosen.sort((a, b) => a.token.start - b.token.start);
  const gaps: ClozeGap[] = chosen.map((w, i) => ({
    number: i + 1,
    answer: w.token.text,
    accepts: [...new Set([w.token.text, normalizeKey(w.token.text)])],
    sentence: w.sentence.id,
  }));
  const withBank = hasWordBank(level);
  const bank = withBank ? makeBank(chosen, words, last, level, rng, roles) : [];
  return {
    kind: 'cloze',
    // The bank may have found no word to add: then the instruction may not promise extra words.
    instruction: clozeInstruction(withBank, bank.length > gaps.length),
    paragraphs: passageParts(analysis, chosen, last),
    gaps,
    bank,
  };
}

/**
 * The words that may be gaps, by sentence (not the first; plain; not answered elsewhere), worked
 * out once per analysis. Read only.
 */
const gapWords: (analysis: Analysis) => ReadonlyMap<number, readonly ContentWord[]> = perAnalysis((analysis) => {
  const words = contentWords(analysis, 60);
  const firstSentence = analysis.text.sentences[0]?.id ?? 0;
  const bySentence = new Map<number, ContentWord[]>();
  const roles = wordRoles(analysis);
  for (const w of words) {
    if (w.sentence.id === firstSentence || !plain(w) || revealed(w, roles)) continue;
    const list = bySentence.get(w.sentence.id);
    if (list) list.push(w);
    else bySentence.set(w.sentence.id, [w]);
  }
  return bySentence;
});

/** One gap in each of up to `count` sentences up to `last`, no two answers that could swap gaps. */
function chooseGaps(
  bySentence: ReadonlyMap<number, readonly ContentWord[]>,
  last: number,
  count: number,
  roles: WordRoles,
  rng: Rng,
): ContentWord[] {
  const sentences = [...bySentence.keys()].filter((id) => id <= last);
  const chosen: ContentWord[] = [];
  const answers = new Set<string>();
  for (const id of sample(sentences, sentences.length, rng)) {
    if (chosen.length >= count) break;
    const options = (bySentence.get(id) ?? []).filter((w) => !answers.has(w.entry.key) && chosen.every((c) => !confusable(c, w, roles)));
    const best = options.sort((a, b) => a.rank - b.rank).slice(0, 3);
    const pick = best[rng.int(best.length)];
    if (!pick) continue;
    chosen.push(pick);
    answers.add(pick.entry.key);
  }
  return chosen;
}

/** Words as a bank shows them: no glued و/ف/ب/ل and no pronoun, which would mark the one gap they fit. */
function plain(w: ContentWord): boolean {
  return w.token.prefixes.every((p) => p === 'ال') && !w.token.suffixes.some((s) => PRONOUNS.has(s));
}

const PRONOUNS = new Set(['ه', 'ها', 'هما', 'هم', 'هن', 'ك', 'كما', 'كم', 'كن', 'ني', 'نا', 'و']);

/** The words before and after a word in its sentence. */
function neighbours(w: ContentWord): Neighbours {
  return wordNeighbours(w.sentence, w.token);
}

/** A gap the article answers elsewhere: «تصعيد غير ___» when «تصعيد غير مسؤول» comes again. */
function revealed(w: ContentWord, roles: WordRoles): boolean {
  const { before, after } = neighbours(w);
  return (before !== undefined && roles.count(before, w.token.text) > 1) || (after !== undefined && roles.count(w.token.text, after) > 1);
}

/** Two answers that could swap gaps: one stands next to the other's neighbours somewhere in the article. */
function confusable(a: ContentWord, b: ContentWord, roles: WordRoles): boolean {
  const fits = (gap: ContentWord, word: ContentWord) => {
    const { before, after } = neighbours(gap);
    return (
      (before !== undefined && roles.adjacent(before, word.token.text)) || (after !== undefined && roles.adjacent(word.token.text, after))
    );
  };
  return fits(a, b) || fits(b, a);
}

/**
 * The last sentence of the shortest excerpt from the start with a third more gap sentences than
 * asked (room to choose); whole paragraphs, unless a paragraph is very long.
 */
function excerptEnd(analysis: Analysis, bySentence: ReadonlyMap<number, readonly ContentWord[]>, count: number): number {
  const sentences = analysis.text.sentences;
  let seen = 0;
  for (const sentence of sentences) {
    if (bySentence.has(sentence.id)) seen++;
    if (seen < count + Math.ceil(count / 3)) continue;
    const paragraphEnd = [...sentences].reverse().find((s) => s.paragraph === sentence.paragraph) ?? sentence;
    return paragraphEnd.id - sentence.id <= 6 ? paragraphEnd.id : sentence.id;
  }
  return (sentences.at(-1)?.id ?? 0) as number;
}

/** The excerpt's paragraphs, the last one cut after sentence `last`, with the gaps in place. */
function passageParts(analysis: Analysis, chosen: readonly ContentWord[], last: number): ClozePart[][] {
  const text = analysis.text.text;
  const end = analysis.text.sentences[last]?.end ?? text.length;
  return analysis.text.paragraphs
    .filter((p) => p.start < end)
    .map((p) => {
      const stop = Math.min(p.end, end);
      const parts: ClozePart[] = [];
      let at = p.start;
      chosen.forEach((w, i) => {
        if (w.token.start < p.start || w.token.end > stop) return;
        parts.push({ kind: 'text', text: text.slice(at, w.token.start) }, { kind: 'gap', number: i + 1 });
        at = w.token.end;
      });
      parts.push({ kind: 'text', text: text.slice(at, stop) });
      return parts.filter((part) => part.kind === 'gap' || part.text !== '');
    });
}

/** Answers plus two (level 1) or three distractors shaped like answers, from outside the excerpt. */
function makeBank(
  chosen: readonly ContentWord[],
  words: readonly ContentWord[],
  last: number,
  level: Level,
  rng: Rng,
  roles: WordRoles,
): string[] {
  const answers = chosen.map((w) => w.token.text);
  const used = new Set(chosen.map((c) => c.entry.key));
  const gapped = new Set(chosen.map((c) => c.sentence.id));
  // Words from after the excerpt; for a short article, words of the excerpt's sentences without a gap.
  const after = words.filter((w) => w.sentence.id > last && !used.has(w.entry.key));
  const outside = after.length > 0 ? after : words.filter((w) => !gapped.has(w.sentence.id) && !used.has(w.entry.key));
  // Plain words that could not swap with an answer; each model then takes those of its shape.
  const fitting = outside.filter((w) => plain(w) && chosen.every((c) => !confusable(c, w, roles)));
  const extra: string[] = [];
  for (const model of shuffle(chosen, rng)) {
    if (extra.length >= (level === 1 ? 2 : 3)) break;
    const shape = phraseShape(model.token.text);
    const shaped = fitting.filter((w) => sameShape(phraseShape(w.token.text), shape)).map((w) => w.token.text);
    const [pick] = pickDistractors(model.token.text, [shaped], 1, rng, {
      level,
      forbidden: (c) => [...answers, ...extra].some((a) => optionKey(a) === optionKey(c)),
    });
    if (pick) extra.push(pick);
  }
  return shuffle([...answers, ...extra], rng);
}
