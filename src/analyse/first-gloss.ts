/**
 * The short English gloss shown beside a word: SAMER lists readings separated by `#` (singular,
 * plural, passive …) and senses separated by `;`, with `_` for a space.
 */

/**
 * The first sense of the first reading, except that a plural reading listed before its singular
 * gives way to the singular.
 *
 * @example firstGloss('presidents#president;head;chairman') // 'president'
 * @example firstGloss('be_able;can') // 'be able'
 */
export function firstGloss(raw: string): string {
  const senses = raw.split('#').map((reading) => (reading.split(';')[0] ?? '').replace(/_/g, ' ').trim());
  const first = senses[0] ?? '';
  const singular = senses.find((s) => s.length > 0 && s !== first && pluralOf(s) === first);
  return singular ?? first;
}

/** A regular English plural, enough to spot `presidents` next to `president`. */
function pluralOf(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}
