/**
 * The surface shape of a word, for keeping options alike: an option with ال among options without
 * it, or a feminine form among masculine ones, gives the answer away.
 *
 * @example phraseShape('والحكومة') // { prefixes: 'و+ال', definite: true, ending: 'ه' }
 */
import { normalizeKey } from '../text/normalize-key.js';
import { memo } from './memo.js';

export interface WordShape {
  /** The proclitics as written before the stem, joined by `+` (`''` when none). */
  readonly prefixes: string;
  readonly definite: boolean;
  /**
   * Feminine / plural / dual / nisba ending of the stem, or `''`; followed by a tanween fatha
   * (U+064B) for the indefinite accusative as written with it: «مشيراً» `'ً'`, «مدينةً» `'هً'`.
   */
  readonly ending: string;
}

const ENDINGS = ['يات', 'ات', 'ون', 'ين', 'ان', 'يه', 'ه', 'ي'];
/** The shape of a phrase that is not a token of the article (a list entry, a name). */
export const phraseShape: (phrase: string) => WordShape = memo(computePhraseShape, 20_000, 64);

function computePhraseShape(phrase: string): WordShape {
  // The first word, and whether there is a second.
  const words = phrase.trim().split(/\s+/, 2);
  const first = normalizeKey(words[0] ?? '');
  const article = first.match(first.length > 4 ? ARTICLE : BARE_ARTICLE);
  const prefixes = article ? article.slice(1).filter(Boolean).join('+') : '';
  // A name of several words agrees through its head, which this cannot see: only one word has an ending.
  const ending = words.length === 1 ? `${endingOf(first)}${ACCUSATIVE.test(words[0] ?? '') ? '\u064B' : ''}` : '';
  return { prefixes, definite: article !== null, ending };
}

/**
 * The indefinite accusative, told by its tanween (اً or ًا, ةً, ءً, ىً): «مشيراً» among «رئيس»,
 * «تصريح» is the one adverbial accusative, an option of another kind. Written without the mark
 * («مشيرا») it cannot be told from a stem's final alif, and is left as it is.
 */
const ACCUSATIVE = /\u064B\u0627?$|\u0627\u064B$/;

/** ال and the clitics before it (لل for ل + ال) opening a key of more than four letters; a shorter one only a bare ال. */
const ARTICLE = /^(و|ف)?(ب|ك|ل)?(ال)|^(و|ف)?(لل)/;
const BARE_ARTICLE = /^()()(ال)/;

/**
 * `phraseShape(word).definite` for a word already a key (a token's `key`): one test, no
 * normalising, splitting or lookup, for the passes that read every token of the article.
 */
export function isDefiniteKey(key: string): boolean {
  return (key.length > 4 ? ARTICLE : BARE_ARTICLE).test(key);
}

/** True when two shapes agree in clitics and definiteness (names and numbers: their ending is their own). */
export function sameName(a: WordShape, b: WordShape): boolean {
  return a.prefixes === b.prefixes && a.definite === b.definite;
}

/** True when two shapes agree in clitics, definiteness and ending. */
export function sameShape(a: WordShape, b: WordShape): boolean {
  return a.prefixes === b.prefixes && a.definite === b.definite && a.ending === b.ending;
}

function endingOf(key: string): string {
  if (key.length < 4) return '';
  return ENDINGS.find((e) => key.endsWith(e) && key.length - e.length >= 2) ?? '';
}
