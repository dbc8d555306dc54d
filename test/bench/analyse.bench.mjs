// Analysis (vocabulary, names, facts) on the built package, against the text layer it builds on:
// on the sample article (from ../shared/data/gold/seed-article.json, else the bundled file's
// lines) and on the sample repeated to about 1 MB (paragraphs kept), analysis time as a share of
// segmentation time (budget: at most +50%), with and without the lexicon; and the lexicon's load
// time from its cached index (budget 150 ms). CPU time of this process, best of several runs.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '../../dist/analyse/analyse.js';
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
  return rows;
};
