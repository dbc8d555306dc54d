/**
 * Very common words of Arabic news that every reader already knows, so a vocabulary list should
 * not lead with them: time words (عام، أسبوع، الماضي، المقبل), ordinals (الأول … العاشر، الأخير),
 * currencies, and the reporting verbs that open most news sentences (قال، أعلن، أكد). Hand-compiled
 * for waraqa from these closed classes (the ordinals and time words of MSA grammar, Ryding ch. 15
 * and 18; currencies of the Arab states), not from any article. Written as normalised keys
 * (ة → ه, أ/إ/آ → ا, ى → ي) without ال. Used with and without the lexicon: its corpus counts
 * (literature as well as news) leave دولار or العام near the top of an economy article.
 */
export const COMMON_NEWS_WORDS: ReadonlySet<string> = new Set(
  `
عام اعوام سنه سنوات شهر اشهر اسبوع اسابيع يوم ايام ساعه ساعات وقت فتره مده
ماضي ماضيه مقبل مقبله حالي حاليه جاري سابق سابقه اخير اخيره لاحق
اول اولي ثاني ثانيه ثالث ثالثه رابع رابعه خامس خامسه سادس سادسه سابع سابعه ثامن ثامنه تاسع تاسعه عاشر عاشره
دولار دولارا دولارات يورو جنيه ريال درهم دينار نسبه مائه بالمئه
قال قالت يقول تقول اعلن اعلنت اضاف اضافت اكد اكدت
`
    .split(/\s+/)
    .filter(Boolean),
);
