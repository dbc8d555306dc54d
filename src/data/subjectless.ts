/**
 * Words that follow a verb directly when its subject is not written: prepositions (with or without
 * a pronoun), particles and «أن / إن». A clause that opens «يدرس فيها …», «أشارت إلى أن …» or
 * «أضاف أن …» leans on a subject the sentence before gave. As normalised keys (DESIGN.md). Source:
 * the prepositions and particles of MSA grammars (Ryding, chs. 16 and 20).
 */
export const SUBJECTLESS_AFTER_VERB: ReadonlySet<string> = new Set([
  'في',
  'من',
  'عن',
  'مع',
  'علي',
  'الي',
  'فيها',
  'منها',
  'فيه',
  'منه',
  'عليه',
  'عليها',
  'نحو',
  'قد',
  'لا',
  'لم',
  'لن',
  'ان',
  'بان',
  'انه',
  'انها',
]);
