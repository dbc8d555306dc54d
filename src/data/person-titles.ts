/**
 * Titles and roles written before (or in apposition after) a person's name in Arabic news:
 * offices, military ranks, honorifics, professions that papers name people by. Source: the
 * ranks and offices of Arab governments and armies as printed in the press (e.g. the style
 * guides of Al Jazeera and BBC Arabic), as normalised keys without the article ال.
 */
const TITLES = `وزير وزيره رئيس رئيسه نائب نائبه سفير سفيره متحدث متحدثه ناطق ناطقه مستشار مستشاره مدير مديره
امين امينه محافظ محافظه قائد قائده زعيم زعيمه ملك ملكه امير اميره شيخ شيخه سلطان ولي
لواء عميد عقيد مقدم رائد نقيب ملازم فريق مشير جنرال اميرال عريف رقيب
دكتور دكتوره بروفيسور بروفسور استاذ استاذه مهندس مهندسه محامي محاميه قاضي قاضيه مدعي
مدرب مدربه لاعب لاعبه مهاجم مدافع حارس نجم نجمه بطل بطله عداء عداءه سباح سباحه
مراسل مراسله صحفي صحفيه كاتب كاتبه محلل محلله خبير خبيره باحث باحثه مؤلف مولف
عضو عضوه ممثل ممثله مرشح مرشحه مبعوث مبعوثه مندوب مندوبه منسق منسقه عميده عمده
معلم معلمه مدرس مدرسه مفتش مفتشه طالب طالبه مدير مؤسس موسس مالك رجل سيد سيده
بابا بطريرك مطران امام مفتي`;

/** Normalised title keys (without ال). */
export const PERSON_TITLES: ReadonlySet<string> = new Set(TITLES.split(/\s+/).filter(Boolean));

/**
 * Abbreviated titles written with a dot («د.» doctor, «م.» engineer), as normalised keys.
 */
export const ABBREVIATED_TITLES: ReadonlySet<string> = new Set(['د', 'م', 'ا']);
