/**
 * A person's gender, as far as the article shows it: a feminine title or role before the name
 * (السفيرة، مديرة، الناطقة، وزيرة) or a common woman's given name. Options and swapped statements
 * keep to the key's gender: «قالت مديرة الصندوق سمير …» would give the answer away.
 */
import { FEMALE_GIVEN_NAMES } from '../data/female-given-names.js';
import { GIVEN_NAMES } from '../data/given-names.js';
import { normalizeKey } from '../text/normalize-key.js';
import type { Analysis } from '../types.js';
import { optionKey } from './option-key.js';

export type Gender = 'female' | 'male' | 'unknown';

/** Feminine words ending in ة that are used for men (خليفة) are rare in titles; none are listed. */
export function personGender(analysis: Analysis): (name: string) => Gender {
  const roles = new Map<string, string>();
  for (const n of analysis.names) if (n.type === 'person' && n.role) roles.set(optionKey(n.name), n.role);
  for (const f of analysis.facts) if (f.kind === 'entity' && f.type === 'person' && f.role) roles.set(optionKey(f.name), f.role);
  return (name) => {
    const first = normalizeKey(name.trim().split(/\s+/, 1)[0] ?? '');
    if (FEMALE_GIVEN_NAMES.has(first)) return 'female';
    const role = roles.get(optionKey(name));
    if (role !== undefined) {
      const head = normalizeKey(role.trim().split(/[\s،,]+/, 1)[0] ?? '').replace(/^ال/, '');
      return head.endsWith('ه') ? 'female' : 'male';
    }
    return GIVEN_NAMES.has(first) ? 'male' : 'unknown';
  };
}

/** True when `candidate` may stand for `key`: the same gender, or unknown beside a man's name. */
export function sameGender(gender: (name: string) => Gender, key: string, candidate: string): boolean {
  const a = gender(key);
  const b = gender(candidate);
  return a === b || (b === 'unknown' && a !== 'female') || (a === 'unknown' && b !== 'female');
}
