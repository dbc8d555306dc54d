/**
 * The kind of thing an option names — a number, a year, a weekday, a month, a person, a place, an
 * organisation, or a plain word — so the checker can refuse an item whose options are of mixed
 * kinds (a place among persons is a giveaway).
 */
import { CAPITALS, COUNTRIES, MONTHS, NUMBER_WORD_SETS, ORGANISATIONS, WEEKDAYS } from '../data/distractor-lists.js';
import { normalizeKey } from '../text/normalize-key.js';
import type { Analysis } from '../types.js';
import { optionKey } from './option-key.js';
import { perAnalysis } from './per-analysis.js';

export type OptionClass = string;

/**
 * Classifies `text` using the analysis's names and the built-in lists; built once per analysis,
 * and each text classified once (every draw's check asks about the same options).
 */
export const optionClassifier: (analysis: Analysis) => (text: string) => OptionClass = perAnalysis(buildClassifier);

function buildClassifier(analysis: Analysis): (text: string) => OptionClass {
  const named = new Map<string, string>();
  for (const n of analysis.names) named.set(optionKey(n.name), n.type);
  for (const f of analysis.facts) if (f.kind === 'entity') named.set(optionKey(f.name), f.type);
  for (const c of [...COUNTRIES, ...CAPITALS]) if (!named.has(optionKey(c))) named.set(optionKey(c), 'place');
  for (const o of ORGANISATIONS) if (!named.has(optionKey(o))) named.set(optionKey(o), 'organisation');
  const classify = (text: string): OptionClass => {
    const k = optionKey(text);
    const digits = normalizeKey(text).replace(/[\s,.٬٫%]/g, '');
    if (/^\d+$/.test(digits)) return /^(1[89]|20)\d\d$/.test(digits) ? 'year' : 'number';
    const set = NUMBER_WORD_SET_INDEX.get(k);
    if (set !== undefined) return `numberWord${set}`;
    if (k.split(' ').some((w) => WEEKDAY_KEYS.has(w.replace(/^ال/, '')))) return 'weekday';
    if (MONTH_KEYS.has(k.replace(/ \(.*$/, '')) || MONTH_LIST.some((m) => k.startsWith(`${m} `))) return 'month';
    return named.get(k) ?? 'word';
  };
  const known = new Map<string, OptionClass>();
  return (text) => {
    let kind = known.get(text);
    if (kind === undefined) {
      kind = classify(text);
      known.set(text, kind);
    }
    return kind;
  };
}

const WEEKDAY_KEYS = new Set(WEEKDAYS.map((d) => normalizeKey(d).replace(/^ال/, '')));
const MONTH_KEYS = new Set(MONTHS.flat().map((m) => optionKey(m)));
const MONTH_LIST = [...MONTH_KEYS];

/** Each number word's key → the index of the first set that holds it. */
const NUMBER_WORD_SET_INDEX: ReadonlyMap<string, number> = (() => {
  const out = new Map<string, number>();
  NUMBER_WORD_SETS.forEach((set, i) => {
    for (const w of set) {
      const k = normalizeKey(w);
      if (!out.has(k)) out.set(k, i);
    }
  });
  return out;
})();
