/**
 * Stop words (first pass): a short list of Arabic function words, as normalised keys.
 */
import { normalizeKey } from './normalize-key.js';

const WORDS = `في من على إلى عن مع أن إن أنه أنها التي الذي الذين هذا هذه ذلك تلك هو هي هم كان كانت
قد لا لم لن ما ثم أو بل حتى كما بعد قبل عند بين كل بعض غير أي إذا لقد منذ حيث وهي وهو وقال قال قالت
أيضا فيما بشأن خلال ضد نحو`;

const SET = new Set(WORDS.split(/\s+/).filter(Boolean).map(normalizeKey));

export function isStopWord(key: string): boolean {
  return SET.has(key);
}
