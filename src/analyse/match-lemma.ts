/**
 * A written word → its lexicon entry: peel clitics and inflection in every way the grammar
 * allows (src/data/lemma-affixes.ts), keep the readings whose remainder is a lemma, and take the
 * one that stripped least, preferring the part of speech the affixes imply, then the commonest.
 */
import {
  BROKEN_PLURALS,
  CONJUNCTIONS,
  ENCLITICS,
  IMPERFECT_PREFIXES,
  NOUN_ENDINGS,
  NOUN_ENDINGS_BEFORE_PRONOUN,
  NOUN_PARTICLES,
  VERB_ENDINGS,
  VERB_PARTICLES,
} from '../data/lemma-affixes.js';
import type { Lexicon, LexiconEntry } from './lexicon.js';

/** How much a lemma's corpus frequency (per power of ten) outweighs one peeled affix. */
const COMMONNESS = 1;

/** What a reading of the word implies about its part of speech. */
type Class = 'noun' | 'verb' | 'any';

interface Reading {
  readonly key: string;
  readonly cost: number;
  readonly cls: Class;
  /** Letters of proclitics (و ف ب ل ك س ال) the reading takes off the front. */
  readonly front: number;
}

/** A match: the entry, its index, and how many front letters are clitics under this reading. */
export interface LemmaMatch {
  readonly entry: LexiconEntry;
  readonly index: number;
  readonly front: number;
}

/** Keys matched so far, per lexicon: a word's match depends on the word and the lexicon alone. */
const MATCHES = new WeakMap<Lexicon, Map<string, LemmaMatch | undefined>>();
/** Keys a lexicon's cache holds at most before it starts afresh (a few MB). */
const MAX_CACHED = 200_000;

/** The cache of matches for `lexicon`, emptied when it has grown past MAX_CACHED. */
function matchesOf(lexicon: Lexicon): Map<string, LemmaMatch | undefined> {
  let matches = MATCHES.get(lexicon);
  if (!matches) {
    matches = new Map();
    MATCHES.set(lexicon, matches);
  } else if (matches.size >= MAX_CACHED) matches.clear();
  return matches;
}

/**
 * The lexicon entry a normalised word key belongs to, or undefined. Results are cached per
 * lexicon, for every analysis that uses it; `memo` replaces that cache (a test's own).
 *
 * @example matchLemma('وسيطرتها', lexicon)?.entry.lemma // 'سَيْطَرَة'
 */
export function matchLemma(key: string, lexicon: Lexicon, memo = matchesOf(lexicon)): LemmaMatch | undefined {
  const cached = memo.get(key);
  if (cached !== undefined || memo.has(key)) return cached;
  let best: { match: LemmaMatch; score: number } | undefined;
  for (const reading of readingsOf(key)) {
    const indices = lexicon.byKey.get(reading.key);
    if (!indices) continue;
    for (const index of indices) {
      const entry = lexicon.entries[index] as LexiconEntry;
      const score = reading.cost + mismatch(reading.cls, entry.pos) - COMMONNESS * Math.log10(entry.count + 1);
      if (!best || score < best.score) best = { match: { entry, index, front: reading.front }, score };
    }
  }
  memo.set(key, best?.match);
  return best?.match;
}

/** Extra cost when the affixes say verb and the entry is not one, or the other way round. */
function mismatch(cls: Class, pos: string): number {
  if (cls === 'any') return 0;
  const isVerb = pos === 'verb';
  return (cls === 'verb') === isVerb ? 0 : 2.5;
}

/** Every way to read `key` as clitics + inflection + lemma, with a cost for what was peeled. */
export function readingsOf(key: string): Reading[] {
  const out: Reading[] = [];
  for (const conj of CONJUNCTIONS) {
    if (!key.startsWith(conj)) continue;
    const afterConj = key.slice(conj.length);
    const conjCost = conj === 'ف' ? 1.5 : conj ? 1 : 0;
    const c = conj.length;
    for (const particle of NOUN_PARTICLES) {
      if (!afterConj.startsWith(particle)) continue;
      const afterParticle = afterConj.slice(particle.length);
      const particleCost = particle ? 1 : 0;
      const p = c + particle.length;
      nominal(afterParticle, conjCost + particleCost, particle === '' ? 'any' : 'noun', p, out);
      if (particle === '' && afterParticle.startsWith('ال')) nominal(afterParticle.slice(2), conjCost + 0.5, 'noun', p + 2, out, true);
      if (particle !== '' && particle !== 'ل' && afterParticle.startsWith('ال'))
        nominal(afterParticle.slice(2), conjCost + particleCost + 0.5, 'noun', p + 2, out, true);
      // ل + ال is written لل: للسلطة = ل + السلطة.
      if (particle === 'ل' && afterParticle.startsWith('ل')) nominal(afterParticle.slice(1), conjCost + 1.5, 'noun', p + 1, out, true);
    }
    for (const particle of VERB_PARTICLES) {
      if (!afterConj.startsWith(particle)) continue;
      verbal(afterConj.slice(particle.length), conjCost + (particle ? 1 : 0), c + particle.length, out);
    }
  }
  return out;
}

