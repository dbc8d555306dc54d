// Analysis (vocabulary, names, facts) on the built package, against the text layer it builds on:
// on the sample article (from ../shared/data/gold/seed-article.json, else the bundled file's
// lines) and on the sample repeated to about 1 MB (paragraphs kept), analysis time as a share of
// segmentation time (budget: at most +50%), with and without the lexicon; and the lexicon's load
// time from its cached index (budget 150 ms). CPU time of this process, best of several runs.
// Then, without budgets: the stages on 1 MB, and the sample once the JIT has warmed up.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '../../dist/analyse/analyse.js';
import { buildVocabulary } from '../../dist/analyse/build-vocabulary.js';
import { findFacts } from '../../dist/analyse/find-facts.js';
import { loadLexicon } from '../../dist/io/lexicon-load.js';
import { segment } from '../../dist/text/segment.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const GOLD = path.join(here, '../../../shared/data/gold/seed-article.json');
const LEXICON = path.join(here, '../../../shared/data/samer/SAMER-Readability-Lexicon.tsv');
const source = { path: 'bench', encoding: 'utf-8', format: 'text', bytes: 0 };

/** CPU seconds taken by `run`, best of `times`. */
function best(times, run) {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) {
    const started = process.cpuUsage();
    run();
    const used = process.cpuUsage(started);
    min = Math.min(min, (used.user + used.system) / 1e6);
  }
  return min;
}

function sampleParagraphs() {
  if (existsSync(GOLD)) return JSON.parse(readFileSync(GOLD, 'utf8')).paragraphs;
  return readFileSync(path.join(here, '../../articles/us-iraq-talks.txt'), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

export default async () => {
  const paragraphs = sampleParagraphs();
  const one = { paragraphs, source, removed: [] };
  const bytes = Buffer.byteLength(paragraphs.join('\n\n'));
  const big = { paragraphs: Array.from({ length: Math.ceil(1_000_000 / bytes) }, () => paragraphs).flat(), source, removed: [] };

  let lexicon;
  let lexiconMs;
  if (existsSync(LEXICON)) {
    const env = { ...process.env, XDG_CACHE_HOME: mkdtempSync(path.join(os.tmpdir(), 'waraqa-bench-')) };
    await loadLexicon(LEXICON, env); // builds the index cache
    const times = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      lexicon = await loadLexicon(LEXICON, env);
      times.push(performance.now() - started);
    }
    lexiconMs = Math.min(...times);
  }

  const rows = [];
  for (const [label, article, rounds] of [
    ['sample', one, 20],
    ['1 MB', big, 1],
  ]) {
    const text = segment(article);
    for (let i = 0; i < 3; i++) {
      segment(article);
      analyse(text);
      if (lexicon) analyse(text, lexicon);
    }
    const segmentTime = best(7, () => {
      for (let i = 0; i < rounds; i++) segment(article);
    });
    const analyseTime = best(7, () => {
      for (let i = 0; i < rounds; i++) analyse(text);
    });
    rows.push({ name: `analyse: ${label}, share of segment time`, value: (analyseTime / segmentTime) * 100, unit: '%', budget: 50 });
    if (lexicon) {
      const withLexicon = best(7, () => {
        for (let i = 0; i < rounds; i++) analyse(text, lexicon);
      });
      rows.push({
        name: `analyse: ${label} with lexicon, share of segment`,
        value: (withLexicon / segmentTime) * 100,
        unit: '%',
        budget: 50,
      });
    }
  }
  if (lexiconMs !== undefined) rows.push({ name: 'analyse: lexicon load (cached index)', value: lexiconMs, unit: 'ms', budget: 150 });
  rows.push(...breakdown(one, big));
  return rows;
};

/**
 * Rows without a budget, measured after the budgeted ones (so they change nothing above): the
 * two stages of the analysis on 1 MB, in ms; and the sample's share once both stages have run
 * 500 times, which separates the JIT's warm-up (the sample rows above run right after start) from
 * the steady cost.
 */
function breakdown(one, big) {
  const bigText = segment(big);
  const { mentions } = findFacts(bigText);
  const names = new Uint8Array(bigText.text.length);
  for (const m of mentions) names.fill(1, m.span[0], m.span[1]);
  const facts = best(7, () => findFacts(bigText));
  const vocabulary = best(7, () => buildVocabulary(bigText, (offset) => names[offset] === 1));
  const text = segment(one);
  for (let i = 0; i < 500; i++) {
    segment(one);
    analyse(text);
  }
  const segmentTime = best(7, () => {
    for (let i = 0; i < 20; i++) segment(one);
  });
  const analyseTime = best(7, () => {
    for (let i = 0; i < 20; i++) analyse(text);
  });
  return [
    { name: 'analyse: 1 MB, facts stage (findFacts)', value: facts * 1000, unit: 'ms' },
    { name: 'analyse: 1 MB, vocabulary stage', value: vocabulary * 1000, unit: 'ms' },
    { name: 'analyse: sample after 500 runs, share of segment', value: (analyseTime / segmentTime) * 100, unit: '%' },
  ];
}
