/**
 * An Analysis built from the gold data in ../shared (the cleaned sample and the facts a careful
 * teacher finds in it), so that the exercise tests measure the generator on right facts, whatever
 * the state of fact extraction. Every occurrence of a gold name becomes an entity fact.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyse } from '../../src/analyse/analyse.js';
import { segment } from '../../src/text/segment.js';
import type { Analysis, Article, Fact, NameEntry, Text } from '../../src/types.js';

export const GOLD_DIR = path.resolve(import.meta.dirname, '../../../shared/data/gold');
export const hasGold = existsSync(path.join(GOLD_DIR, 'seed-facts.json'));

interface GoldFacts {
  numbers: { value: number; counted: string; surface: string }[];
  dates: { surface: string; kind: string; value?: number }[];
  people: { name: string; role?: string }[];
  places: { name: string }[];
  organisations: { name: string }[];
  quotes: { speaker: string; speakerAlternatives?: string[]; text: string }[];
}

export function goldArticle(): Article {
  const gold = JSON.parse(readFileSync(path.join(GOLD_DIR, 'seed-article.json'), 'utf8'));
  return {
    title: gold.title,
    byline: gold.byline,
    paragraphs: gold.paragraphs,
    source: { path: 'articles/us-iraq-talks.txt', encoding: 'utf-8', format: 'text', bytes: 0 },
    removed: [],
  };
}

/** The gold analysis of the sample: the project's own vocabulary, the gold names and facts. */
export function goldAnalysis(): Analysis {
  const text = segment(goldArticle());
  const gold: GoldFacts = JSON.parse(readFileSync(path.join(GOLD_DIR, 'seed-facts.json'), 'utf8'));
  const facts: Fact[] = [];
  const names: NameEntry[] = [];
  const at = (surface: string) => occurrences(text, surface);
  for (const n of gold.numbers) {
    for (const [start, end, sentence] of at(n.surface).slice(0, 1)) {
      facts.push({ kind: 'number', value: n.value, counted: n.counted, surface: n.surface, span: [start, end], sentence });
    }
  }
  for (const d of gold.dates) {
    for (const [start, end, sentence] of at(d.surface).slice(0, 1)) {
      const type = d.kind === 'weekday' || d.kind === 'year' || d.kind === 'month' ? d.kind : 'date';
      facts.push({ kind: 'date', type, surface: d.surface, span: [start, end], sentence, ...(d.value ? { value: d.value } : {}) });
    }
  }
  const entities: [{ name: string; role?: string }[], 'person' | 'place' | 'organisation'][] = [
    [gold.people, 'person'],
    [gold.places, 'place'],
    [gold.organisations, 'organisation'],
  ];
  for (const [list, type] of entities) {
    for (const e of list) {
      const found = at(e.name);
      if (found.length === 0) continue;
      names.push({ name: e.name, type, count: found.length, sentences: found.map((f) => f[2]), ...(e.role ? { role: e.role } : {}) });
      for (const [start, end, sentence] of found)
        facts.push({ kind: 'entity', type, name: e.name, surface: e.name, span: [start, end], sentence });
    }
  }
  for (const q of gold.quotes) {
    for (const [start, end, sentence] of at(q.text).slice(0, 1)) {
      facts.push({ kind: 'quote', speaker: q.speaker, text: q.text, verb: 'قال', surface: q.text, span: [start, end], sentence });
    }
  }
  facts.sort((a, b) => a.span[0] - b.span[0]);
  const base = analyse(text);
  return { ...base, names, facts };
}

/** Every `[start, end, sentence]` where `surface` occurs in the text, as whole words. */
function occurrences(text: Text, surface: string): [number, number, number][] {
  const out: [number, number, number][] = [];
  let from = 0;
  for (;;) {
    const i = text.text.indexOf(surface, from);
    if (i < 0) break;
    from = i + 1;
    const after = text.text[i + surface.length] ?? ' ';
    if (/[\p{L}]/u.test(after) && !/[ًٌٍَُِّْ]/.test(after)) continue;
    const sentence = text.sentences.find((s) => s.start <= i && i + surface.length <= s.end);
    if (sentence) out.push([i, i + surface.length, sentence.id]);
  }
  return out;
}
