/**
 * The Arabic calendar vocabulary: weekdays, the Gregorian month names used in Egypt and the Gulf
 * (يناير …), the Syriac month names used in the Levant and Iraq (كانون الثاني …), the Hijri
 * months, and the words that place a time in a day or a month (مساء، منتصف …). Source: the two
 * month systems as printed side by side in Levantine and Iraqi papers, and the standard Hijri
 * calendar. Normalised keys.
 */

/** Weekday → its number (1 = Sunday … 7 = Saturday). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['الاحد', 1],
  ['الاثنين', 2],
  ['الثلاثاء', 3],
  ['الاربعاء', 4],
  ['الخميس', 5],
  ['الجمعه', 6],
  ['السبت', 7],
]);

/** Gregorian month names (one word) → month number. */
export const GREGORIAN_MONTHS: ReadonlyMap<string, number> = new Map([
  ['يناير', 1],
  ['فبراير', 2],
  ['مارس', 3],
  ['ابريل', 4],
  ['مايو', 5],
  ['يونيو', 6],
  ['يونيه', 6],
  ['يوليو', 7],
  ['يوليه', 7],
  ['اغسطس', 8],
  ['سبتمبر', 9],
  ['اكتوبر', 10],
  ['نوفمبر', 11],
  ['ديسمبر', 12],
]);

/** Syriac (Levantine) month names, one or two words → month number. */
export const SYRIAC_MONTHS: ReadonlyMap<string, number> = new Map([
  ['كانون الثاني', 1],
  ['شباط', 2],
  ['اذار', 3],
  ['نيسان', 4],
  ['ايار', 5],
  ['حزيران', 6],
  ['تموز', 7],
  ['اب', 8],
  ['ايلول', 9],
  ['تشرين الاول', 10],
  ['تشرين الثاني', 11],
  ['كانون الاول', 12],
]);

/** Hijri month names → month number. */
export const HIJRI_MONTHS: ReadonlyMap<string, number> = new Map([
  ['محرم', 1],
  ['صفر', 2],
  ['ربيع الاول', 3],
  ['ربيع الثاني', 4],
  ['ربيع الاخر', 4],
  ['جمادي الاولي', 5],
  ['جمادي الاخره', 6],
  ['جمادي الثانيه', 6],
  ['رجب', 7],
  ['شعبان', 8],
  ['رمضان', 9],
  ['شوال', 10],
  ['ذو القعده', 11],
  ['ذي القعده', 11],
  ['ذو الحجه', 12],
  ['ذي الحجه', 12],
]);

/**
 * Month names that are also common words (مارس "practised", آب "father", صفر "zero", رجب, شعبان
 * as names): they count as months only next to a day number, a year, a part-of-month word, or
 * the word شهر.
 */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['مارس', 'اب', 'صفر', 'رجب', 'شعبان', 'رمضان', 'تموز', 'محرم']);

/** Words before a weekday that place it: اليوم الأربعاء، مساء الثلاثاء، يوم السبت. */
export const DAY_PARTS: ReadonlySet<string> = new Set(['اليوم', 'يوم', 'مساء', 'صباح', 'ليل', 'ليله', 'فجر', 'ظهر', 'عصر', 'ظهيره', 'امس']);

/** Words before a month that place a time in it: منتصف أكتوبر، أواخر يناير. */
export const MONTH_PARTS: ReadonlySet<string> = new Set([
  'منتصف',
  'مطلع',
  'اوائل',
  'اواخر',
  'اواسط',
  'نهايه',
  'بدايه',
  'اول',
  'اخر',
  'شهر',
]);

/** Words before a year: عام 2014، سنة 1990، العام 2023. */
export const YEAR_WORDS: ReadonlySet<string> = new Set(['عام', 'العام', 'سنه', 'السنه', 'موسم', 'الموسم']);

/** The Hijri year marker written after the year: 1445 هـ. */
export const HIJRI_MARKERS: ReadonlySet<string> = new Set(['ه', 'هـ']);