/** Readings of a noun or adjective with its endings and attached pronoun. */
function nominal(word: string, cost: number, cls: Class, front: number, out: Reading[], definite = false): void {
  if (word.length < 2) return;
  for (const ending of NOUN_ENDINGS) addEnding(word, ending, cost, cls, front, out);
  singularsOf(word, cost, front, out);
  if (word.endsWith('ا')) singularsOf(word.slice(0, -1), cost + 1, front, out);
  if (definite) return;
  for (const pronoun of ENCLITICS) {
    if (!word.endsWith(pronoun) || word.length - pronoun.length < 2) continue;
    const base = word.slice(0, -pronoun.length);
    for (const ending of NOUN_ENDINGS_BEFORE_PRONOUN) addEnding(base, ending, cost + 1, cls === 'any' ? 'any' : 'noun', front, out);
    singularsOf(base, cost + 1, front, out);
  }
}

/** Readings of `word` as a broken plural: أعمال → عمل, رسائل → رساله, حدود → حد. */
function singularsOf(word: string, cost: number, front: number, out: Reading[]): void {
  for (const [plural, singulars] of BROKEN_PLURALS) {
    const root = rootOf(word, plural);
    if (!root) continue;
    for (const singular of singulars) {
      const key = singular.replace(/[1-4]/g, (d) => root[Number(d) - 1] as string);
      out.push({ key, cost: cost + 1.5, cls: 'noun', front });
      if (key.length >= 3 && key.at(-1) === key.at(-2)) out.push({ key: key.slice(0, -1), cost: cost + 1.5, cls: 'noun', front });
    }
  }
}

/** The root letters of `word` when it fits `pattern` (digits = root letters), else undefined. */
function rootOf(word: string, pattern: string): string[] | undefined {
  if (word.length !== pattern.length) return undefined;
  const root: string[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i] as string;
    const c = word[i] as string;
    if (p >= '1' && p <= '4') root[Number(p) - 1] = c;
    else if (p !== c) return undefined;
  }
  return root;
}

/** Adds the reading `word` minus `ending[0]` plus `ending[1]` when it leaves a plausible stem. */
function addEnding(
  word: string,
  [strip, restore]: readonly [string, string],
  cost: number,
  cls: Class,
  front: number,
  out: Reading[],
): void {
  if (!word.endsWith(strip)) return;
  const base = word.slice(0, word.length - strip.length);
  if (base.length < 2) return;
  out.push({ key: base + restore, cost: cost + (strip ? 1 : 0) + (restore ? 0.25 : 0), cls, front });
}

/** Readings of a verb: perfect or imperfect, subject ending, attached pronoun. */
function verbal(word: string, cost: number, front: number, out: Reading[]): void {
  const pushVerb = (key: string, c: number): void => {
    out.push({ key, cost: c, cls: 'verb', front });
  };
  const bodies: [string, number][] = [[word, cost]];
  for (const pronoun of ENCLITICS) {
    if (word.endsWith(pronoun) && word.length - pronoun.length >= 3) bodies.push([word.slice(0, -pronoun.length), cost + 1]);
  }
  for (const [body, bodyCost] of bodies) {
    for (const ending of VERB_ENDINGS) {
      if (!body.endsWith(ending)) continue;
      const base = body.slice(0, body.length - ending.length);
      const endCost = ending ? 1 : 0;
      if (base.length >= 2) pushVerb(base, bodyCost + endCost);
      for (const prefix of IMPERFECT_PREFIXES) {
        if (!base.startsWith(prefix) || base.length - prefix.length < 2) continue;
        const stem = base.slice(1);
        pushVerb(stem, bodyCost + endCost + 1);
        pushVerb(`ا${stem}`, bodyCost + endCost + 1.25);
        // Hollow verbs: يقول → قال, يسير → سار.
        if (stem.length === 3 && (stem[1] === 'و' || stem[1] === 'ي')) pushVerb(`${stem[0]}ا${stem[2]}`, bodyCost + endCost + 1.5);
        // Defective verbs: يدعو → دعا, يبني → بنى (ي once normalised).
        if (stem.length === 3 && (stem[2] === 'و' || stem[2] === 'ي')) pushVerb(`${stem.slice(0, 2)}ا`, bodyCost + endCost + 1.5);
        if (stem.length === 2) pushVerb(`${stem}ي`, bodyCost + endCost + 1.5);
      }
    }
  }
}
