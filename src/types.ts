/**
 * The data that flows between waraqa's stages, in pipeline order:
 * bytes ─load→ Article ─segment→ Text ─analyse→ Analysis ─generate→ Worksheet ─render→ File[].
 * Everything is read-only; unions are tagged with `kind`.
 */

// ── load ────────────────────────────────────────────────────────────────────────────────────

/** Where an article came from and how its bytes were read. */
export interface Source {
  /** The path as the user gave it, or `-` for standard input. */
  readonly path: string;
  /** The encoding the bytes were decoded with, e.g. `utf-8`, `utf-16le`, `windows-1256`. */
  readonly encoding: string;
  /** `text` for plain text, `html` for a web page. */
  readonly format: 'text' | 'html';
  /** Size of the input in bytes. */
  readonly bytes: number;
}

/** A line or block that cleaning removed, and why (shown by `waraqa clean --explain`). */
export interface Removed {
  readonly text: string;
  /** A short rule id such as `repeated-title`, `timestamp`, `after-read-also`, `latin-only`. */
  readonly reason: string;
}

/** A dateline such as «واشنطن - محمد صالح». */
export interface Byline {
  readonly place?: string;
  readonly author?: string;
}

/** An article as the pipeline sees it: cleaned, normalised, in paragraphs. */
export interface Article {
  readonly title?: string;
  readonly byline?: Byline;
  readonly paragraphs: readonly string[];
  readonly source: Source;
  readonly removed: readonly Removed[];
}

// ── text ────────────────────────────────────────────────────────────────────────────────────

export type TokenKind = 'word' | 'number' | 'punct' | 'latin' | 'symbol' | 'space';

/**
 * A token with its `[start, end)` offsets into `Text.text`. Joining a paragraph's tokens gives
 * the paragraph back exactly.
 */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  /** Normalised matching key (see `normalizeKey`). */
  readonly key: string;
  /** Proclitics stripped from the front, in order, as normalised keys (e.g. `["و", "ال"]`). */
  readonly prefixes: readonly string[];
  /** What the vocabulary groups by: the normalised key without clitics and grouping endings. */
  readonly stem: string;
  /** Enclitics and grouping endings stripped from the end, as normalised keys. */
  readonly suffixes: readonly string[];
  readonly isStopWord: boolean;
}

export interface Sentence {
  /** 0-based, in document order. */
  readonly id: number;
  /** 0-based paragraph index. */
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly tokens: readonly Token[];
}

export interface Paragraph {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The segmented article. `text` is the paragraphs joined by PARAGRAPH_SEPARATOR. */
export interface Text {
  readonly article: Article;
  readonly text: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
}

// ── analyse ─────────────────────────────────────────────────────────────────────────────────

export interface VocabEntry {
  /** The stem key the entry groups by. */
  readonly key: string;
  /** The commonest form without clitics, with the writer's diacritics. */
  readonly display: string;
  /** Every surface form seen, in order of first appearance. */
  readonly forms: readonly string[];
  readonly count: number;
  /** Id of the first sentence the word occurs in. */
  readonly firstSentence: number;
  /** Offsets of the word inside that sentence's text, for marking it. */
  readonly firstSpan: readonly [number, number];
  /** Keyness: higher is more worth teaching. */
  readonly score: number;
  readonly lemma?: string;
  readonly gloss?: string;
  readonly level?: number;
  readonly pos?: string;
}

export type EntityType = 'person' | 'place' | 'organisation';

/** A name found in the article, with every sentence that mentions it. */
export interface NameEntry {
  readonly name: string;
  readonly type: EntityType;
  readonly role?: string;
  readonly count: number;
  readonly sentences: readonly number[];
}

interface FactBase {
  /** Id of the sentence that states the fact. */
  readonly sentence: number;
  /** `[start, end)` of the fact's surface in `Text.text`. */
  readonly span: readonly [number, number];
  /** The words as written in the article. */
  readonly surface: string;
}

export interface NumberFact extends FactBase {
  readonly kind: 'number';
  readonly value: number;
  /** The counted noun, e.g. `مصادر`; absent when the article counts nothing. */
  readonly counted?: string;
  /** `%`, `كيلومتر`, … when the number is a measure. */
  readonly unit?: string;
}

export type DateType = 'weekday' | 'day' | 'month' | 'year' | 'hijri' | 'time' | 'date';

export interface DateFact extends FactBase {
  readonly kind: 'date';
  readonly type: DateType;
  /** A year, a month number or a weekday number where one is known. */
  readonly value?: number;
}

export interface EntityFact extends FactBase {
  readonly kind: 'entity';
  readonly type: EntityType;
  readonly name: string;
  readonly role?: string;
}

export interface QuoteFact extends FactBase {
  readonly kind: 'quote';
  /** The named speaker (a person, or an institution such as «بغداد»), resolved across sentences. */
  readonly speaker?: string;
  /** How the sentence itself names the speaker when it differs (e.g. `المتحدث`). */
  readonly speakerMention?: string;
  readonly text: string;
  /** The reporting verb as written (قال، أكد، حذر …). */
  readonly verb: string;
}

export type Fact = NumberFact | DateFact | EntityFact | QuoteFact;

/** What the article teaches (vocabulary) and what it says (names, facts). */
export interface Analysis {
  readonly text: Text;
  readonly vocabulary: readonly VocabEntry[];
  readonly names: readonly NameEntry[];
  readonly facts: readonly Fact[];
  /** Estimated difficulty of the passage, 1 (easy) to 3 (hard). */
  readonly level: Level;
}

// ── exercises ───────────────────────────────────────────────────────────────────────────────

export type Level = 1 | 2 | 3;

/** An instruction in both languages; renderers pick by `--instructions`. */
export interface Instruction {
  readonly ar: string;
  readonly en: string;
}

/** A run of passage text, or a numbered gap. */
export type ClozePart = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'gap'; readonly number: number };

