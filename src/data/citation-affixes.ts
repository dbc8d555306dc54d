/**
 * Endings and prefixes that take a written form away from its citation form (the dictionary
 * headword), in normalised spelling (ة → ه). From standard Arabic grammar: the perfect's subject
 * endings (ت، وا، تم، نا), the imperfect's (ون، ين، ان, and the prefixes ت ي ن; أ is left out: first person is rare in news and
 * too many nouns begin with ا), and the noun and
 * adjective's feminine, dual and sound plural endings (ه، ان، ين، ون، ات).
 */

/** Longest first, so that مستثمرين is read as مستثمر + ين before anything shorter. */
export const CITATION_SUFFIXES: readonly string[] = ['تما', 'ات', 'ون', 'ين', 'ان', 'وا', 'تم', 'نا', 'ه', 'ت'];

/** Imperfect prefixes. */
export const CITATION_PREFIXES: readonly string[] = ['ي', 'ت', 'ن'];
