/**
 * Common Arabic female given names and foreign female names frequent in Arabic news, as normalised
 * keys: to tell a woman's name from a man's when the article gives no feminine title. Source: the
 * female half of the common-name lists used for src/data/given-names.ts, plus frequent
 * transliterated names (Arabic press spelling).
 */
const NAMES = `مريم فاطمه عائشه خديجه زينب سلمي ليلي هدي نور نورا رنا رانيا ريم ساره هند لينا دينا مني امل ايمان
هاله سعاد ناديه سميره لبني رشا ريما جميله حنان سناء دعاء اسماء ياسمين شيماء نوال يسري تسنيم تغريد غاده منال
سهي سها رحاب ابتسام انتصار عبير نسرين نجلاء هيفاء وفاء صفاء رجاء لميس ميساء ميس جنان بثينه كوثر رقيه حليمه
امينه اسيا منيره لطيفه نجوي سوسن ماجده فريده نعيمه كريمه سلوي روان رهف جود لمي غدير الاء
ماريا ماري الينا انا آنا كاترين كاترينا هيلاري انجيلا اورسولا كريستين كريستينا تيريزا جوليا صوفيا ايلينا ناتاليا
اولغا ليزا سارا كامالا نانسي مارين جورجيا ايمانويلا كلوديا اليزابيث جين جوان ميشيل`;

export const FEMALE_GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));
