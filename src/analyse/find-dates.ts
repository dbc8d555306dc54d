/**
 * Dates and times a sentence states: weekdays with what places them (اليوم الأربعاء، مساء
 * الثلاثاء)، months in both naming systems with the day, the part of the month and the year
 * around them (منتصف أكتوبر (تشرين الأول)، 22 كانون الثاني 2025)، years (عام 2014) and Hijri years
 * (1445 هـ)، and clock times (الساعة 10:30).
 */
import {
  AMBIGUOUS_MONTHS,
  DAY_PARTS,
  GREGORIAN_MONTHS,
  HIJRI_MARKERS,
  HIJRI_MONTHS,
  MONTH_PARTS,
  SYRIAC_MONTHS,
  WEEKDAYS,
  YEAR_WORDS,
} from '../data/calendar.js';
import type { DateFact, DateType, Sentence } from '../types.js';
import { parseDigits } from './parse-digits.js';
import type { Word } from './sentence-words.js';
import { Feature } from './word-features.js';

/** Adds the date fact of words `first…last` to `out` (a function, not a closure per sentence). */
function addDate(
  out: DateFact[],
  sentence: Sentence,
  words: readonly Word[],
  text: string,
  first: number,
  last: number,
  type: DateType,
  value?: number,
): void {
  const start = (words[first] as Word).token.start;
  const end = (words[last] as Word).token.end;
  const span: [number, number] = [start, end];
  const surface = text.slice(start, end);
  out.push(
    value === undefined
      ? { kind: 'date', type, sentence: sentence.id, span, surface }
      : { kind: 'date', type, value, sentence: sentence.id, span, surface },
  );
}

/** Date facts of one sentence. */
export function findDates(sentence: Sentence, words: readonly Word[], text: string): DateFact[] {
  const out: DateFact[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    if ((word.features & (Feature.calendar | Feature.number)) === 0) continue;
    const base = bareKey(word);
    const weekday = WEEKDAYS.get(base);
    if (weekday !== undefined) {
      let first = i;
      const before = words[i - 1];
      if (before && DAY_PARTS.has(bareKey(before))) first = i - 1;
      const month = monthAt(words, i + 1);
      if (month?.day) {
        addDate(out, sentence, words, text, first, month.last, 'date', month.value);
        i = month.last;
      } else addDate(out, sentence, words, text, first, i, 'weekday', weekday);
      continue;
    }
    const month = monthAt(words, i);
    if (month) {
      let first = month.first;
      const before = words[first - 1];
      if (!month.day && before && MONTH_PARTS.has(bareKey(before))) first--;
      const ambiguous = AMBIGUOUS_MONTHS.has(month.key) && !month.day && !month.year && first === month.first && !month.paired;
      if (!ambiguous) addDate(out, sentence, words, text, first, month.last, month.day ? 'date' : 'month', month.value);
      i = month.last;
      continue;
    }
    if (word.token.kind === 'number') {
      const value = parseDigits(word.key);
      const next = words[i + 1];
      if (value !== undefined && Number.isInteger(value) && next && HIJRI_MARKERS.has(next.key) && value >= 1 && value <= 1500) {
        const before = words[i - 1];
        const first = before && YEAR_WORDS.has(bareKey(before)) ? i - 1 : i;
        addDate(out, sentence, words, text, first, i + 1, 'hijri', value);
        i++;
        continue;
      }
      const before = words[i - 1];
      if (value !== undefined && Number.isInteger(value) && value >= 1000 && value <= 2200 && before && YEAR_WORDS.has(bareKey(before))) {
        addDate(out, sentence, words, text, i - 1, i, 'year', value);
        continue;
      }
      if (word.key.includes(':') && before && bareKey(before) === 'الساعه') addDate(out, sentence, words, text, i - 1, i, 'time');
    }
  }
  return out;
}

/** The word's key without a leading و/ف/ب/ل/ك (وفي، بالأربعاء). */
function bareKey(word: Word): string {
  if (!word.isWord) return word.key;
  for (const front of word.fronts) {
    if (WEEKDAYS.has(front.base) || DAY_PARTS.has(front.base) || MONTH_PARTS.has(front.base) || YEAR_WORDS.has(front.base))
      return front.base;
  }
  return word.key;
}

interface MonthMatch {
  readonly first: number;
  readonly last: number;
  readonly key: string;
  readonly value: number;
  readonly day: boolean;
  readonly year: boolean;
  /** Written with the other system's name beside it: أكتوبر (تشرين الأول)، كانون الثاني / يناير. */
  readonly paired: boolean;
}

/** A month name at word `i`, with a day before it and a paired name and a year after it. */
function monthAt(words: readonly Word[], i: number): MonthMatch | undefined {
  let first = i;
  let day = false;
  const dayWord = words[i];
  if (dayWord?.token.kind === 'number') {
    const d = parseDigits(dayWord.key);
    if (d === undefined || !Number.isInteger(d) || d < 1 || d > 31) return undefined;
    day = true;
    i++;
  }
  const name = monthNameAt(words, i);
  if (!name) return undefined;
  let last = name.last;
  let paired = false;
  // «أكتوبر (تشرين الأول)» or «كانون الثاني / يناير»: the other system's name beside it.
  const open = words[last + 1];
  if (open && (open.token.text === '(' || open.token.text === '/')) {
    const other = monthNameAt(words, last + 2);
    if (other && other.value === name.value) {
      last = other.last;
      const close = words[last + 1];
      if (open.token.text === '(' && close?.token.text === ')') last++;
      paired = true;
    }
  }
  let year = false;
  const y = words[last + 1];
  if (y?.token.kind === 'number') {
    const value = parseDigits(y.key);
    if (value !== undefined && Number.isInteger(value) && value >= 1000 && value <= 2200) {
      last++;
      year = true;
    }
  }
  if (!day && dayWord?.token.kind === 'number') return undefined;
  first = day ? first : i;
  return { first, last, key: name.key, value: name.value, day, year, paired };
}

/** First words of the two-word month names (كانون، تشرين، ربيع، جمادى، ذو، ذي). */
const TWO_WORD_FIRSTS: ReadonlySet<string> = new Set(
  [...SYRIAC_MONTHS.keys(), ...HIJRI_MONTHS.keys()].filter((name) => name.includes(' ')).map((name) => name.split(' ')[0] as string),
);

/** A month name (one or two words, any system) at word `i`. */
function monthNameAt(words: readonly Word[], i: number): { last: number; key: string; value: number } | undefined {
  const word = words[i];
  if (!word?.isWord) return undefined;
  const next = words[i + 1];
  if (next?.isWord && TWO_WORD_FIRSTS.has(word.key)) {
    const two = `${word.key} ${next.key}`;
    const value = SYRIAC_MONTHS.get(two) ?? HIJRI_MONTHS.get(two);
    if (value !== undefined) return { last: i + 1, key: two, value };
  }
  for (const front of word.fronts) {
    if (front.letters > 1) continue;
    const value = GREGORIAN_MONTHS.get(front.base) ?? SYRIAC_MONTHS.get(front.base) ?? HIJRI_MONTHS.get(front.base);
    if (value !== undefined && (front.letters === 0 || front.clitic === 'و' || front.clitic === 'ف' || front.clitic === 'ب')) {
      if (SYRIAC_MONTHS.has(front.base) && front.base.includes(' ')) continue;
      return { last: i, key: front.base, value };
    }
  }
  return undefined;
}
