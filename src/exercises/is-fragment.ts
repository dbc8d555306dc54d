/**
 * Quotations the article cuts off in mid-phrase, which no item should print as a whole saying.
 */

import { letterAfterSpaces, lettersOnly } from '../text/letters.js';
import { normalizeKey } from '../text/normalize-key.js';
import { isStopWord } from '../text/stop-words.js';
import type { Analysis, QuoteFact } from '../types.js';

/**
 * A quotation cut off in mid-phrase («مستعدة لاتخاذ إجراءات إضافية لحماية» الأفراد): it ends with a
 * function word, or with a ل-word that the sentence completes after the closing mark.
 */
export function isFragment(quote: QuoteFact, analysis: Analysis): boolean {
  const last = lettersOnly(normalizeKey(quote.text.trim().split(/\s+/).at(-1) ?? ''));
  if (isStopWord(last)) return true;
  if (!last.startsWith('ل')) return false;
  // What follows the quotation (past its closing mark) goes on with a word; read in place, not copied.
  const text = analysis.text.text;
  const at = quote.span[1];
  const next = text[at];
  return letterAfterSpaces(text, next === '»' || next === '"' || next === '”' ? at + 1 : at);
}
