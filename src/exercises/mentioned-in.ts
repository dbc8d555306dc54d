/**
 * Whether a word or name is mentioned in a stretch of text, with or without the proclitics that
 * may be glued to it (بالعراق mentions العراق; للعراق too).
 */
import { optionKey } from './option-key.js';

/** Proclitic runs that may stand glued before a word. */
const CLITICS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];

/**
 * `mentioned` widened to the words a candidate changes: «مساء السبت» for the key «مساء الثلاثاء»
 * is ruled out when «السبت» alone is mentioned.
 */
export function mentionsChange(mentioned: (candidate: string) => boolean, key: string): (candidate: string) => boolean {
  const keyWords = new Set(optionKey(key).split(' '));
  return (candidate) =>
    mentioned(candidate) ||
    optionKey(candidate)
      .split(' ')
      .some((w) => !keyWords.has(w) && w.length > 2 && mentioned(w));
}

/** A predicate telling whether `candidate` occurs in `text`, as whole words. */
export function mentionedIn(text: string): (candidate: string) => boolean {
  const haystack = ` ${optionKey(text)} `;
  return (candidate: string) => {
    const k = optionKey(candidate);
    if (k === '') return false;
    for (const clitic of CLITICS) if (haystack.includes(` ${clitic}${k} `)) return true;
    // ل + ال is written لل: للعراق.
    return k.startsWith('ال') && (haystack.includes(` لل${k.slice(2)} `) || haystack.includes(` ولل${k.slice(2)} `));
  };
}
