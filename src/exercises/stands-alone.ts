/**
 * Whether a statement cut from the article can be read on its own, on a sheet where the sentence
 * before it is not printed: a teacher strikes «كانت هذه القاعدة قد استهدفت …» (which base?),
 * «أضاف المحافظ أن …» (which governor?), «أشارت إلى أن …» (who?) and «قال المدرب عقب المباراة.»
 * (said what?).
 */
import { PERSON_TITLES } from '../data/person-titles.js';
import { REPORTING_FORMS } from '../data/reporting-verbs.js';
import { SUBJECTLESS_AFTER_VERB } from '../data/subjectless.js';
import { lettersAndDigits } from '../text/letters.js';
import { normalizeKey } from '../text/normalize-key.js';
import type { Analysis } from '../types.js';
import { mentionedIn } from './mentioned-in.js';
import { perAnalysis } from './per-analysis.js';

/**
 * `anaphora: false` lets a subject the sentence before gave pass («كانت هذه القاعدة …»): a
 * vocabulary item asks which word fits, which the sentence shows without knowing which base.
 *
 * @example standsAlone('كانت هذه القاعدة قد استهدفت بصواريخ.', analysis) // false
 * @example standsAlone('أكد وزير الدفاع لويد أوستن أن القوات ردت.', analysis) // true
 */
export function standsAlone(statement: string, analysis: Analysis, { anaphora = true } = {}): boolean {
  const words = statement
    .trim()
    .split(/\s+/, 3)
    .map((w) => lettersAndDigits(normalizeKey(w)));
  const first = (words[0] ?? '').replace(/^[وف](?=...)/, '');
  // A demonstrative among the first words points back to the sentence before.
  if (anaphora && words.slice(0, 3).some((w) => DEMONSTRATIVES.has(w))) return false;
  const verb = REPORTING_FORMS.get(first);
  // A past verb with no subject: «أشارت إلى أن …», «أضاف أن …» (the impersonal «يذكر أن …» stands).
  if (verb !== undefined && !/^[يت]/.test(first) && SUBJECTLESS_AFTER_VERB.has(words[1] ?? '')) return false;
  // A verb that only reports, with nothing said: no quotation, no «أن / إن» clause.
  if (verb !== undefined && SAYING_ONLY.has(verb) && !/[«":]/.test(statement) && !THAT.test(normalizeKey(statement))) return false;
  // «المحافظ» / «الوزير الأميركي» as the subject, with no name of a person anywhere: whom?
  const subject = words.slice(0, 2).find((w) => w.startsWith('ال') && PERSON_TITLES.has(w.slice(2).replace(/ه$/, '')));
  if (anaphora && subject !== undefined && !personNames(analysis).some(mentionedIn(statement))) return false;
  return true;
}

/**
 * Whether a clause from the middle of a sentence opens a statement of its own: only a verb of
 * saying with its subject does for sure («أكد رئيس الجامعة أن …», «أعلنت الوزارة أن …»); a later
 * clause that opens otherwise too often lacks its subject («رفع أسعار الفائدة …», «يعاني نحو 40%
 * منها …») or its verb («حليفة واشنطن …», «بمناسبة اليوم العالمي …»).
 */
export function opensReport(clause: string): boolean {
  // Only the first two words are read.
  const words = clause
    .trim()
    .split(/\s+/, 2)
    .map((w) => lettersAndDigits(normalizeKey(w)));
  const first = (words[0] ?? '').replace(/^[وف](?=...)/, '');
  const second = words[1] ?? '';
  return REPORTING_FORMS.has(first) && second !== '' && !SUBJECTLESS_AFTER_VERB.has(second) && !/^\d/.test(second);
}

const DEMONSTRATIVES = new Set(['هذه', 'هذا', 'هؤلاء', 'هولاء', 'تلك', 'ذلك', 'هاتان', 'هذان']);

/** Verbs of saying that take no object but what is said (أعلن، نفى، استنكر take one). */
const SAYING_ONLY = new Set(['قال', 'أضاف', 'تابع', 'أوضح', 'صرح', 'أفاد', 'لفت', 'أكد']);

/** The words that open what is said: «أن / إن / بأن» (as keys). */
const THAT = /(^|[\s،,])(ان|بان|انه|انها|انهم|لان)([\s،,.]|$)/;

const personNames = perAnalysis((analysis) => analysis.names.filter((n) => n.type === 'person').map((n) => n.name));
