/**
 * Organisation names: the cue words that head them (وزارة الداخلية، حركة حماس، تنظيم «داعش»،
 * كتائب حزب الله، وكالة الصحافة الفرنسية) and well-known international bodies and news agencies.
 * Source: the institution nouns of Arabic news writing; the international organisations as named
 * by the UN's Arabic pages and the major news agencies as credited in Arabic papers. Normalised.
 */
import { normalizeKey } from '../text/normalize-key.js';

/** Heads that begin an organisation's name when followed by its complement (وزارة الخارجية). */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set(
  `وزاره وكاله حركه تنظيم كتائب كتيبه حزب جماعه جبهه منظمه شركه جامعه نادي منتخب اتحاد صحيفه قناه مجلس بنك مصرف
هيئه مؤسسه موسسه صندوق لجنه محكمه برلمان مجلس جمعيه معهد اكاديميه بورصه`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Heads that name an organisation only when the name itself is quoted (قوات «الحشد الشعبي»،
 * جيش «المهدي»): without quotes they are common nouns (قوات التحالف، جيش البلاد).
 */
export const QUOTED_ORGANISATION_HEADS: ReadonlySet<string> = new Set(
  'قوات جيش ميليشيا ميليشيات فصيل فصائل موقع مجله برنامج شبكه تحالف فرقه لواء'.split(' '),
);

/** Well-known organisations named without a head word. */
const KNOWN = `الأمم المتحدة|مجلس الأمن|الجمعية العامة للأمم المتحدة|حلف شمال الأطلسي|الناتو|حلف الناتو|الاتحاد الأوروبي|جامعة الدول العربية|
الجامعة العربية|الاتحاد الأفريقي|مجلس التعاون الخليجي|منظمة التعاون الإسلامي|صندوق النقد الدولي|البنك الدولي|منظمة الصحة العالمية|
منظمة التجارة العالمية|اليونسكو|اليونيسف|الفاو|أوبك|أوبك بلس|الصليب الأحمر|الهلال الأحمر|العفو الدولية|هيومن رايتس ووتش|
الفيفا|الاتحاد الدولي لكرة القدم|الاتحاد الأفريقي لكرة القدم|الاتحاد الآسيوي لكرة القدم|الاتحاد الأوروبي لكرة القدم|اللجنة الأولمبية الدولية|البنتاغون|البيت الأبيض|الكونغرس|الكرملين|
الإليزيه|الكنيست|رويترز|أسوشيتد برس|فرانس برس|وكالة الصحافة الفرنسية|بلومبرغ|بي بي سي|سي إن إن|الأونروا|الإنتربول|ناسا`;

/** Normalised keys of well-known organisations. */
export const KNOWN_ORGANISATIONS: ReadonlySet<string> = new Set(
  KNOWN.split(/[|\n]/)
    .map((s) => normalizeKey(s.trim()))
    .filter(Boolean),
);
