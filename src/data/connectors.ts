/**
 * Discourse openers that tie a news sentence to the one before it («من جانبه،», «كما»). Dropped when
 * a sentence is printed on its own as a statement. Collected from the openers common in Arabic news
 * agency style (Reuters, AFP, Al Jazeera Arabic wire copy).
 */
export const LEADING_CONNECTORS: readonly string[] = [
  'من جانبه',
  'من جانبها',
  'من جانبهم',
  'من جهته',
  'من جهتها',
  'من جهتهم',
  'بدوره',
  'بدورها',
  'في المقابل',
  'في غضون ذلك',
  'إلى ذلك',
  'وإلى ذلك',
  'في سياق متصل',
  'وفي سياق متصل',
  'من ناحية أخرى',
  'ومن ناحية أخرى',
  'في الأثناء',
  'وفي الأثناء',
  'كما',
  'وكما',
  'أيضا',
  'فيما',
  'بينما',
];
