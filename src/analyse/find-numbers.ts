/**
 * Numbers a sentence states, in digits (2500 عسكري، 150 هجوماً، 30%) or in words (أربعة مصادر،
 * ستين كيلومترا، ثلاثة آلاف)، with the noun they count and the unit they measure in. Years and
 * times are left to the date finder; a number word with nothing to count is skipped (it is too
 * often part of a phrase such as «أحد الأسباب»).
 */
import { AMBIGUOUS_MONTHS, GREGORIAN_MONTHS, YEAR_WORDS } from '../data/calendar.js';
import { FOLLOWING_NUMBERS, FRACTIONS, LABEL_NOUNS, NUMBER_WORDS, SCALE_WORDS, TEEN_HEADS, TEEN_TAILS } from '../data/number-words.js';
import { PERCENT_SIGNS, PERCENT_WORDS, UNIT_WORDS } from '../data/units.js';
import type { NumberFact, Sentence } from '../types.js';
import { cleanCounted } from './clean-counted.js';
import { parseDigits } from './parse-digits.js';
import type { Word } from './sentence-words.js';
import { Feature } from './word-features.js';

/**
 * Number facts of one sentence. `isDual` (lexicon-backed) recognises duals such as مصدران; it is
 * asked only about words of a dual's shape (Feature.dualShape, the tests dualOf starts with).
 */
export function findNumbers(
  sentence: Sentence,
  words: readonly Word[],
  text: string,
  isDual?: (word: Word) => string | undefined,
): NumberFact[] {
  const out: NumberFact[] = [];
  for (let i = 0; i < words.length; i++) {
    const parsed = ((words[i] as Word).features & Feature.number) === 0 ? undefined : numberAt(words, i);
    if (!parsed) {
      const singular = ((words[i] as Word).features & Feature.dualShape) === 0 ? undefined : isDual?.(words[i] as Word);
      if (singular !== undefined) {
        const w = words[i] as Word;
        out.push({
          kind: 'number',
          value: 2,
          counted: singular,
          sentence: sentence.id,
          span: [w.token.start, w.token.end],
          surface: w.token.text,
        });
      }
      continue;
    }
    const first = words[i] as Word;
    const fact = withCounted(words, i, parsed, sentence, text);
    if (fact) out.push(fact);
    else if (first.token.kind === 'number' && !isYear(words, i, parsed.value)) {
      out.push({
        kind: 'number',
        value: parsed.value,
        sentence: sentence.id,
        span: [first.token.start, (words[parsed.last] as Word).token.end],
        surface: text.slice(first.token.start, (words[parsed.last] as Word).token.end),
      });
    }
    i = parsed.last;
  }
  return out;
}

interface Parsed {
  readonly value: number;
  readonly last: number;
  /** True when written in words (a following noun is then required). */
  readonly words: boolean;
}

/** The number starting at word `i`, if one does. */
function numberAt(words: readonly Word[], i: number): Parsed | undefined {
  const word = words[i] as Word;
  if (word.token.kind === 'number') {
    const value = parseDigits(word.key);
    if (value === undefined) return undefined;
    const scale = scaleOf(words[i + 1]);
    return scale ? { value: value * scale, last: i + 1, words: false } : { value, last: i, words: false };
  }
  if (!word.isWord) return undefined;
  let total = 0;
  let current = 0;
  let last = -1;
  let prev = Number.POSITIVE_INFINITY;
  let k = i;
  while (k < words.length) {
    const w = words[k] as Word;
    if (!w.isWord) break;
    // The first word may carry a preposition or conjunction (بسبع دقائق، وثلاثة); later ones و only.
    const key = k === i ? numberKey(w) : w.key.startsWith('و') ? w.key.slice(1) : w.key;
    if (k > i && !w.key.startsWith('و') && !SCALE_WORDS.has(w.key)) break;
    if (k > i && FRACTIONS.has(NUMBER_WORDS.get(key) ?? 0) && !SCALE_WORDS.has(words[k + 1]?.key ?? '')) break;
    const teen = TEEN_HEADS.get(key);
    const next = words[k + 1];
    if (teen !== undefined && next && TEEN_TAILS.has(next.key)) {
      current += teen + 10;
      last = k + 1;
      k += 2;
      continue;
    }
    const unit = NUMBER_WORDS.get(key);
    if (unit !== undefined && next && TEEN_TAILS.has(next.key) && unit >= 3 && unit <= 9) {
      current += unit + 10;
      last = k + 1;
      k += 2;
      continue;
    }
    if (unit !== undefined) {
      // و joins a ten after a unit (خمسة وعشرون) or a smaller part after a larger one (مئة
      // وخمسون); not two tens (بين ثلاثين وأربعين is a range, not seventy).
      if (k > i && !(prev < 10 ? unit >= 20 && unit < 100 && unit % 10 === 0 : unit < prev)) break;
      current += unit;
      prev = unit;
      last = k;
      k++;
      continue;
    }
    const scale = SCALE_WORDS.get(key);
    if (scale !== undefined && (last >= 0 || key === 'الف' || key === 'مليون' || key === 'مليار')) {
      total += (current || 1) * scale;
      prev = (current || 1) * scale;
      current = 0;
      last = k;
      k++;
      continue;
    }
    break;
  }
  if (last < 0) return undefined;
  return { value: total + current, last, words: true };
}

