/**
 * Corrections to the Arabic list of the `stopwords-iso` npm package (the same list as `stopword`
 * and `@orama/stopwords`): content words it wrongly holds, and function words it misses. Written
 * with their usual spelling; matching compares normalised keys (no diacritics, one alef, ة → ه).
 */

/** In stopwords-iso but content worth teaching or counting: time nouns, numbers, news words, stray entries. */
export const STOP_WORD_REMOVALS: readonly string[] = `
عام عاما سنة سنوات أيام ايام يوم اليوم أمس امس غدا صباح مساء الماضي المقبل الوقت نهاية
عدد زيارة قوة إعادة اعادة إطار اطار أعلنت اعلنت أكد اكد واكد واضاف واضافت واوضح باسم
الأول الاول الأولى الاولى الثاني الثانية الأخيرة الاخيرة السابق الذاتي شخصا عامة
واحد أربعة اربعة ثلاثة عشرة عشر صفر ألف الف مليار مليون مايو أيار ايار
برس لوكالة للامم و6 ا ـ ،`
  .split(/\s+/)
  .filter(Boolean);

/** Function words the list misses: relatives, prepositions and adverbs of place, conjunctions, auxiliaries. */
export const STOP_WORD_ADDITIONS: readonly string[] = `
والتي والذي والذين واللذين واللتين واللواتي التي الذي الذين
تحت فوق داخل خارج عبر وراء أمام خلف قرب جانب لدى إزاء حوالي نحو ضمن وسط بين بينما
إحدى أحد لأن لان لأنه لأنها رغم برغم بالرغم رغما إلا إلى عن على مع منذ عند عندما بعدما قبلما
لكن ولكن لكنه لكنها ولكنه إنه إنها أنه أنها بأن بأنه بأنها كأن وإن وأن فإن فقد وقد لقد
كما وكما مثلما كذلك لذلك لذا ولذلك حيث حين حينما إذ إذا أما إما أي أيضا فقط جدا
كل كلها كله جميع بعض غير سوى مجرد سواء عدة ليس ليست ليسوا
كان كانت كانوا يكون تكون يكن تكن أصبح أصبحت بات باتت ظل ظلت يزال تزال مازال مازالت
هذا هذه ذلك تلك هؤلاء أولئك هنا هناك هو هي هم هما هن نحن أنا أنت
منه منها منهم عنه عنها عنهم فيه فيها فيهم إليه إليها إليهم عليه عليها عليهم معه معها معهم
به بها بهم له لها لهم لهما بينهم بينها نفسه نفسها ذاته ذاتها
قد لم لن لا ما ماذا متى أين كيف هل أو أم بل ثم حتى سوف
خلال بعد قبل ضد حول دون عبر بسبب بشأن وفق وفقا طبقا تجاه`
  .split(/\s+/)
  .filter(Boolean);
