/**
 * Marker phrases of news-site clutter, grouped by the reason id `waraqa clean --explain` shows.
 * Where they come from: the widget labels that Arabic news sites print around an article (the
 * "read also" boxes, comment forms, terms of use, share bars, tag lists, newsletter and SMS
 * prompts, photo credits, copyright and address footers), collected from the page templates of
 * several pan-Arab, Gulf, Egyptian, Levantine and Maghrebi news sites, the way jusText keeps its
 * markers as data. They are matched on normalised keys (`normalizeKey`: أ إ آ → ا, ة → ه, ى → ي,
 * no diacritics), so write them in any spelling.
 */

/** Phrases that open a "read also" / related-articles box; what follows is other stories. */
export const READ_ALSO_MARKERS: readonly string[] = [
  'اقرأ أيضا',
  'اقرأ ايضا',
  'إقرأ أيضا',
  'اقرأ كذلك',
  'اقرأ المزيد',
  'إقرأ المزيد',
  'قد يهمك أيضا',
  'قد يهمك',
  'قد يعجبك أيضا',
  'قد يعجبك',
  'ننصحك بقراءة',
  'شاهد أيضا',
  'شاهد ايضا',
  'طالع أيضا',
  'تابع أيضا',
  'مواضيع ذات صلة',
  'موضوعات ذات صلة',
  'أخبار ذات صلة',
  'مقالات ذات صلة',
  'روابط ذات صلة',
  'أخبار متعلقة',
  'موضوعات متعلقة',
  'مواضيع متعلقة',
  'مقالات متعلقة',
  'المزيد من الأخبار',
  'المزيد من',
  'الأكثر قراءة',
  'الأكثر مشاهدة',
  'الأكثر تداولا',
  'الأكثر تعليقا',
  'آخر الأخبار',
  'أحدث الأخبار',
  'أخبار عاجلة',
  'اخترنا لك',
  'مختارات',
  'في نفس السياق',
  'read also',
  'related',
];

/** Labels of comment forms and comment lists. */
export const COMMENT_FORM_MARKERS: readonly string[] = [
  'الاسم',
  'الإسم',
  'اسمك',
  'البريد الإلكتروني',
  'البريد الالكتروني',
  'بريدك الإلكتروني',
  'عنوان التعليق',
  'التعليق',
  'تعليق',
  'تعليقك',
  'التعليقات',
  'أضف تعليق',
  'أضف تعليقك',
  'اترك تعليقا',
  'اترك ردا',
  'إرسال',
  'ارسال',
  'أرسل',
  'إلزامي',
  'حقل إلزامي',
  'الحقول المطلوبة',
  'رمز التحقق',
  'كود التحقق',
  'عدد الأحرف المتبقية',
  'لا توجد تعليقات',
  'كن أول من يعلق',
];

/** Terms of use, publishing rules and privacy notices. */
export const TERMS_MARKERS: readonly string[] = [
  'شروط الاستخدام',
  'شروط النشر',
  'شروط التعليق',
  'قواعد النشر',
  'سياسة الخصوصية',
  'سياسة الاستخدام',
  'اتفاقية الاستخدام',
  'أوافق على',
  'اوافق على',
  'يرجى الالتزام',
  'التعليقات المنشورة لا تعبر',
  'لا تعبر عن رأي',
  'تعبر عن رأي كاتبها',
];

/** Copyright lines. */
export const COPYRIGHT_MARKERS: readonly string[] = [
  'جميع الحقوق محفوظة',
  'الحقوق محفوظة',
  'حقوق النشر',
  'حقوق الطبع',
  'all rights reserved',
  'copyright',
  '©',
];

/** Share bars and follow prompts. */
export const SHARE_MARKERS: readonly string[] = [
  'شارك',
  'شاركها',
  'شارك الخبر',
  'شارك المقال',
  'مشاركة',
  'انشر',
  'فيسبوك',
  'فيس بوك',
  'تويتر',
  'واتساب',
  'واتس اب',
  'تيليجرام',
  'تلغرام',
  'انستغرام',
  'إنستغرام',
  'لينكدإن',
  'يوتيوب',
  'طباعة',
  'اطبع',
  'أرسل لصديق',
  'نسخ الرابط',
  'حفظ',
  'إكس',
  'facebook',
  'twitter',
  'whatsapp',
  'telegram',
  'email',
  'print',
];

/** Tag lists ("keywords") that sites put under an article. */
export const TAG_MARKERS: readonly string[] = [
  'الكلمات المفتاحية',
  'كلمات مفتاحية',
  'الكلمات الدالة',
  'كلمات دالة',
  'الوسوم',
  'وسوم',
  'الموضوعات',
  'تاجز',
  'tags',
];

/** Newsletter, SMS-service and app prompts. */
export const SUBSCRIBE_MARKERS: readonly string[] = [
  'للاشتراك',
  'اشترك',
  'اشتركوا',
  'الاشتراك',
  'النشرة البريدية',
  'النشرة الإخبارية',
  'الرسائل القصيرة',
  'رسالة قصيرة',
  'أرسل كلمة',
  'أرسل الرقم',
  'حمل تطبيق',
  'حمّل تطبيق',
  'تابعونا على',
  'تابعنا على',
  'تابعوا',
  'انضم إلى قناة',
  'انضموا',
  'sms',
];

/** Photo and video credits and caption labels. */
export const PHOTO_CREDIT_MARKERS: readonly string[] = [
  'تصوير',
  'الصورة',
  'صورة أرشيفية',
  'أرشيفية',
  'أرشيف',
  'صورة تعبيرية',
  'صورة من',
  'مصدر الصورة',
  'حقوق الصورة',
  'فيديو',
  'شاهد الفيديو',
  'انفوجراف',
  'إنفوغراف',
  'getty',
  'afp',
];

/** Words that mark a postal address or contact line. */
export const ADDRESS_MARKERS: readonly string[] = [
  'بناية',
  'مبنى',
  'شارع',
  'الطابق',
  'ص.ب',
  'صندوق بريد',
  'الرمز البريدي',
  'هاتف',
  'فاكس',
  'تلفون',
  'جوال',
  'العنوان',
  'اتصل بنا',
];

/** Advertising labels. */
export const ADVERT_MARKERS: readonly string[] = [
  'إعلان',
  'اعلان',
  'إعلانات',
  'محتوى مدعوم',
  'محتوى ممول',
  'برعاية',
  'advertisement',
  'sponsored',
];

/** Words a teaser ends with ("… المزيد") to invite a click. */
export const MORE_MARKERS: readonly string[] = ['المزيد', 'للمزيد', 'التفاصيل', 'اقرأ المزيد', 'تابع القراءة', 'أكمل القراءة', 'more'];

/** Words that open a byline naming only the author: «بقلم: فلان», «كتب - فلان». */
export const AUTHOR_MARKERS: readonly string[] = ['بقلم', 'كتب', 'كتبت', 'إعداد', 'اعداد', 'تحرير', 'إعداد وتحرير', 'تقرير', 'مراسل'];
