/**
 * Arabic clitics and grouping endings, as normalised keys (ة is ه, أ is ا). The inventory is the
 * standard one of Arabic morphology (e.g. Buckwalter's analyser and the Light10 stemmer of Larkey,
 * Ballesteros and Connell, 2002), ordered longest first where one is the end of another.
 */

/** Conjunctions that come first: «و» and, «ف» so/then. */
export const CONJUNCTIONS: readonly string[] = ['و', 'ف'];

/** Particles after the conjunction: «ب» with, «ل» for/to, «ك» like, «س» future (verbs only). */
export const PARTICLES: readonly string[] = ['ب', 'ل', 'ك', 'س'];

/** The definite article, and «لل» (ل + ال with its alef dropped). */
export const ARTICLE = 'ال';
export const LAM_ARTICLE = 'لل';

/**
 * Object and possessive pronouns attached at the end, longest first. «ي» (my) is left out: in
 * news it is far more often the nisba ending (عسكري، أميركي) or a root letter (بقي، قوي).
 */
export const ENCLITICS: readonly string[] = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'كن', 'ني', 'نا', 'ه', 'ك'];

/**
 * Endings that inflect a noun or adjective without changing its entry, for grouping: sound
 * plurals and duals (ات ون ين ان), the feminine ة (ه in a key), and the nisba-plural «يات/يون/يين»
 * reduces to the nisba «ي» through them.
 */
export const NOUN_ENDINGS: readonly string[] = ['تان', 'تين', 'ات', 'ون', 'ين', 'ان', 'ه'];

/** Before an enclitic, ة is written ت (مدرسته); a dual or plural loses its ن (كتاباه، معلموها). */
export const TA_BEFORE_ENCLITIC = 'ت';

/**
 * Imperfect-tense prefixes taken off a word on their own: ي and ت. The first-person ن and أ start
 * too many nouns (نظام، نتائج، أمر) and are taken only after the future «س» (سنعمل، سأعود).
 */
export const IMPERFECT_PREFIXES = 'يت';
export const IMPERFECT_PREFIXES_AFTER_FUTURE = 'يتنا';

/** Endings of an imperfect verb for person and number (يعملون، تعملان، يعملين، يعملوا، يعملن). */
export const IMPERFECT_ENDINGS: readonly string[] = ['ون', 'ان', 'ين', 'وا', 'ن'];

/** The future particle «س», written on an imperfect verb (سيكون، ستبدأ). */
export const FUTURE = 'س';

/** Past-tense endings taken off a word with no other ending: «وا» (they), «ت» (she). */
export const PAST_ENDINGS: readonly string[] = ['وا', 'ت'];

/** Enclitics that are more often a word's own last letter (ترك، قوي، ملك): need a longer stem. */
export const RARE_ENCLITICS: readonly string[] = ['ك', 'كم', 'كما', 'كن'];
