/**
 * The country a person's role ties them to, as the article writes it («رئيس الوزراء العراقي»,
 * «وزير الدفاع الأميركي»): options for «كرر رئيس الوزراء العراقي ____» keep to Iraqis, since the
 * American minister there reads as absurd, not wrong.
 */
import { isDemonym } from '../analyse/is-demonym.js';
import { lettersOnly } from '../text/letters.js';
import { normalizeKey } from '../text/normalize-key.js';
import type { Analysis } from '../types.js';
import { optionKey } from './option-key.js';
import { perAnalysis } from './per-analysis.js';

/** name → the nationality word of their role without ال or a feminine ending («عراقي»), if any. */
export const personCountry: (analysis: Analysis) => (name: string) => string | undefined = perAnalysis((analysis) => {
  const countries = new Map<string, string>();
  const note = (name: string, role: string | undefined) => {
    const country = role === undefined ? undefined : countryOf(role);
    if (country !== undefined) countries.set(optionKey(name), country);
  };
  for (const n of analysis.names) if (n.type === 'person') note(n.name, n.role);
  for (const f of analysis.facts) if (f.kind === 'entity' && f.type === 'person') note(f.name, f.role);
  return (name) => countries.get(optionKey(name));
});

/**
 * True when `option` may stand for `key`: a key whose role names a country («اللاعب النيجيري»)
 * takes only options of that country; the others any.
 */
export function sameCountry(country: (name: string) => string | undefined, key: string, option: string): boolean {
  const x = country(key);
  return x === undefined || country(option) === x;
}

/** The last nationality word of a role: «السفيرة الأميركية بالعراق» → «اميركي». */
function countryOf(role: string): string | undefined {
  const words = role
    .split(/[\s،,]+/)
    .map((w) => lettersOnly(normalizeKey(w)))
    .filter((w) => w.startsWith('ال') && isDemonym(w));
  const last = words.at(-1);
  return last?.replace(/^ال/, '').replace(/(يه|يين|يون|يات)$/, 'ي');
}
