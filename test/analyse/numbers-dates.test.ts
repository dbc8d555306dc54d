/**
 * Numbers and dates, sentence by sentence. Sentences written for these tests in the style of
 * Arabic news; each row names what it checks.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.js';
import { cleanCounted } from '../../src/analyse/clean-counted.js';
import { parseDigits } from '../../src/analyse/parse-digits.js';
import type { DateFact, NumberFact } from '../../src/types.js';
import { textOf } from './text-of.js';

const numbersOf = (sentence: string) =>
  analyse(textOf(sentence))
    .facts.filter((f): f is NumberFact => f.kind === 'number')
    .map((f) => ({ value: f.value, counted: f.counted, unit: f.unit, surface: f.surface }));

const datesOf = (sentence: string) =>
  analyse(textOf(sentence))
    .facts.filter((f): f is DateFact => f.kind === 'date')
    .map((f) => ({ type: f.type, value: f.value, surface: f.surface }));

describe('numbers', () => {
  const rows: readonly [string, string, ReturnType<typeof numbersOf>][] = [
    ['digits and a counted noun', 'وصل 2500 جندي إلى القاعدة.', [{ value: 2500, counted: 'جندي', unit: undefined, surface: '2500 جندي' }]],
    [
      'a number word (feminine form)',
      'قالت أربعة مصادر إن الاتفاق قريب.',
      [{ value: 4, counted: 'مصادر', unit: undefined, surface: 'أربعة مصادر' }],
    ],
    [
      'a ten in the accusative with a unit',
      'تقع البلدة على بعد ستين كيلومترا من العاصمة.',
      [{ value: 60, counted: 'كيلومتر', unit: 'كيلومتر', surface: 'ستين كيلومترا' }],
    ],
    [
      'tanween on the counted noun',
      'شنت القوات 150 هجوماً خلال الشهر.',
      [{ value: 150, counted: 'هجوم', unit: undefined, surface: '150 هجوماً' }],
    ],
    [
      'a scale word after digits',
      'بلغت الصادرات 3 مليارات دولار.',
      [{ value: 3e9, counted: 'دولار', unit: 'دولار', surface: '3 مليارات دولار' }],
    ],
    [
      'a compound in words',
      'حضر ثلاثة آلاف وخمسمئة متفرج المباراة.',
      [{ value: 3500, counted: 'متفرج', unit: undefined, surface: 'ثلاثة آلاف وخمسمئة متفرج' }],
    ],
    ['a teen', 'شارك خمسة عشر لاعبا في التدريب.', [{ value: 15, counted: 'لاعب', unit: undefined, surface: 'خمسة عشر لاعبا' }]],
    [
      'a preposition on the number word',
      'انتهت المباراة قبل موعدها بسبع دقائق.',
      [{ value: 7, counted: 'دقائق', unit: undefined, surface: 'بسبع دقائق' }],
    ],
    ['per cent with a sign', 'ارتفع التضخم إلى 33.7% في يوليو.', [{ value: 33.7, counted: undefined, unit: '%', surface: '33.7%' }]],
    ['per cent in words', 'تراجع العجز إلى 20 في المئة.', [{ value: 20, counted: undefined, unit: '%', surface: '20 في المئة' }]],
    ['a number after its noun', 'سقط قتيل واحد في الهجوم.', [{ value: 1, counted: 'قتيل', unit: undefined, surface: 'قتيل واحد' }]],
    ['a rank is not a count', 'كانت الجماهير اللاعب رقم واحد.', []],
    ['a year is a date, not a number', 'سيطر التنظيم على المدينة في عام 2014.', []],
    ['a fraction alone is not a count', 'بلغ الفريق نصف النهائي.', []],
    ['a number word with nothing to count', 'أحد الأسباب غير معروف.', []],
  ];
  it.each(rows)('%s', (_why, sentence, expected) => {
    expect(numbersOf(sentence)).toEqual(expected);
  });

  it.each([
    ['2500', 2500],
    ['2,500', 2500],
    ['2.5', 2.5],
    ['15:07', undefined],
  ] as const)('parseDigits(%s)', (key, value) => {
    expect(parseDigits(key)).toBe(value);
  });

  it.each([
    ['هجوماً', 'هجوم'],
    ['كيلومترا', 'كيلومتر'],
    ['مصادر', 'مصادر'],
    ['أعضاءً', 'أعضاء'],
  ] as const)('cleanCounted(%s)', (written, counted) => {
    expect(cleanCounted(written)).toBe(counted);
  });
});

describe('dates', () => {
  const rows: readonly [string, string, ReturnType<typeof datesOf>][] = [
    [
      'a weekday with اليوم',
      'قالت المصادر، اليوم الأربعاء، إن المحادثات ستبدأ.',
      [{ type: 'weekday', value: 4, surface: 'اليوم الأربعاء' }],
    ],
    ['a weekday with a part of the day', 'مساء الثلاثاء، تعرضت القاعدة لهجوم.', [{ type: 'weekday', value: 3, surface: 'مساء الثلاثاء' }]],
    [
      'a month in both systems',
      'تعرضت القوات لهجمات منذ منتصف أكتوبر (تشرين الأول) الماضي.',
      [{ type: 'month', value: 10, surface: 'منتصف أكتوبر (تشرين الأول)' }],
    ],
    ['a full date', 'تبدأ الامتحانات في 22 يونيو 2025.', [{ type: 'date', value: 6, surface: '22 يونيو 2025' }]],
    ['a Levantine month of two words', 'وقع الاتفاق في كانون الثاني 2020.', [{ type: 'month', value: 1, surface: 'كانون الثاني 2020' }]],
    ['a year after عام', 'بلغ الفريق نصف النهائي عام 2022.', [{ type: 'year', value: 2022, surface: 'عام 2022' }]],
    ['a Hijri year', 'صدر الكتاب سنة 1445 هـ في مكة.', [{ type: 'hijri', value: 1445, surface: 'سنة 1445 هـ' }]],
    ['مارس as a verb is no month', 'مارس اللاعب الرياضة منذ صغره.', []],
    ['a clock time', 'تنطلق المباراة في الساعة 20:00 بالتوقيت المحلي.', [{ type: 'time', value: undefined, surface: 'الساعة 20:00' }]],
  ];
  it.each(rows)('%s', (_why, sentence, expected) => {
    expect(datesOf(sentence).map((d) => ({ ...d, value: d.value }))).toEqual(expected);
  });
});
