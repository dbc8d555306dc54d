/**
 * Words that introduce reported speech in Arabic news: the verbs of saying (قال، أكد، أضاف، حذر،
 * أعلن، ذكر، اعتبر، وصف، أشار، نقل …) in their past and present, masculine and feminine forms, the
 * circumstantial participles that chain a second quotation (مؤكدا، مشيرا، منددا …) and the verbal
 * nouns that do the same (التحذير، التأكيد). Source: the reporting verbs listed in MSA news-writing
 * guides and grammars (Ryding ch. 36, "verbs of saying"), written out as normalised keys without
 * the conjunction و/ف and without an attached pronoun, which are stripped before lookup.
 */

/** Lemma (as printed in the report) → the normalised forms that stand for it. */
const VERBS: Readonly<Record<string, string>> = {
  قال: 'قال قالت يقول تقول قالوا يقولون قائلا قائله',
  أكد: 'اكد اكدت يؤكد يوكد تؤكد توكد اكدوا مؤكدا موكدا مؤكده التاكيد',
  أضاف: 'اضاف اضافت يضيف تضيف اضافوا مضيفا مضيفه',
  حذر: 'حذر حذرت يحذر تحذر حذروا محذرا محذره التحذير',
  أعلن: 'اعلن اعلنت يعلن تعلن اعلنوا معلنا',
  ذكر: 'ذكر ذكرت يذكر تذكر ذكروا',
  اعتبر: 'اعتبر اعتبرت يعتبر تعتبر اعتبروا معتبرا معتبره',
  وصف: 'وصف وصفت يصف تصف وصفوا واصفا واصفه',
  أشار: 'اشار اشارت يشير تشير اشاروا مشيرا مشيره',
  نقل: 'نقل نقلت ينقل تنقل نقلوا ناقلا',
  أوضح: 'اوضح اوضحت يوضح توضح اوضحوا موضحا موضحه',
  شدد: 'شدد شددت يشدد تشدد شددوا مشددا مشدده',
  صرح: 'صرح صرحت يصرح تصرح صرحوا',
  أفاد: 'افاد افادت يفيد تفيد',
  تابع: 'تابع تابعت',
  لفت: 'لفت لفتت',
  كشف: 'كشف كشفت يكشف تكشف',
  رأى: 'راي رات يري تري',
  ندد: 'ندد نددت يندد تندد منددا مندده',
  استنكر: 'استنكر استنكرت يستنكر تستنكر مستنكرا',
  دعا: 'دعا دعت يدعو تدعو داعيا',
  طالب: 'طالب طالبت يطالب تطالب مطالبا',
  نفى: 'نفي نفت ينفي تنفي نافيا',
  أعرب: 'اعرب اعربت يعرب تعرب معربا',
  اختتم: 'اختتم اختتمت',
  ختم: 'ختم ختمت',
  علق: 'علق علقت يعلق تعلق',
  رد: 'رد ردت',
  أجاب: 'اجاب اجابت يجيب تجيب',
  كتب: 'كتب كتبت يكتب تكتب',
};

/** Normalised form → the verb's lemma. */
export const REPORTING_FORMS: ReadonlyMap<string, string> = new Map(
  Object.entries(VERBS).flatMap(([lemma, forms]) => forms.split(' ').map((form) => [form, lemma] as const)),
);

/**
 * Verbs of saying whose first word after them is often the object, not the speaker (تابع = "went
 * on" but also "followed"): they report only when a quotation follows them directly.
 */
export const WEAK_REPORTING: ReadonlySet<string> = new Set(['تابع', 'كتب', 'رد', 'كشف', 'رأى', 'علق']);
