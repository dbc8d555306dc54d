/**
 * SAMER TSV → Lexicon. Pure: the caller reads the file (src/io/lexicon-load.ts).
 */
import { WaraqaError } from '../errors.js';
import { normalizeKey } from '../text/normalize-key.js';
import { firstGloss } from './first-gloss.js';
import type { Lexicon, LexiconEntry } from './lexicon.js';

const LEMMA_COLUMN = 'lemma#pos';
const GLOSS_COLUMN = 'Gloss';
const LEVEL_COLUMN = 'readability (rounded average)';
const COUNT_COLUMN = 'Occurrences';

/**
 * Parses the SAMER readability lexicon (tab-separated, with its header row).
 * Throws a WaraqaError (`lexicon`) when the header lacks the columns waraqa reads.
 *
 * @example parseLexicon('Occurrences\t…\tlemma#pos\tGloss\t…\treadability (rounded average)\n12\t…\tنَشَر#verb\tpublish;spread\t…\t2')
 *   // entries[0] = {lemma: 'نَشَر', key: 'نشر', pos: 'verb', gloss: 'publish', level: 2, count: 12}
 */
export function parseLexicon(tsv: string): Lexicon {
  const lines = tsv.split('\n');
  const header = (lines[0] ?? '')
    .replace(/^\uFEFF/, '')
    .replace(/\r$/, '')
    .split('\t');
  const lemmaAt = header.indexOf(LEMMA_COLUMN);
  const glossAt = header.indexOf(GLOSS_COLUMN);
  const levelAt = header.indexOf(LEVEL_COLUMN);
  const countAt = header.indexOf(COUNT_COLUMN);
  if (lemmaAt < 0 || glossAt < 0 || levelAt < 0 || countAt < 0) {
    throw new WaraqaError(
      'lexicon',
      `the lexicon file has no "${LEMMA_COLUMN}", "${GLOSS_COLUMN}", "${COUNT_COLUMN}" and "${LEVEL_COLUMN}" columns; expected the SAMER readability lexicon TSV.`,
      'Run `waraqa lexicon download`, or pass the SAMER-Readability-Lexicon.tsv file with --lexicon.',
    );
  }
  const entries: LexiconEntry[] = [];
  const byKey = new Map<string, number[]>();
  let total = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.length === 0) continue;
    const cells = line.replace(/\r$/, '').split('\t');
    const lemmaPos = cells[lemmaAt] ?? '';
    const hash = lemmaPos.lastIndexOf('#');
    if (hash <= 0) continue;
    const lemma = lemmaPos.slice(0, hash);
    const level = Number(cells[levelAt]);
    const count = Number(cells[countAt]);
    const entry: LexiconEntry = {
      lemma,
      key: normalizeKey(lemma),
      pos: lemmaPos.slice(hash + 1),
      gloss: firstGloss(cells[glossAt] ?? ''),
      level: Number.isFinite(level) ? Math.min(5, Math.max(1, Math.round(level))) : 3,
      count: Number.isFinite(count) ? count : 0,
    };
    const index = entries.push(entry) - 1;
    total += entry.count;
    const list = byKey.get(entry.key);
    if (list) list.push(index);
    else byKey.set(entry.key, [index]);
  }
  return { entries, byKey, total };
}
