/**
 * Built-in lists of the same kind as a key, for distractors when the article itself names too few
 * (DESIGN.md: other facts of the same type from the article first, then these). Countries come
 * from the maintained `i18n-iso-countries` package (its Arabic locale), by ISO code, chosen for the
 * news an Arabic class reads; capitals, organisations, weekdays and months are the standard Arabic
 * names (the two month systems as printed side by side in Levantine and Iraqi press).
 */
import arabicLocale from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };

// The Arabic locale file alone (the package's entry point loads all of its ~80 locales); imported,
// so that the CLI bundle holds it instead of resolving the package at every start.
const ARABIC = arabicLocale as { countries: Record<string, string | string[]> };

/** A country's official Arabic name (the first when the locale lists several), as getName gives it. */
function arabicName(code: string): string | undefined {
  const names = ARABIC.countries[code];
  return Array.isArray(names) ? names[0] : names;
}

const COUNTRY_CODES = 'IQ SY IR JO LB SA EG YE KW QA BH OM LY TN DZ MA SD PS IL TR US RU CN FR GB DE IT ES JP IN PK AF'.split(' ');

/** Country names in Arabic, from i18n-iso-countries. */
export const COUNTRIES: readonly string[] = COUNTRY_CODES.map((code) => arabicName(code) ?? '').filter(Boolean);

export const CAPITALS: readonly string[] = [
  'بغداد',
  'دمشق',
  'عمّان',
  'بيروت',
  'الرياض',
  'القاهرة',
  'صنعاء',
  'الكويت',
  'الدوحة',
  'المنامة',
  'مسقط',
  'طرابلس',
  'تونس',
  'الجزائر',
  'الرباط',
  'الخرطوم',
  'أنقرة',
  'طهران',
  'واشنطن',
  'موسكو',
  'بكين',
  'باريس',
  'لندن',
  'برلين',
  'روما',
  'مدريد',
  'طوكيو',
];

export const ORGANISATIONS: readonly string[] = [
  'الأمم المتحدة',
  'جامعة الدول العربية',
  'الاتحاد الأوروبي',
  'الاتحاد الأفريقي',
  'منظمة الصحة العالمية',
  'منظمة التعاون الإسلامي',
  'مجلس التعاون الخليجي',
  'حلف شمال الأطلسي',
  'صندوق النقد الدولي',
  'البنك الدولي',
  'منظمة اليونسكو',
  'الصليب الأحمر',
];

/** Weekdays, Sunday first, with and without the article. */
export const WEEKDAYS: readonly string[] = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];

/** Gregorian months: the Egyptian/Gulf names and the Levantine/Iraqi (Syriac) names, January first. */
export const MONTHS: readonly (readonly [string, string])[] = [
  ['يناير', 'كانون الثاني'],
  ['فبراير', 'شباط'],
  ['مارس', 'آذار'],
  ['أبريل', 'نيسان'],
  ['مايو', 'أيار'],
  ['يونيو', 'حزيران'],
  ['يوليو', 'تموز'],
  ['أغسطس', 'آب'],
  ['سبتمبر', 'أيلول'],
  ['أكتوبر', 'تشرين الأول'],
  ['نوفمبر', 'تشرين الثاني'],
  ['ديسمبر', 'كانون الأول'],
];

/**
 * Number words that can stand in for one another in a sentence without changing its grammar:
 * each set shares gender agreement and case ending (أربعة مصادر ↔ خمسة مصادر; ستين ↔ سبعين).
 */
export const NUMBER_WORD_SETS: readonly (readonly string[])[] = [
  ['ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة'],
  ['ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثماني', 'تسع', 'عشر'],
  ['عشرون', 'ثلاثون', 'أربعون', 'خمسون', 'ستون', 'سبعون', 'ثمانون', 'تسعون'],
  ['عشرين', 'ثلاثين', 'أربعين', 'خمسين', 'ستين', 'سبعين', 'ثمانين', 'تسعين'],
  ['مئة', 'مئتي', 'ثلاثمئة', 'أربعمئة', 'خمسمئة', 'ستمئة', 'سبعمئة', 'ثمانمئة', 'تسعمئة'],
  ['ألف', 'ألفي', 'ثلاثة آلاف', 'أربعة آلاف', 'خمسة آلاف', 'عشرة آلاف'],
];
