/**
 * Worksheet → WorksheetView: the printable strings every template draws from. `clean` is applied
 * to each string that comes from the article (Markdown escaping for `.md`; identity for HTML,
 * where Handlebars escapes, and for plain text).
 */
import type { Digits, Options } from '../options.js';
import type { Section, VocabularySection, Worksheet } from '../types.js';
import { keySection } from './build-key.js';
import { formatDigits, formatNumber, percentAfterBlank } from './format-digits.js';
import { LABELS, ORDINALS, SECTION_TITLES } from './labels.js';
import { optionLetter } from './option-letter.js';
import type { OptionView, PartView, SectionView, WorksheetView } from './worksheet-view.js';

/** Turns a string from the article into printable text for one format. */
export type Clean = (text: string) => string;

/** A blank in a vocabulary-in-context stem: three or more underscores or tatweels. */
const STEM_GAP = /_{3,}|ـ{3,}|…{2,}|\.{4,}/;

const PARTIALS: Readonly<Record<Section['kind'], string>> = {
  vocabulary: 'section-vocabulary',
  cloze: 'section-cloze',
  multipleChoice: 'section-multiple-choice',
  vocabularyInContext: 'section-vocabulary-in-context',
  trueFalse: 'section-true-false',
  matching: 'section-matching',
  ordering: 'section-ordering',
};

/** Latin letters and no Arabic ones: an English gloss, printed left to right. */
const LATIN_ONLY =
  /^[^\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]*[A-Za-z][^\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]*$/;

/** An option, matching answer or event: its letter, its text, and whether it reads left to right. */
function optionView(i: number, raw: string, digits: Digits, text: Clean): OptionView {
  return { label: optionLetter(i, digits), text: text(raw), ltr: LATIN_ONLY.test(raw) };
}

/** Builds the view a template renders; pure. */
export function buildView(worksheet: Worksheet, options: Options, clean: Clean): WorksheetView {
  const d = options.digits;
  const text = (s: string) => clean(formatDigits(s, d));
  const num = (n: number) => formatNumber(n, d);
  const sections = worksheet.sections.map((section, index) => sectionView(section, index, options, text, num));
  const key = worksheet.sections.map((section, index) => keySection(section, index, worksheet.answerKey, text, num, d));
  const byline = [worksheet.byline?.place, worksheet.byline?.author].filter((s): s is string => Boolean(s)).join(' - ');
  return {
    title: text(worksheet.meta.title),
    byline: text(byline),
    level: num(worksheet.meta.level),
    version: clean(versionLabel(worksheet.meta.version)),
    seed: clean(worksheet.meta.seed),
    createdFrom: clean(worksheet.meta.createdFrom),
    passage: worksheet.passage.map((p, i) => ({ number: num(i + 1), text: text(p.text) })),
    sections,
    key: key.filter((k) => k.items.length > 0),
    labels: LABELS,
    paper: options.paper,
    pageSize: options.paper === 'letter' ? 'letter' : 'A4',
    counterStyle: d === 'arabic' ? 'arabic-indic' : 'decimal',
    largePrint: options.largePrint,
    digits: d,
    instructions: options.instructions,
    showArabic: options.instructions !== 'en',
    showEnglish: options.instructions !== 'ar',
    worksheet,
  };
}

