/**
 * Where the SAMER readability lexicon comes from (CAMeL Lab, MIT licence; DESIGN.md), pinned to
 * one commit, and the SHA-256 of that file (from ../shared/data/samer/SHA256SUMS), so that a
 * download is checked against what waraqa was built and tested with.
 */
export const LEXICON_URL =
  'https://raw.githubusercontent.com/CAMeL-Lab/samer-arabic-readability/6df6a851f0a5b1d8da7c806e9e63a2a3dfa60dad/data/lexicon/SAMER-Readability-Lexicon.tsv';

export const LEXICON_SHA256 = '0b0a502a37dffaa4a216e2ce1b4a2b0222c0057774f68a1eb810ab7fe52742fe';

/** The file's name in the cache folder. */
export const LEXICON_FILE = 'SAMER-Readability-Lexicon.tsv';
