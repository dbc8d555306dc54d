/**
 * The data every template receives (documented in README.md, "Templates"): the worksheet already
 * turned into printable strings — numbers in the sheet's digit style, options lettered, the
 * answer key resolved per item — so templates only lay things out and never compute.
 */
import type { Digits, InstructionLanguage, Paper } from '../options.js';
import type { SectionKind, Worksheet } from '../types.js';
import type { Labels } from './labels.js';

/** A run of text or a numbered blank, for cloze paragraphs and vocabulary-in-context stems. */
export type PartView = { readonly text: string; readonly gap?: undefined } | { readonly gap: string; readonly text?: undefined };

export interface NumberedText {
  /** The number in the sheet's digit style, without the dash: `١`. */
  readonly number: string;
  readonly text: string;
}

export interface OptionView {
  /** أ ب ج د … */
  readonly label: string;
  readonly text: string;
  /** Latin script only (an English gloss): templates mark it `dir="ltr" lang="en"`. */
  readonly ltr: boolean;
}

export interface ChoiceItemView {
  readonly number: string;
  readonly stem: readonly PartView[];
  readonly options: readonly OptionView[];
}

export interface VocabularyRowView {
  readonly number: string;
  readonly word: string;
  /** Other forms met in the article, joined with «، »; empty when only one. */
  readonly forms: string;
  /** `forms` for a table cell: «—» when there are none. */
  readonly formsCell: string;
  readonly gloss: string;
  readonly level: string;
}

export interface MatchingRowView {
  readonly left?: NumberedText;
  readonly right?: OptionView;
}

interface SectionViewBase {
  /** The Handlebars partial that draws this section, e.g. `section-cloze`. */
  readonly partial: string;
  /** أولًا، ثانيًا … */
  readonly ordinal: string;
  readonly title: { readonly ar: string; readonly en: string };
  /** Present per `--instructions`: `ar`, `en` or both. */
  readonly instruction: { readonly ar?: string; readonly en?: string };
}

export interface VocabularySectionView extends SectionViewBase {
  readonly kind: 'vocabulary';
  readonly rows: readonly VocabularyRowView[];
  readonly hasGloss: boolean;
  readonly hasLevel: boolean;
}

export interface ClozeSectionView extends SectionViewBase {
  readonly kind: 'cloze';
  readonly paragraphs: readonly (readonly PartView[])[];
  readonly bank: readonly string[];
}

export interface ChoiceSectionView extends SectionViewBase {
  readonly kind: 'multipleChoice' | 'vocabularyInContext';
  readonly items: readonly ChoiceItemView[];
}

export interface TrueFalseSectionView extends SectionViewBase {
  readonly kind: 'trueFalse';
  readonly items: readonly NumberedText[];
}

export interface MatchingSectionView extends SectionViewBase {
  readonly kind: 'matching';
  readonly left: readonly NumberedText[];
  readonly right: readonly OptionView[];
  /** Left and right side by side, padded when the right column has an extra distractor. */
  readonly rows: readonly MatchingRowView[];
}

export interface OrderingSectionView extends SectionViewBase {
  readonly kind: 'ordering';
  /** Events lettered أ ب ج; the pupil writes its rank in the box. */
  readonly events: readonly OptionView[];
}

export type SectionView =
  | VocabularySectionView
  | ClozeSectionView
  | ChoiceSectionView
  | TrueFalseSectionView
  | MatchingSectionView
  | OrderingSectionView;

export interface KeyItemView {
  readonly number: string;
  /** An option letter, a word, صح or خطأ, or an event letter (for the n-th event). */
  readonly answer: string;
  /** For a false statement: what the article says instead. */
  readonly correction?: string;
  /** «الفقرة ٢»; empty when the answer key does not say. */
  readonly proof: string;
}

export interface KeySectionView {
  readonly ordinal: string;
  readonly title: { readonly ar: string; readonly en: string };
  readonly kind: SectionKind;
  /** Column headings: «الرقم / الإجابة», or «الحدث / الترتيب» for ordering. */
  readonly columns: { readonly number: string; readonly answer: string };
  readonly items: readonly KeyItemView[];
}

export interface WorksheetView {
  readonly title: string;
  readonly byline: string;
  readonly level: string;
  readonly version: string;
  readonly seed: string;
  readonly createdFrom: string;
  readonly passage: readonly NumberedText[];
  readonly sections: readonly SectionView[];
  readonly key: readonly KeySectionView[];
  readonly labels: Labels;
  readonly paper: Paper;
  /** CSS `@page` size: `A4` or `letter`. */
  readonly pageSize: string;
  /** CSS counter style for page numbers: `arabic-indic` or `decimal`, after `digits`. */
  readonly counterStyle: string;
  readonly largePrint: boolean;
  readonly digits: Digits;
  readonly instructions: InstructionLanguage;
  readonly showArabic: boolean;
  readonly showEnglish: boolean;
  /** The worksheet as generated, for templates that need more (raw: not escaped for md/txt). */
  readonly worksheet: Worksheet;
}
