/**
 * Without a lexicon there is no part of speech, but the article itself tells nouns from adjectives
 * well enough for choosing distractors: a definite word right after another definite word is
 * mostly an adjective (القوات الأميركية), after a preposition, a verb or an indefinite noun it is a
 * noun (في المنطقة، مهمة التحالف); a nisba ending (ـي، ـية) leans adjective. And two words that
 * stand side by side somewhere in the article must not be offered side by side in a gap: the
 * distractor would fit too well.
 */
import type { Analysis, Token } from '../types.js';
import { roughStem } from './option-key.js';
import { perAnalysis } from './per-analysis.js';
import { isDefiniteKey } from './phrase-shape.js';

export type Role = 'noun' | 'adjective';

export interface WordRoles {
  /** The majority role of a word (any of its forms) in the article. */
  readonly role: (word: string) => Role;
  /** True when a form of `second` follows a form of `first` within three words somewhere in the article. */
  readonly adjacent: (first: string, second: string) => boolean;
  /** How often a form of `second` directly follows a form of `first` in the article. */
  readonly count: (first: string, second: string) => number;
}

/** The roles of the article's words (worked out once per analysis). */
export const wordRoles: (analysis: Analysis) => WordRoles = perAnalysis(findWordRoles);

function findWordRoles(analysis: Analysis): WordRoles {
  const votes = new Map<string, number>();
  // Pairs and bigrams are filed by first stem then second (a stem is one word), so that a question
  // builds no string.
  const pairs = new Map<string, Set<string>>();
  const bigrams = new Map<string, Map<string, number>>();
  // Indexed loops: one pass over every token, run once per article, before any JIT warm-up.
  const sentences = analysis.text.sentences;
  for (let s = 0; s < sentences.length; s++) {
    const tokens = (sentences[s] as (typeof sentences)[number]).tokens;
    let previous: Token | undefined;
    const window: string[] = [];
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t] as Token;
      if (token.kind === 'space') continue;
      if (token.kind !== 'word') {
        previous = undefined;
        window.length = 0;
        continue;
      }
      // The key is the text normalised, where roughStem starts; tokens of one spelling share it.
      const stem = roughStem(token.key);
      for (let k = 0; k < window.length; k++) {
        const before = window[k] as string;
        const after = pairs.get(before);
        if (after) after.add(stem);
        // Built by add and set, not from an array: a constructor given one walks it by the
        // iterator protocol, which cold code pays for at each new word.
        else pairs.set(before, new Set<string>().add(stem));
      }
      const last = window.at(-1);
      if (last !== undefined) {
        const after = bigrams.get(last);
        if (after) after.set(stem, (after.get(stem) ?? 0) + 1);
        else bigrams.set(last, new Map<string, number>().set(stem, 1));
      }
      window.push(stem);
      if (window.length > 3) window.shift();
      if (!token.isStopWord) votes.set(stem, (votes.get(stem) ?? 0) + vote(token, previous));
      previous = token;
    }
  }
  return {
    role: (word) => ((votes.get(roughStem(word)) ?? 0) > 0 ? 'adjective' : 'noun'),
    adjacent: (first, second) => pairs.get(roughStem(first))?.has(roughStem(second)) ?? false,
    count: (first, second) => bigrams.get(roughStem(first))?.get(roughStem(second)) ?? 0,
  };
}

/** +1 for adjective evidence, −1 for noun evidence. */
function vote(token: Token, previous: Token | undefined): number {
  const nisba = /(ي|يه|يين|يون|يات)$/.test(token.key) ? 1 : 0;
  // «رسالة مهمة», «ساعات قليلة», «شروطا مسبقة»: a feminine word after an indefinite feminine,
  // plural or accusative noun agrees with it.
  if (!isDefiniteKey(token.key)) {
    const agrees =
      previous !== undefined &&
      !previous.isStopWord &&
      (/(ه|ات)$/.test(previous.key) || (previous.key.length > 3 && /[^و]ا$/.test(previous.key))) &&
      /ه$/.test(token.key);
    return nisba + (agrees && !isDefiniteKey(previous.key) ? 1 : 0);
  }
  if (!previous || previous.isStopWord || token.prefixes.includes('و') || token.prefixes.includes('ف')) return nisba - 1;
  return isDefiniteKey(previous.key) ? 1 + nisba : nisba - 1;
}
