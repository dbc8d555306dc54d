/**
 * Quotations the article cuts off in mid-phrase, which no item should print as a whole saying.
 */
import { normalizeKey } from '../text/normalize-key.js';
import { isStopWord } from '../text/stop-words.js';
import type { Analysis, QuoteFact } from '../types.js';

/**
 * A quotation cut off in mid-phrase («مستعدة لاتخاذ إجراءات إضافية لحماية» الأفراد): it ends with a
 * function word, or with a ل-word that the sentence completes after the closing mark.
 */
export function isFragment(quote: QuoteFact, analysis: Analysis): boolean {
  const last = normalizeKey(quote.text.trim().split(/\s+/).at(-1) ?? '').replace(/[^\p{L}]/gu, '');
  const after = analysis.text.text.slice(quote.span[1]).replace(/^[»"”]/, '');
  return isStopWord(last) || (last.startsWith('ل') && /^\s*\p{L}/u.test(after));
}
