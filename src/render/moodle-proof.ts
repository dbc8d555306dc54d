/**
 * Where the article proves an answer, in words a student reads in Moodle's feedback:
 * «الفقرة ٣، الجملة ٥». The Worksheet knows a sentence's paragraph only through the answer key
 * (whose `sentence` is the 1-based sentence id), so the key is searched for the sentence; a
 * sentence the key never names is given without its paragraph.
 */
import type { Worksheet } from '../types.js';
import { arabicNumber } from './moodle-text.js';

/**
 * The proof of an item from its 0-based sentence id.
 * @example moodleProof(ws, 11) // 'الفقرة ٤، الجملة ١٢'
 */
export function moodleProof(worksheet: Worksheet, sentence: number): string {
  const key = worksheet.answerKey.find((k) => k.sentence === sentence + 1);
  const where = `الجملة ${arabicNumber(sentence + 1)}`;
  return key === undefined ? where : `الفقرة ${arabicNumber(key.paragraph)}، ${where}`;
}
