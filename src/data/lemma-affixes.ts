/**
 * Affixes peeled off a written word to reach its dictionary lemma, as normalised keys
 * (normalizeKey: ة → ه, أ/إ/آ → ا). Source: standard Arabic grammar (the proclitics و ف ب ل ك س
 * and ال, the attached pronouns, the sound plural/dual endings, nisba -ية, and the imperfect
 * prefixes أ ت ن ي with the verb's subject endings), as taught in any MSA reference grammar
 * (e.g. Ryding, "A Reference Grammar of Modern Standard Arabic", chapters 11–12 and 33–34).
 */

/** Conjunctions that may open any word. */
export const CONJUNCTIONS: readonly string[] = ['', 'و', 'ف'];

/** Particles after the conjunction: prepositions for nouns, future س for verbs. */
export const NOUN_PARTICLES: readonly string[] = ['', 'ب', 'ل', 'ك'];
export const VERB_PARTICLES: readonly string[] = ['', 'س', 'ل'];

/** Attached pronouns at the end of a noun, verb or preposition, longest first. */
export const ENCLITICS: readonly string[] = ['هما', 'كما', 'هم', 'هن', 'كم', 'كن', 'ها', 'نا', 'ني', 'ه', 'ك', 'ي'];

/**
 * Noun and adjective endings → what the lemma ends with instead (`''` = nothing).
 * `يه` → `ي` turns a feminine nisba (عراقية) into its lemma (عراقي).
 */
export const NOUN_ENDINGS: readonly (readonly [string, string])[] = [
  ['', ''],
  ['ه', ''],
  ['ات', ''],
  ['ات', 'ه'],
  ['ان', ''],
  ['ين', ''],
  ['ون', ''],
  ['تان', 'ه'],
  ['تين', 'ه'],
  ['يه', 'ي'],
  ['يين', 'ي'],
  ['يون', 'ي'],
  ['ا', ''],
  ['ه', 'ه'],
];

/** Endings a noun takes only in front of an attached pronoun (ة → ت, dual/plural lose ن). */
export const NOUN_ENDINGS_BEFORE_PRONOUN: readonly (readonly [string, string])[] = [
  ['', ''],
  ['ت', 'ه'],
  ['ات', 'ه'],
  ['ات', ''],
  ['ا', ''],
  ['و', ''],
  ['ي', ''],
  ['يت', 'يه'],
];

/** Imperfect prefixes (أ ت ن ي; أ is ا once normalised). */
export const IMPERFECT_PREFIXES: readonly string[] = ['ي', 'ت', 'ن', 'ا'];

/** Subject endings of a verb, longest first. */
export const VERB_ENDINGS: readonly string[] = ['تما', 'تم', 'تن', 'نا', 'وا', 'ون', 'ين', 'ان', 'ت', 'ا', 'و', 'ن', ''];

/**
 * Broken-plural patterns → singular patterns, written with the root letters as 1 2 3 (4). Source:
 * the common broken-plural measures of MSA grammars (أفعال، فعول، فعائل، مفاعل، مفاعيل، فعلاء، فعال،
 * فعل، فواعل، أفاعيل، تفاعيل) and the singulars they most often come from. A doubled last root
 * letter collapses (حدود → حدد → حد).
 */
export const BROKEN_PLURALS: readonly (readonly [string, readonly string[]])[] = [
  ['ا12ا3', ['123', '1و3', '1ا3', 'ا123']],
  ['12و3', ['123']],
  ['12ا3', ['123', '12ي3', '123ه']],
  ['12ا43', ['12ي43ه', '12ي43', '12ا43ه']],
  ['12ائ3', ['12ي3ه', '12ا3ه', '12ي3']],
  ['م1ا23', ['م123', 'م123ه', 'م12و3']],
  ['م1ا2ي3', ['م12و3', 'م12ا3']],
  ['123اء', ['12ي3', '1ا23']],
  ['1وا23', ['1ا23', '1ا23ه']],
  ['ا1ا2ي3', ['ا12و3']],
  ['ت1ا2ي3', ['ت12ي3']],
  ['1وا2ي3', ['1ا2و3']],
  ['123', ['123ه', '12ي3ه', '12ي3']],
];
