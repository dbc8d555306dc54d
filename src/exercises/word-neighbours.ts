/**
 * The words just before and after a token in its sentence (spaces skipped; punctuation or a number
 * there gives undefined). Cloze gaps and vocabulary items ask this of the same tokens on every
 * draw; each sentence is read once and its answers kept with its tokens.
 *
 * @example wordNeighbours(sentence, token) // { before: 'القوات', after: 'في' } around «الأميركية»
 */
import type { Sentence, Token } from '../types.js';

/** An object, not a pair: taking a pair apart runs the iterator protocol, which cold code pays for. */
export interface Neighbours {
  readonly before: string | undefined;
  readonly after: string | undefined;
}

export function wordNeighbours(sentence: Sentence, token: Token): Neighbours {
  let read = READ.get(sentence);
  if (read === undefined) {
    read = readSentence(sentence);
    READ.set(sentence, read);
  }
  // A token not of this sentence is looked up as before: not found, so the first word follows it.
  return (
    read.get(token) ??
    lookUp(
      sentence.tokens.filter((t) => t.kind !== 'space'),
      token,
    )
  );
}

const READ = new WeakMap<Sentence, ReadonlyMap<Token, Neighbours>>();

/** Each of the sentence's tokens with its neighbours; a token listed twice keeps its first place, as indexOf finds it. */
function readSentence(sentence: Sentence): Map<Token, Neighbours> {
  const tokens = sentence.tokens.filter((t) => t.kind !== 'space');
  const out = new Map<Token, Neighbours>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!out.has(token)) out.set(token, { before: word(tokens[i - 1]), after: word(tokens[i + 1]) });
  }
  return out;
}

function lookUp(tokens: readonly Token[], token: Token): Neighbours {
  const i = tokens.indexOf(token);
  return { before: word(tokens[i - 1]), after: word(tokens[i + 1]) };
}

/** A word's text; undefined for punctuation, a number or no token. */
function word(t: Token | undefined): string | undefined {
  return t?.kind === 'word' ? t.text : undefined;
}
