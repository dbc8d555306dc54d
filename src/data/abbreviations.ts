/**
 * Abbreviations after whose dot a sentence does not end. Compiled by hand from Arabic press usage
 * (titles, eras, postal and country abbreviations, as in Arabic style guides) and the common English
 * abbreviations of the Unicode CLDR segmentation suppressions (en). Written as they appear before
 * the final dot; the matcher compares them without diacritics and tatweel.
 */

/** Arabic abbreviations: titles (د. أ.د. م.), eras (هـ ق.م ب.م), postal box (ص.ب), and others; any one letter is an initial too. */
export const ARABIC_ABBREVIATIONS: readonly string[] = [
  'د', // دكتور
  'أ.د', // أستاذ دكتور
  'أ', // أستاذ
  'م', // مهندس / ميلادي
  'هـ', // هجري
  'ق.م', // قبل الميلاد
  'ب.م', // بعد الميلاد
  'ص.ب', // صندوق بريد
  'ج.م.ع', // جمهورية مصر العربية
  'إ.ع.م', // الإمارات العربية المتحدة
  'م.م', // مساهمة محدودة (companies)
];

/**
 * Era markers: after a number («عام 300 ق.م.») their dot may also close the sentence, so a
 * break after them is kept when a number comes just before.
 */
export const ERA_ABBREVIATIONS: readonly string[] = ['هـ', 'ه', 'م', 'ق.م', 'ب.م'];

/** English abbreviations that rarely end a sentence (CLDR sentence-break suppressions, shortened). */
export const LATIN_ABBREVIATIONS: readonly string[] = [
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'Sr',
  'Jr',
  'St',
  'Mt',
  'Inc',
  'Ltd',
  'Co',
  'Corp',
  'Bros',
  'Gen',
  'Col',
  'Lt',
  'Capt',
  'Sgt',
  'Rep',
  'Sen',
  'Gov',
  'Pres',
  'Rev',
  'Hon',
  'vs',
  'v',
  'e.g',
  'i.e',
  'cf',
  'approx',
  'No',
  'Nos',
  'Vol',
  'pp',
  'p',
  'Fig',
  'U.S',
  'U.K',
  'U.N',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
];
