/**
 * A name found in a sentence, before it becomes an EntityFact: where it lies in the sentence's
 * word list (for the quote finder, which needs to know what follows a verb) and in the text.
 */
import type { EntityType } from '../types.js';

export interface Mention {
  readonly type: EntityType;
  readonly sentence: number;
  /** First and last word index of the name in `sentenceWords(sentence)`. */
  readonly first: number;
  readonly last: number;
  /** First word index of the title or role written before the name, when there is one. */
  readonly roleFirst: number | undefined;
  /** The name as written, without front clitics (بـ، لـ، و). */
  readonly name: string;
  readonly role: string | undefined;
  /** `[start, end)` of the name in `Text.text`. */
  readonly span: readonly [number, number];
}

/**
 * A mention, always with every field (role and roleFirst undefined when there is none): one
 * object shape for all, which keeps the finders' code monomorphic.
 */
export function mentionOf(
  type: EntityType,
  sentence: number,
  first: number,
  last: number,
  name: string,
  span: readonly [number, number],
  role?: string,
  roleFirst?: number,
): Mention {
  return { type, sentence, first, last, roleFirst, name, role, span };
}

/** A person named only by role (المتحدث، الوزير الأميركي), to be resolved to a named person. */
export interface RoleMention {
  readonly sentence: number;
  readonly first: number;
  readonly last: number;
  readonly text: string;
  /** Normalised content words of the mention without ال, e.g. `['وزير', 'اميركي']`. */
  readonly words: readonly string[];
}
