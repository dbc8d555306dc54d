/**
 * The SAMER readability lexicon as waraqa uses it: one entry per lemma and part of speech, with
 * an English gloss, a corpus count and a level 1–5, indexed by the lemma's normalised key.
 */

/** One lexicon row: `نَشَر#verb` with its gloss, count and level. */
export interface LexiconEntry {
  /** The lemma with its diacritics, e.g. `نَشَر`. */
  readonly lemma: string;
  /** The lemma as a normalised key (see `normalizeKey`), e.g. `نشر`. */
  readonly key: string;
  /** SAMER's part of speech: `noun`, `verb`, `adj`, `noun_num`, `prep` … */
  readonly pos: string;
  /** The first sense in English, `_` read as a space, e.g. `publish`. */
  readonly gloss: string;
  /** Readability level: 1 (easiest) to 5 (hardest). */
  readonly level: number;
  /** Occurrences in SAMER's corpus (about 11 million words). */
  readonly count: number;
}

/** The parsed lexicon: entries in file order (commonest first) and an index by key. */
export interface Lexicon {
  readonly entries: readonly LexiconEntry[];
  /** Normalised lemma key → indices into `entries`, commonest first. */
  readonly byKey: ReadonlyMap<string, readonly number[]>;
  /** Sum of every entry's count: the corpus size keyness divides by. */
  readonly total: number;
}