export interface ClozeGap {
  readonly number: number;
  /** The answer as written in the article (without its proclitics, which stay in the text). */
  readonly answer: string;
  /** Every spelling accepted: the answer without diacritics and hamza differences. */
  readonly accepts: readonly string[];
  readonly sentence: number;
}

export interface ClozeSection {
  readonly kind: 'cloze';
  readonly instruction: Instruction;
  /** One entry per paragraph of the cloze passage. */
  readonly paragraphs: readonly (readonly ClozePart[])[];
  readonly gaps: readonly ClozeGap[];
  /** Answers plus distractors, shuffled; empty when the level asks for no word bank. */
  readonly bank: readonly string[];
}

/** What a multiple-choice item asks about. */
export type QuestionTopic = 'speaker' | 'number' | 'date' | 'place' | 'organisation' | 'person' | 'vocabulary';

export interface ChoiceItem {
  readonly number: number;
  readonly topic: QuestionTopic;
  /** The question, or for vocabulary in context the sentence with `____` for the gap. */
  readonly stem: string;
  readonly options: readonly string[];
  /** Index of the right option. */
  readonly answer: number;
  readonly sentence: number;
}

export interface ChoiceSection {
  readonly kind: 'multipleChoice' | 'vocabularyInContext';
  readonly instruction: Instruction;
  readonly items: readonly ChoiceItem[];
}

export interface TrueFalseItem {
  readonly number: number;
  readonly statement: string;
  readonly answer: boolean;
  /** For a false statement, what was swapped: `{from, to}` as written. */
  readonly swap?: { readonly from: string; readonly to: string };
  readonly sentence: number;
}

export interface TrueFalseSection {
  readonly kind: 'trueFalse';
  readonly instruction: Instruction;
  readonly items: readonly TrueFalseItem[];
}

export interface MatchingSection {
  readonly kind: 'matching';
  readonly topic: 'quoteSpeaker' | 'wordGloss';
  readonly instruction: Instruction;
  /** Numbered column (quotations or words). */
  readonly left: readonly string[];
  /** Lettered column (speakers or glosses), shuffled; may hold one extra distractor. */
  readonly right: readonly string[];
  /** For each left item, the index of its match in `right`. */
  readonly answer: readonly number[];
  /** For each left item, the sentence that proves the match. */
  readonly sentences: readonly number[];
}

export interface OrderingSection {
  readonly kind: 'ordering';
  readonly instruction: Instruction;
  /** Events, shuffled. */
  readonly events: readonly string[];
  /** `answer[k]` is the index in `events` of the k-th event in the article's order. */
  readonly answer: readonly number[];
  /** For each event (same order as `events`), the sentence it comes from. */
  readonly sentences: readonly number[];
}

export interface VocabularySection {
  readonly kind: 'vocabulary';
  readonly instruction: Instruction;
  readonly entries: readonly VocabEntry[];
}

export type Section = VocabularySection | ClozeSection | ChoiceSection | TrueFalseSection | MatchingSection | OrderingSection;

export type SectionKind = Section['kind'];

/** An item the checker refused, and why; shown to the teacher, not printed on the sheet. */
export interface Dropped {
  readonly section: SectionKind;
  readonly item: string;
  readonly reason: string;
}

/** One line of the answer key. */
export interface KeyEntry {
  /** Index of the section in `Worksheet.sections`. */
  readonly section: number;
  readonly number: number;
  /** The answer as it should be printed: an option letter, صح/خطأ, a word, an order. */
  readonly answer: string;
  /** 1-based paragraph that proves it. */
  readonly paragraph: number;
  /** 1-based sentence that proves it. */
  readonly sentence: number;
}

export interface WorksheetMeta {
  readonly title: string;
  readonly level: Level;
  readonly seed: string;
  /** Version letter: A, B, C … */
  readonly version: string;
  readonly createdFrom: string;
  readonly generator: string;
}

export interface Worksheet {
  readonly meta: WorksheetMeta;
  readonly byline?: Byline;
  readonly passage: readonly Paragraph[];
  readonly vocabulary: readonly VocabEntry[];
  readonly sections: readonly Section[];
  readonly answerKey: readonly KeyEntry[];
  /** Notes printed with the answer key, e.g. that spelling without diacritics is accepted. */
  readonly keyNotes?: readonly Instruction[];
  readonly dropped: readonly Dropped[];
  /** What the article could not support, e.g. "no quotations: matching skipped". */
  readonly notes: readonly string[];
}

/** A rendered file, relative to the article's output folder. */
export interface OutputFile {
  readonly name: string;
  readonly contents: string | Uint8Array;
}
