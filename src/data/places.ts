/**
 * Place names: the world's countries in Arabic from the maintained `i18n-iso-countries` package
 * (its Arabic locale), the short and alternative names the press uses for some of them, the
 * world's capitals and major cities, and well-known regions. Source: i18n-iso-countries 7.x for
 * countries; capitals and major cities as in any world atlas (the Arab world's cities listed more
 * fully because Arabic news names them most); regions as commonly written in Arabic news.
 * Normalised keys; a general list, not the places of any one article.
 */
import arabicLocale from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import { normalizeKey } from '../text/normalize-key.js';

// The Arabic locale file alone (the package's entry point loads all of its ~80 locales); imported,
// so that the CLI bundle holds it instead of resolving the package at every start.
const ARABIC = arabicLocale as { countries: Record<string, string | string[]> };

/** Other names the Arabic press uses for countries in the package. */
const COUNTRY_ALIASES = `الولايات المتحدة الأمريكية|الولايات المتحدة الأميركية|أمريكا|أميركا|بريطانيا|المملكة المتحدة|
سورية|روسيا الاتحادية|الإمارات|السعودية|المملكة العربية السعودية|فلسطين|الأراضي الفلسطينية|مصر|تركيا|
الصين الشعبية|كوريا|ألمانيا|هولندا|بيلاروسيا|ميانمار|التشيك|الكونغو|ساحل العاج|كوت ديفوار|البوسنة|
أوزبكستان|الفاتيكان|إسبانيا|اسبانيا|أستراليا|استراليا|إيطاليا|ايطاليا|إندونيسيا|اندونيسيا|النمسا|الجزائر`;

/** Capitals and major cities of the world. */
const CITIES = `بغداد|البصرة|الموصل|أربيل|كركوك|النجف|كربلاء|الفلوجة|الرمادي|السليمانية|تكريت|سامراء|بعقوبة|الناصرية|الكوت|
دمشق|حلب|حمص|حماة|اللاذقية|طرطوس|دير الزور|الرقة|إدلب|درعا|القامشلي|الحسكة|
بيروت|طرابلس|صيدا|زحلة|بعلبك|عمان|عمّان|الزرقاء|إربد|القدس|رام الله|غزة|خان يونس|رفح|نابلس|الخليل|جنين|بيت لحم|أريحا|
تل أبيب|حيفا|يافا|الناصرة|عكا|بئر السبع|القاهرة|الإسكندرية|الجيزة|أسوان|بورسعيد|السويس|الإسماعيلية|المنصورة|طنطا|أسيوط|شرم الشيخ|الغردقة|
الرياض|جدة|مكة|مكة المكرمة|المدينة المنورة|الدمام|الطائف|تبوك|أبها|الظهران|نيوم|دبي|أبوظبي|أبو ظبي|الشارقة|عجمان|رأس الخيمة|الفجيرة|
الدوحة|المنامة|الكويت|مسقط|صلالة|صنعاء|عدن|تعز|الحديدة|مأرب|المكلا|الخرطوم|أم درمان|بورتسودان|الفاشر|نيالا|
طرابلس|بنغازي|مصراتة|سرت|تونس|صفاقس|سوسة|القيروان|الجزائر|وهران|قسنطينة|عنابة|الرباط|الدار البيضاء|مراكش|فاس|طنجة|أكادير|مكناس|
نواكشوط|مقديشو|جيبوتي|طهران|أصفهان|تبريز|شيراز|أنقرة|إسطنبول|اسطنبول|إزمير|أنطاليا|كابل|قندهار|إسلام آباد|كراتشي|لاهور|
نيودلهي|مومباي|دكا|كولومبو|كاتماندو|بكين|شنغهاي|هونغ كونغ|طوكيو|أوساكا|سول|بيونغ يانغ|بانكوك|هانوي|جاكرتا|كوالالمبور|مانيلا|سنغافورة|
موسكو|سان بطرسبرغ|كييف|كييف|خاركيف|أوديسا|مينسك|وارسو|براغ|بودابست|فيينا|برلين|ميونخ|هامبورغ|فرانكفورت|باريس|مرسيليا|ليون|نيس|
لندن|مانشستر|ليفربول|برمنغهام|أدنبرة|دبلن|مدريد|برشلونة|إشبيلية|فالنسيا|لشبونة|بورتو|روما|ميلانو|نابولي|تورينو|فلورنسا|البندقية|
أمستردام|بروكسل|جنيف|زيورخ|برن|ستوكهولم|أوسلو|كوبنهاغن|هلسنكي|أثينا|صوفيا|بوخارست|بلغراد|زغرب|سراييفو|تيرانا|نيقوسيا|تبليسي|يريفان|باكو|
واشنطن|نيويورك|لوس أنجلوس|شيكاغو|هيوستن|ميامي|سان فرانسيسكو|بوسطن|أوتاوا|تورونتو|مونتريال|مكسيكو|هافانا|كاراكاس|بوغوتا|ليما|سانتياغو|
بوينس آيرس|برازيليا|ريو دي جانيرو|ساو باولو|أديس أبابا|نيروبي|لاغوس|أبوجا|أكرا|داكار|كينشاسا|جوهانسبرغ|كيب تاون|بريتوريا|
سيدني|ملبورن|كانبرا|ولينغتون|أوكلاند|الدار البيضاء|نيودلهي|دلهي`;

/** Regions, seas and areas that Arabic news names. */
const REGIONS = `الشرق الأوسط|الشرق الأدنى|الخليج|الخليج العربي|المغرب العربي|شمال أفريقيا|شمال إفريقيا|القرن الأفريقي|
أوروبا|آسيا|أفريقيا|إفريقيا|أمريكا اللاتينية|أميركا اللاتينية|أمريكا الشمالية|أمريكا الجنوبية|آسيا الوسطى|البلقان|القوقاز|
البحر المتوسط|البحر الأبيض المتوسط|البحر الأحمر|البحر الأسود|بحر العرب|المحيط الهادئ|المحيط الأطلسي|المحيط الهندي|
الضفة الغربية|قطاع غزة|القدس الشرقية|الجولان|سيناء|كردستان|إقليم كردستان|دارفور|كشمير|القرم|دونباس|الأنبار|نينوى|ديالى|
الجليل|النقب|وادي الأردن|البقاع|الجنوب اللبناني|الساحل السوري|الصحراء الكبرى|مضيق هرمز|قناة السويس|باب المندب`;

function keysOf(list: string): string[] {
  return list
    .split(/[|\n]/)
    .map((s) => normalizeKey(s.trim()))
    .filter(Boolean);
}

/** Every place name in the gazetteer, as a normalised key (one to four words). */
export const PLACE_NAMES: ReadonlySet<string> = new Set([
  ...Object.values(ARABIC.countries).flat().map(normalizeKey),
  ...keysOf(COUNTRY_ALIASES),
  ...keysOf(CITIES),
  ...keysOf(REGIONS),
]);

/** The longest place name, in words. */
export const MAX_PLACE_WORDS = 4;

/**
 * Words that announce a place name after them (منطقة جرف الصخر، مدينة الموصل، محافظة ديالى).
 * Source: the administrative and geographic nouns of Arabic news writing.
 */
export const PLACE_CUES: ReadonlySet<string> = new Set(
  'منطقه مدينه بلده قريه محافظه ولايه اقليم مخيم ضاحيه جزيره قضاء ناحيه حي مطار ميناء معبر قاعده عاصمه'.split(' '),
);
