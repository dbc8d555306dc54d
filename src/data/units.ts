/**
 * Units of measure and currencies that a number in the news measures (كيلومترا، دولار، %), as
 * normalised keys in singular and plural → the unit as reported. Source: SI units and the world's
 * main currencies with their usual Arabic names in the press.
 */
const UNITS: Readonly<Record<string, string>> = {
  كيلومتر: 'كيلومتر كيلومترا كيلومترات كلم كم',
  متر: 'متر مترا امتار مترات',
  سنتيمتر: 'سنتيمتر سنتيمترا سم',
  مليمتر: 'مليمتر ملم',
  ميل: 'ميل ميلا اميال',
  كيلوغرام: 'كيلوغرام كيلوغراما كيلوغرامات كيلوجرام كغ كلغ كيلو',
  غرام: 'غرام غراما غرامات جرام',
  طن: 'طن طنا اطنان',
  لتر: 'لتر لترا لترات',
  برميل: 'برميل برميلا براميل',
  هكتار: 'هكتار هكتارا هكتارات',
  دونم: 'دونم دونما دونمات',
  درجه: 'درجه درجات',
  ميغاواط: 'ميغاواط ميجاوات ميغاوات',
  دولار: 'دولار دولارا دولارات',
  يورو: 'يورو',
  جنيه: 'جنيه جنيها جنيهات',
  ريال: 'ريال ريالا ريالات',
  درهم: 'درهم درهما دراهم',
  دينار: 'دينار دينارا دنانير',
  ليره: 'ليره ليرات',
  روبل: 'روبل روبلا',
  ين: 'ين',
  يوان: 'يوان',
  فرنك: 'فرنك فرنكا',
};

/** Normalised unit word → the unit's name. */
export const UNIT_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries(UNITS).flatMap(([unit, forms]) => forms.split(' ').map((form) => [form, unit] as const)),
);

/** Ways to write "per cent" after a number: the sign, or في المئة / بالمئة. */
export const PERCENT_SIGNS: ReadonlySet<string> = new Set(['%', '٪']);
export const PERCENT_WORDS: ReadonlySet<string> = new Set(['بالمئه', 'بالمائه', 'المئه', 'المائه']);
