/**
 * The countries of the Arab League and their neighbours that Arabic news names with them (Iran,
 * Turkey, Israel), as news writes them. A distractor for a country of this region is taken from
 * it first: «فصائل موالية لإسبانيا» reads as absurd where «… لتركيا» reads as wrong. Source: the
 * 22 members of the League of Arab States (arableague.org) and their common press spellings.
 */
export const MIDDLE_EAST: readonly string[] = [
  'الأردن',
  'الإمارات',
  'البحرين',
  'تونس',
  'الجزائر',
  'جيبوتي',
  'السعودية',
  'السودان',
  'سوريا',
  'الصومال',
  'العراق',
  'عمان',
  'فلسطين',
  'قطر',
  'جزر القمر',
  'الكويت',
  'لبنان',
  'ليبيا',
  'مصر',
  'المغرب',
  'موريتانيا',
  'اليمن',
  'إيران',
  'تركيا',
  'إسرائيل',
];
