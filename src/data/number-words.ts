/**
 * Cardinal numbers written as words, in masculine and feminine forms and in both cases
 * (ثلاثة/ثلاث، ستون/ستين، مئة/مائة، مئتان/مئتين), with the scale words ألف، مليون، مليار and their
 * duals and plurals. Source: the cardinal number system of MSA (Ryding ch. 15), written as
 * normalised keys (ة → ه, أ/إ/آ → ا, ى → ي).
 */

const UNITS: readonly (readonly [number, string])[] = [
  [1, 'واحد واحده'],
  [2, 'اثنان اثنين اثنتان اثنتين'],
  [3, 'ثلاث ثلاثه'],
  [4, 'اربع اربعه'],
  [5, 'خمس خمسه'],
  [6, 'سته'],
  [7, 'سبع سبعه'],
  [8, 'ثماني ثمانيه ثمان'],
  [9, 'تسع تسعه'],
  [10, 'عشر عشره'],
  [20, 'عشرون عشرين'],
  [30, 'ثلاثون ثلاثين'],
  [40, 'اربعون اربعين'],
  [50, 'خمسون خمسين'],
  [60, 'ستون ستين'],
  [70, 'سبعون سبعين'],
  [80, 'ثمانون ثمانين'],
  [90, 'تسعون تسعين'],
  [100, 'مئه مائه'],
  [200, 'مئتان مئتين مائتان مائتين'],
  [300, 'ثلاثمئه ثلاثمائه'],
  [400, 'اربعمئه اربعمائه'],
  [500, 'خمسمئه خمسمائه'],
  [600, 'ستمئه ستمائه'],
  [700, 'سبعمئه سبعمائه'],
  [800, 'ثمانمئه ثمانمائه ثمانيمئه'],
  [900, 'تسعمئه تسعمائه'],
  [0.5, 'نصف'],
  [0.25, 'ربع'],
  [2000, 'الفان الفين'],
  [2_000_000, 'مليونان مليونين'],
  [2_000_000_000, 'ملياران مليارين'],
];

/** Normalised number word → its value. `ست` (six) is left out: it is also «lady». */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  UNITS.flatMap(([value, forms]) => forms.split(' ').map((form) => [form, value] as const)),
);

/** Scale words that multiply what comes before them (ثلاثة آلاف، 2.5 مليار). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['الف', 1000],
  ['الاف', 1000],
  ['مليون', 1_000_000],
  ['ملايين', 1_000_000],
  ['مليار', 1_000_000_000],
  ['مليارات', 1_000_000_000],
  ['بليون', 1_000_000_000],
]);

/** The first word of a teen (أحد عشر، إحدى عشرة، اثنا عشر) → its unit. */
export const TEEN_HEADS: ReadonlyMap<string, number> = new Map([
  ['احد', 1],
  ['احدي', 1],
  ['اثنا', 2],
  ['اثني', 2],
  ['اثنتا', 2],
  ['اثنتي', 2],
]);

/** The second word of a teen. */
export const TEEN_TAILS: ReadonlySet<string> = new Set(['عشر', 'عشره']);

/** Numbers that follow the noun they count (قتيل واحد، مرتان اثنتان). */
export const FOLLOWING_NUMBERS: ReadonlySet<number> = new Set([1, 2]);

/** Fractions: a count only with something after them (نصف ساعة), never alone (نصف النهائي). */
export const FRACTIONS: ReadonlySet<number> = new Set([0.5, 0.25]);

/** Nouns after which a number is a label or a rank, not a count (رقم واحد، المركز الثاني). */
export const LABEL_NOUNS: ReadonlySet<string> = new Set([
  'رقم',
  'المركز',
  'المرتبه',
  'الدرجه',
  'المقعد',
  'الفصل',
  'المادة',
  'الماده',
  'البند',
]);
