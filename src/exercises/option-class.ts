/**
 * The kind of thing an option names — a number, a year, a weekday, a month, a person, a place, an
 * organisation, or a plain word — so the checker can refuse an item whose options are of mixed
 * kinds (a place among persons is a giveaway).
 */
import { CAPITALS, COUNTRIES, MONTHS, NUMBER_WORD_SETS, ORGANISATIONS, WEEKDAYS } from '../data/distractor-lists.js';
import { normalizeKey } from '../text/normalize-key.js';
import type { Analysis } from '../types.js';
import { optionKey } from './option-key.js';

export type OptionClass = string;

/** Classifies `text` using the analysis's names and the built-in lists. */
export function optionClassifier(analysis: Analysis): (text: string) => OptionClass {
  const named = new Map<string, string>();
  for (const n of analysis.names) named.set(optionKey(n.name), n.type);
  for (const f of analysis.facts) if (f.kind === 'entity') named.set(optionKey(f.name), f.type);
  for (const c of [...COUNTRIES, ...CAPITALS]) if (!named.has(optionKey(c))) named.set(optionKey(c), 'place');
  for (const o of ORGANISATIONS) if (!named.has(optionKey(o))) named.set(optionKey(o), 'organisation');
  const weekdays = new Set(WEEKDAYS.map((d) => normalizeKey(d).replace(/^ال/, '')));
  const months = new Set(MONTHS.flat().map((m) => optionKey(m)));
  return (text) => {
    const k = optionKey(text);
    const digits = normalizeKey(text).replace(/[\s,.٬٫%]/g, '');
    if (/^\d+$/.test(digits)) return /^(1[89]|20)\d\d$/.test(digits) ? 'year' : 'number';
    const set = NUMBER_WORD_SETS.findIndex((s) => s.some((w) => normalizeKey(w) === k));
    if (set >= 0) return `numberWord${set}`;
    if (k.split(' ').some((w) => weekdays.has(w.replace(/^ال/, '')))) return 'weekday';
    if (months.has(k.replace(/ \(.*$/, '')) || [...months].some((m) => k.startsWith(`${m} `))) return 'month';
    return named.get(k) ?? 'word';
  };
}
