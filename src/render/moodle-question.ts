/**
 * The questions a Worksheet becomes in Moodle, in a form both exports (GIFT and Moodle XML) write.
 * All text is plain and on one line (see `flattenText`): each writer escapes it for its format.
 */

/** A question's text as paragraphs, each written as `<p dir="rtl">`. */
export type MoodleLines = readonly string[];

/** A page of text with no answer: the reading passage. */
export interface MoodleDescription {
  readonly kind: 'description';
  readonly name: string;
  readonly text: MoodleLines;
}

/** One right option among several (multiple choice, vocabulary in context). */
export interface MoodleChoice {
  readonly kind: 'multichoice';
  readonly name: string;
  readonly text: MoodleLines;
  readonly options: readonly string[];
  /** Index of the right option. */
  readonly answer: number;
  readonly feedback: MoodleLines;
}

export interface MoodleTrueFalse {
  readonly kind: 'truefalse';
  readonly name: string;
  readonly text: MoodleLines;
  readonly answer: boolean;
  readonly feedback: MoodleLines;
}

/** Left items each matched to a right item (quotations ↔ speakers, events ↔ positions). */
export interface MoodleMatching {
  readonly kind: 'matching';
  readonly name: string;
  readonly text: MoodleLines;
  readonly pairs: readonly { readonly left: string; readonly right: string }[];
  /** Right items that match nothing. */
  readonly distractors: readonly string[];
  readonly feedback: MoodleLines;
}

export type MoodleClozePart = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'gap'; readonly number: number };

export interface MoodleGap {
  readonly number: number;
  /** The name of the gap as a question of its own (GIFT has one question per gap). */
  readonly name: string;
  /** Every spelling accepted, the article's own first. */
  readonly answers: readonly string[];
  /** The word bank to choose from (holds the answer), or empty for a typed answer. */
  readonly choices: readonly string[];
  readonly proof: string;
}

/** A passage with numbered gaps. Text parts keep their inner spaces; paragraphs are trimmed. */
export interface MoodleCloze {
  readonly kind: 'cloze';
  readonly name: string;
  /** Shown above the passage (the instruction). */
  readonly text: MoodleLines;
  readonly paragraphs: readonly (readonly MoodleClozePart[])[];
  readonly gaps: readonly MoodleGap[];
  readonly feedback: MoodleLines;
}

export type MoodleQuestion = MoodleDescription | MoodleChoice | MoodleTrueFalse | MoodleMatching | MoodleCloze;

export interface MoodleQuiz {
  /** Category path, `/`-separated, with a `/` inside a name written `//` (Moodle's rule). */
  readonly category: string;
  /** One line saying what the file is: title and version. */
  readonly heading: string;
  readonly questions: readonly MoodleQuestion[];
  /** What could not be exported and why, written as comments. */
  readonly skipped: readonly string[];
}
