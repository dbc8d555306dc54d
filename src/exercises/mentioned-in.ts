/**
 * Whether a word or name is mentioned in a stretch of text, with or without the proclitics that
 * may be glued to it (بالعراق mentions العراق; للعراق too).
 */
import { memo } from './memo.js';
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

/**
 * A predicate telling whether `candidate` occurs in `text`, as whole words (optionally behind a
 * proclitic run). The text's words are indexed once, so each question is a few lookups, not a
 * scan of the text; predicates are remembered per text, since items ask about the same sentences.
 */
export const mentionedIn: (text: string) => (candidate: string) => boolean = memo(makeMentioned, 2_000);

function makeMentioned(text: string): (candidate: string) => boolean {
  const words = optionKey(text).split(' ');
  const at = new Map<string, number[]>();
  words.forEach((w, i) => {
    const list = at.get(w);
    if (list) list.push(i);
    else at.set(w, [i]);
  });
  /** Whether `first` followed by `rest` stands somewhere in the text. */
  const has = (first: string, rest: readonly string[]): boolean =>
    at.get(first)?.some((i) => rest.every((w, j) => words[i + 1 + j] === w)) ?? false;
  return (candidate) => {
    const k = optionKey(candidate);
    if (k === '') return false;
    const [head = '', ...rest] = k.split(' ');
    for (const clitic of CLITICS) if (has(`${clitic}${head}`, rest)) return true;
    // ل + ال is written لل: للعراق.
    return head.startsWith('ال') && (has(`لل${head.slice(2)}`, rest) || has(`ولل${head.slice(2)}`, rest));
  };
}
