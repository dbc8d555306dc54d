/**
 * Scores extracted facts against a gold file in the format of ../shared/data/gold/seed-facts.json,
 * by the matching rules written in that file: a name is found when the extracted name contains
 * the gold name; a quote when its text equals the gold text and its speaker is the gold person (or
 * one of `speakerAlternatives`); all after normalisation (diacritics, tatweel, hamza forms). For
 * numbers: same value and, when the gold names one, the same counted noun. For dates: one surface
 * contains the other.
 */
import { normalizeKey } from '../../src/text/normalize-key.js';
import type { Fact } from '../../src/types.js';

export interface GoldFacts {
  readonly numbers: readonly { value: number; counted?: string; surface: string; required: boolean }[];
  readonly dates: readonly { surface: string; kind: string; required: boolean }[];
  readonly people: readonly { name: string; required: boolean }[];
  readonly places: readonly { name: string; required: boolean }[];
  readonly organisations: readonly { name: string; required: boolean }[];
  readonly quotes: readonly { speaker: string; speakerAlternatives?: string[]; text: string; required: boolean }[];
}

export type FactType = 'number' | 'date' | 'person' | 'place' | 'organisation' | 'quote';
export const FACT_TYPES: readonly FactType[] = ['number', 'date', 'person', 'place', 'organisation', 'quote'];

export interface TypeScore {
  readonly extracted: number;
  readonly correct: number;
  readonly required: number;
  readonly requiredFound: number;
  readonly gold: number;
  readonly goldFound: number;
  readonly missing: string[];
  readonly wrong: string[];
}

const norm = (s: string): string =>
  normalizeKey(s)
    .replace(/[«»"“”.,،:؛()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

type GoldItem = { required: boolean; label: string; matches: (f: Fact) => boolean };

function goldItems(gold: GoldFacts, type: FactType): GoldItem[] {
  const contains = (name: string) => (f: Fact) => f.kind === 'entity' && f.type === type && norm(f.name).includes(norm(name));
  switch (type) {
    case 'number':
      return gold.numbers.map((g) => ({
        required: g.required,
        label: g.surface,
        matches: (f) =>
          f.kind === 'number' &&
          f.value === g.value &&
          (g.counted === undefined || (f.counted !== undefined && sameNoun(f.counted, g.counted))),
      }));
    case 'date':
      return gold.dates.map((g) => ({
        required: g.required,
        label: g.surface,
        matches: (f) => f.kind === 'date' && (norm(f.surface).includes(norm(g.surface)) || norm(g.surface).includes(norm(f.surface))),
      }));
    case 'person':
      return gold.people.map((g) => ({ required: g.required, label: g.name, matches: contains(g.name) }));
    case 'place':
      return gold.places.map((g) => ({ required: g.required, label: g.name, matches: contains(g.name) }));
    case 'organisation':
      return gold.organisations.map((g) => ({ required: g.required, label: g.name, matches: contains(g.name) }));
    case 'quote':
      return gold.quotes.map((g) => ({
        required: g.required,
        label: `${g.speaker}: ${g.text}`,
        matches: (f) =>
          f.kind === 'quote' &&
          norm(f.text) === norm(g.text) &&
          [g.speaker, ...(g.speakerAlternatives ?? [])].some(
            (s) =>
              (f.speaker !== undefined && norm(f.speaker).includes(norm(s))) ||
              (f.speakerMention !== undefined && norm(f.speakerMention) === norm(s)),
          ),
      }));
  }
}

/** Two spellings of a counted noun: same after normalisation and without the tanween alif. */
function sameNoun(a: string, b: string): boolean {
  const strip = (s: string) => norm(s).replace(/ا$/, '');
  return strip(a) === strip(b);
}

function typeOf(f: Fact): FactType {
  return f.kind === 'entity' ? f.type : f.kind;
}

/** Precision and recall per fact type. */
export function scoreFacts(facts: readonly Fact[], gold: GoldFacts): Record<FactType, TypeScore> {
  const out = {} as Record<FactType, TypeScore>;
  for (const type of FACT_TYPES) {
    const items = goldItems(gold, type);
    const extracted = facts.filter((f) => typeOf(f) === type);
    const wrong = extracted.filter((f) => !items.some((g) => g.matches(f)));
    const found = items.filter((g) => extracted.some((f) => g.matches(f)));
    out[type] = {
      extracted: extracted.length,
      correct: extracted.length - wrong.length,
      required: items.filter((g) => g.required).length,
      requiredFound: found.filter((g) => g.required).length,
      gold: items.length,
      goldFound: found.length,
      missing: items.filter((g) => !found.includes(g)).map((g) => `${g.required ? '(required) ' : ''}${g.label}`),
      wrong: wrong.map((f) => `${f.surface}${f.kind === 'quote' ? ` ← ${f.speaker ?? '?'}` : ''}`),
    };
  }
  return out;
}

/** The table a test prints: one row per type. */
export function formatScores(title: string, scores: Record<FactType, TypeScore>): string {
  const rows = FACT_TYPES.map((t) => {
    const s = scores[t];
    const precision = s.extracted === 0 ? 1 : s.correct / s.extracted;
    const recall = s.required === 0 ? 1 : s.requiredFound / s.required;
    const all = s.gold === 0 ? 1 : s.goldFound / s.gold;
    return `${t.padEnd(13)} ${String(s.extracted).padStart(9)} ${precision.toFixed(2).padStart(9)} ${`${s.requiredFound}/${s.required}`.padStart(9)} ${recall.toFixed(2).padStart(8)} ${all.toFixed(2).padStart(9)}`;
  });
  const detail = FACT_TYPES.flatMap((t) => [
    ...scores[t].missing.map((m) => `  missing ${t}: ${m}`),
    ...scores[t].wrong.map((w) => `  not in gold ${t}: ${w}`),
  ]);
  return [`${title}`, `${'type'.padEnd(13)} extracted precision  required   recall  all-gold`, ...rows, ...detail].join('\n');
}