/** One section's printable form; `text` formats digits and escapes for the format. */
function sectionView(section: Section, index: number, options: Options, text: Clean, num: (n: number) => string): SectionView {
  const base = {
    partial: PARTIALS[section.kind],
    ordinal: ORDINALS[index] ?? num(index + 1),
    title: SECTION_TITLES[section.kind],
    instruction: {
      ...(options.instructions === 'en' ? {} : { ar: text(section.instruction.ar) }),
      ...(options.instructions === 'ar' ? {} : { en: text(section.instruction.en) }),
    },
  };
  switch (section.kind) {
    case 'vocabulary':
      return { ...base, kind: section.kind, ...vocabularyRows(section, text, num) };
    case 'cloze':
      return {
        ...base,
        kind: section.kind,
        paragraphs: section.paragraphs.map((parts) =>
          parts.map((p): PartView => (p.kind === 'gap' ? { gap: num(p.number) } : { text: text(p.text) })),
        ),
        bank: section.bank.map(text),
      };
    case 'multipleChoice':
    case 'vocabularyInContext':
      return {
        ...base,
        kind: section.kind,
        items: section.items.map((item) => ({
          number: num(item.number),
          stem: stemParts(item.stem, text, options.digits),
          options: item.options.map((o, i) => optionView(i, o, options.digits, text)),
        })),
      };
    case 'trueFalse':
      return {
        ...base,
        kind: section.kind,
        items: section.items.map((item) => ({ number: num(item.number), text: text(item.statement) })),
      };
    case 'matching': {
      const left = section.left.map((s, i) => ({ number: num(i + 1), text: text(s) }));
      const right = section.right.map((s, i) => optionView(i, s, options.digits, text));
      const rows = Array.from({ length: Math.max(left.length, right.length) }, (_, i) => ({
        ...(left[i] ? { left: left[i] } : {}),
        ...(right[i] ? { right: right[i] } : {}),
      }));
      return { ...base, kind: section.kind, left, right, rows };
    }
    case 'ordering':
      return {
        ...base,
        kind: section.kind,
        events: section.events.map((e, i) => optionView(i, e, options.digits, text)),
      };
  }
}

/** Vocabulary rows: the word (lemma when the lexicon gave one), its other forms, gloss and level. */
function vocabularyRows(section: VocabularySection, text: Clean, num: (n: number) => string) {
  const rows = section.entries.map((e, i) => {
    const forms = e.forms
      .filter((f) => f !== (e.lemma ?? e.display))
      .map(text)
      .join('، ');
    return {
      number: num(i + 1),
      word: text(e.lemma ?? e.display),
      forms,
      // A table cell left empty reads as missing data: under «صيغ أخرى في النص» a dash says the word
      // has no other form in the text (it stands there as listed).
      formsCell: forms === '' ? '—' : forms,
      gloss: e.gloss === undefined ? '' : text(e.gloss),
      level: e.level === undefined ? '' : num(e.level),
    };
  });
  return { rows, hasGloss: rows.some((r) => r.gloss !== ''), hasLevel: rows.some((r) => r.level !== '') };
}

/** Splits a stem at its blank (`____`) so templates can draw one fixed-width gap. */
function stemParts(stem: string, text: Clean, digits: Digits): PartView[] {
  const match = STEM_GAP.exec(stem);
  if (!match) return [{ text: text(stem) }];
  const before = stem.slice(0, match.index);
  const after = stem.slice(match.index + match[0].length);
  // A no-break space ties the blank to the word before it, so a line never starts with the blank.
  const tied = before.replace(/ $/, '\u00A0');
  // «بنسبة ____%»: the percent sign goes with the number in the blank, in the sheet's digits.
  const sign = /^[%٪]/.test(after) ? percentAfterBlank(after[0] as string, digits) : '';
  const rest = sign === '' ? text(after) : sign + text(after.slice(1));
  return [...(tied ? [{ text: text(tied) }] : []), { gap: '' }, ...(after ? [{ text: rest }] : [])];
}

/** The version as a class reads it, with the file's Latin letter beside it: «ب (B)». */
function versionLabel(version: string): string {
  const i = version.charCodeAt(0) - 65;
  const arabic = [
    'أ',
    'ب',
    'ج',
    'د',
    'هـ',
    'و',
    'ز',
    'ح',
    'ط',
    'ي',
    'ك',
    'ل',
    'م',
    'ن',
    'س',
    'ع',
    'ف',
    'ص',
    'ق',
    'ر',
    'ش',
    'ت',
    'ث',
    'خ',
    'ذ',
    'ض',
  ][i];
  return arabic && version.length === 1 ? `${arabic} (${version})` : version;
}