/** A number word's key without one front clitic (بسبع → سبع), if that makes it a number word. */
function numberKey(word: Word): string {
  if (NUMBER_WORDS.has(word.key) || TEEN_HEADS.has(word.key) || SCALE_WORDS.has(word.key)) return word.key;
  const front = word.fronts.find((f) => f.letters === 1 && (NUMBER_WORDS.has(f.base) || TEEN_HEADS.has(f.base)));
  return front?.base ?? word.key;
}

function scaleOf(word: Word | undefined): number | undefined {
  return word?.isWord ? SCALE_WORDS.get(word.key) : undefined;
}

/** `key` without its first letter when that is one of `letters` (as key.replace(/^[…]/, '')). */
function withoutFirstOf(key: string, letters: string): string {
  const c = key.charCodeAt(0);
  for (let i = 0; i < letters.length; i++) if (letters.charCodeAt(i) === c) return key.slice(1);
  return key;
}

/** A four-digit number after عام/سنة or next to a month is a year, not a count. */
function isYear(words: readonly Word[], i: number, value: number): boolean {
  if (!Number.isInteger(value) || value < 1000 || value > 2200) return false;
  const before = words[i - 1];
  const after = words[i + 1];
  if (before && (YEAR_WORDS.has(withoutFirstOf(before.key, 'وفب')) || YEAR_WORDS.has(before.key))) return true;
  if (before && GREGORIAN_MONTHS.has(before.key)) return true;
  if (after?.key === 'ه' || after?.key === 'م') return true;
  if (before && (before.token.kind === 'punct' || before.key === 'في') && !after?.isWord) return true;
  return value >= 1900 && value <= 2100 && !(after?.isWord && !after.isStop);
}

/** The fact with its counted noun, unit or percent sign; undefined when nothing follows. */
function withCounted(words: readonly Word[], i: number, parsed: Parsed, sentence: Sentence, text: string): NumberFact | undefined {
  const first = words[i] as Word;
  const fact = (last: number, extra: { counted?: string; unit?: string }): NumberFact => {
    const end = (words[last] as Word).token.end;
    const span: [number, number] = [first.token.start, end];
    const surface = text.slice(first.token.start, end);
    const { counted, unit } = extra;
    const value = parsed.value;
    if (counted === undefined) {
      return unit === undefined
        ? { kind: 'number', value, sentence: sentence.id, span, surface }
        : { kind: 'number', value, unit, sentence: sentence.id, span, surface };
    }
    return unit === undefined
      ? { kind: 'number', value, counted, sentence: sentence.id, span, surface }
      : { kind: 'number', value, counted, unit, sentence: sentence.id, span, surface };
  };
  const next = words[parsed.last + 1];
  if (first.token.kind === 'number' && isYear(words, i, parsed.value)) return undefined;
  if (next && PERCENT_SIGNS.has(next.token.text)) return fact(parsed.last + 1, { unit: '%' });
  if (next && PERCENT_WORDS.has(next.key)) return fact(parsed.last + 1, { unit: '%' });
  const after = words[parsed.last + 2];
  if (next?.key === 'في' && after && PERCENT_WORDS.has(after.key)) return fact(parsed.last + 2, { unit: '%' });
  if (parsed.words && FOLLOWING_NUMBERS.has(parsed.value) && parsed.last === i) {
    const before = words[i - 1];
    if (!before?.isWord || before.isStop || before.key.startsWith('ال') || NUMBER_WORDS.has(before.key) || LABEL_NOUNS.has(before.key))
      return undefined;
    return {
      kind: 'number',
      value: parsed.value,
      counted: cleanCounted(before.token.text),
      sentence: sentence.id,
      span: [before.token.start, first.token.end],
      surface: text.slice(before.token.start, first.token.end),
    };
  }
  if (!next?.isWord || next.isStop || next.key.startsWith('ال') || next.key.startsWith('و')) return undefined;
  if (parsed.words && FRACTIONS.has(parsed.value)) return undefined;
  if (GREGORIAN_MONTHS.has(next.key) && !AMBIGUOUS_MONTHS.has(next.key)) return undefined;
  if (parsed.words && first.key.startsWith('ال')) return undefined;
  const unit = UNIT_WORDS.get(next.key);
  const counted = unit ?? cleanCounted(next.token.text);
  return fact(parsed.last + 1, unit ? { counted: unit, unit } : { counted });
}
