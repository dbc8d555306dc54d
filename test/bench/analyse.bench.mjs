// Analysis (vocabulary, names, facts) on the built package, against the text layer it builds on.
//
// What is measured: the CPU time (process.cpuUsage, user + system, all threads of the process) of
// `analyse(text)` and `analyse(text, lexicon)` as a share of `segment(article)`, the text layer's
// entry point, on two inputs: the sample article (../shared/data/gold/seed-article.json, else the
// bundled file's lines) in batches of 20 calls, and the sample repeated to about 1 MB (paragraphs
// kept), one call per batch. Budget: analysis adds at most 50% to the text layer's time.
//
// How, and why, so that both sides get the same treatment:
// - Steady state. Before measuring, segment and both analyse calls run in turn until the JIT has
//   settled: at least 1200 calls each on the sample (18 on 1 MB), then more windows
//   until no function's best batch time improves by more than 2% from one window to the next.
//   Without this the first function measured pays for V8's optimising compiler (its background
//   threads count in cpuUsage), and the figure is the JIT's warm-up, not the work.
// - Interleaving. Each round times one batch of every function, in an order rotated per round,
//   so a load spike on the machine hits all of them alike rather than one side's whole run.
// - The ratio. Each round gives analyse ÷ segment from batches timed back to back; the row is the
//   median of those ratios over the rounds (robust to a round hit by a spike on either side).
// - Caches: the analysis keeps per-written-form results for every text of the process (news
//   articles share most of their words), so from the second call on the same text finds all its
//   forms cached; a new article finds most. The cold rows below show the cost with none cached.
// - Garbage: a batch also pays for collecting what the batch before it left (on 1 MB, segment's
//   discarded Text; in the pipeline it stays alive), which the rotation spreads over all sides.
//   A forced full collection before each batch was tried: it made both sides about twice as slow
//   and far noisier, so it is not used. The 1 MB rows therefore vary more than the sample's.
// - ANALYSE_BENCH_VERBOSE=1 prints every round's batch times (ms) to stderr.
// - Start-up stays visible: the very first call of each function on the sample (before any
//   warm-up; this bench runs first under `npm run bench`) is reported without a budget, as is the
//   lexicon's load time from its cached index (budget 150 ms), and the two stages on 1 MB.
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

/** CPU seconds (all threads, user + system) taken by one call of `run`. */
function cpu(run) {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
}

/** `run` repeated `times` times, as one function (a batch). */
function batch(times, run) {
  return () => {
    for (let i = 0; i < times; i++) run();
  };
}

/** Middle value of `values` (mean of the two middle ones when even). */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Runs the batches in turn until the JIT has settled: `minWindows` windows of `window` rounds
 * first, then more (at most `maxWindows`) until no batch's best time in a window beats its best
 * so far by more than 2%.
 */
function warmUp(batches, { window, minWindows, maxWindows }) {
  const bestSoFar = batches.map(() => Number.POSITIVE_INFINITY);
  for (let w = 0; w < maxWindows; w++) {
    let improved = false;
    for (let k = 0; k < batches.length; k++) {
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < window; i++) best = Math.min(best, cpu(batches[k]));
      if (best < (bestSoFar[k] ?? 0) * 0.98) improved = true;
      bestSoFar[k] = Math.min(bestSoFar[k] ?? 0, best);
    }
    if (w + 1 >= minWindows && !improved) return;
  }
}

/** Times every batch once per round, the order rotated each round; returns the times per batch. */
function interleaved(batches, rounds) {
  const times = batches.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let j = 0; j < batches.length; j++) {
      const k = (r + j) % batches.length;
      times[k]?.push(cpu(batches[k]));
    }
  }
  return times;
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

  // Cold: the first calls in this process, before anything else here runs.
  let oneText;
  const coldSegment = cpu(() => {
    oneText = segment(one);
  });
  const coldAnalyse = cpu(() => analyse(oneText));

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
  const steady = [
    ['sample', one, 20, { window: 10, minWindows: 6, maxWindows: 20 }, 25],
    ['1 MB', big, 1, { window: 3, minWindows: 6, maxWindows: 12 }, 15],
  ];
  for (const [label, article, calls, warm, rounds] of steady) {
    const text = segment(article);
    const batches = [batch(calls, () => segment(article)), batch(calls, () => analyse(text))];
    if (lexicon) batches.push(batch(calls, () => analyse(text, lexicon)));
    warmUp(batches, warm);
    const [segmentTimes, ...analyseTimes] = interleaved(batches, rounds);
    if (process.env.ANALYSE_BENCH_VERBOSE) {
      for (const [k, times] of [segmentTimes, ...analyseTimes].entries())
        console.error(label, k, times.map((t) => (t * 1000).toFixed(1)).join(' '));
    }
    const share = (times) => median(times.map((t, r) => (t / (segmentTimes?.[r] ?? 1)) * 100));
    rows.push({ name: `analyse: ${label}, share of segment time`, value: share(analyseTimes[0] ?? []), unit: '%', budget: 50 });
    if (lexicon) {
      rows.push({ name: `analyse: ${label} with lexicon, share of segment`, value: share(analyseTimes[1] ?? []), unit: '%', budget: 50 });
    }
  }
  if (lexiconMs !== undefined) rows.push({ name: 'analyse: lexicon load (cached index)', value: lexiconMs, unit: 'ms', budget: 150 });
  rows.push(
    { name: 'analyse: sample, first call (cold), ms', value: coldAnalyse * 1000, unit: 'ms' },
    { name: 'analyse: sample, first segment (cold), ms', value: coldSegment * 1000, unit: 'ms' },
    { name: 'analyse: sample, cold share of segment', value: (coldAnalyse / coldSegment) * 100, unit: '%' },
  );
  rows.push(...stages(big));
  return rows;
};

/**
 * Rows without a budget, measured after the budgeted ones: the two stages of the analysis on
 * 1 MB, in ms (median of interleaved rounds, already warm from the rows above).
 */
function stages(big) {
  const bigText = segment(big);
  const { mentions } = findFacts(bigText);
  const names = new Uint8Array(bigText.text.length);
  for (const m of mentions) names.fill(1, m.span[0], m.span[1]);
  const [facts, vocabulary] = interleaved([() => findFacts(bigText), () => buildVocabulary(bigText, (offset) => names[offset] === 1)], 7);
  return [
    { name: 'analyse: 1 MB, facts stage (findFacts)', value: median(facts ?? []) * 1000, unit: 'ms' },
    { name: 'analyse: 1 MB, vocabulary stage', value: median(vocabulary ?? []) * 1000, unit: 'ms' },
  ];
}
