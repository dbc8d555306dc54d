// The CLI and the pipeline as a teacher runs them, on the built package (dist/):
// - per-stage time on the sample article (warm, median of 5);
// - analysis (segment + analyse) throughput on ~1 MB of article text (paragraphs kept);
// - wall time of `waraqa generate` (dist/bin/main.js, the bundle) on one article against `node -e 0`,
//   as a ratio (medians of 11 runs in turn, after one unmeasured run of each);
// - 100 articles (variants of the sample) at --jobs 1 and --jobs 2, HTML + JSON;
// - peak resident memory of one article and of the batch (GNU time, else resourceUsage of a child).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '../../dist/analyse/analyse.js';
import { generateVersions } from '../../dist/exercises/generate.js';
import { readTemplates } from '../../dist/io/read-templates.js';
import { loadArticle } from '../../dist/load/load-article.js';
import { resolveOptions } from '../../dist/options.js';
import { renderFiles } from '../../dist/render/render-files.js';
import { segment } from '../../dist/text/segment.js';

const here = path.dirname(fileURLToPath(import.meta.url));
// WARAQA_BENCH_CLI runs another build of the command (e.g. dist/cli/main.js, tsc's unbundled output) for comparison.
const CLI = process.env.WARAQA_BENCH_CLI ? path.resolve(process.env.WARAQA_BENCH_CLI) : path.join(here, '../../dist/bin/main.js');
const SAMPLE = path.join(here, '../../articles/us-iraq-talks.txt');
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Wall milliseconds and peak RSS (MB) of `node args…`. */
function measure(args, cwd) {
  if (GNU_TIME) {
    const started = performance.now();
    const r = spawnSync(GNU_TIME, ['-f', '%M %U %S', process.execPath, ...args], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const ms = performance.now() - started;
    const [kb, user, sys] = (r.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
    return { ms, cpuMs: (user + sys) * 1000, rssMb: kb / 1024, code: r.status };
  }
  // No GNU time: a child of a small probe; RUSAGE_CHILDREN is not exposed, so CPU is the wall.
  const probe = `const {spawnSync}=require('node:child_process');const r=spawnSync(process.execPath,${JSON.stringify(args)},{stdio:'ignore'});process.stdout.write(JSON.stringify({code:r.status,rss:process.resourceUsage().maxRSS}))`;
  const started = performance.now();
  const out = JSON.parse(execFileSync(process.execPath, ['-e', probe], { cwd, encoding: 'utf8' }));
  const ms = performance.now() - started;
  return { ms, cpuMs: ms, rssMb: out.rss / 1024, code: out.code };
}

/** 100 distinct articles: the sample's paragraphs rotated and cut differently. */
function writeArticles(dir, count) {
  const lines = readFileSync(SAMPLE, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim());
  const body = lines.filter((l) => l.length > 80);
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const rotated = [...body.slice(i % body.length), ...body.slice(0, i % body.length)].slice(0, body.length - (i % 3));
    writeFileSync(path.join(dir, `article-${String(i).padStart(3, '0')}.txt`), `${lines[0]} (${i + 1})\n\n${rotated.join('\n\n')}\n`);
  }
}

export default async () => {
  const rows = [];
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'waraqa-bench-cli-'));
  try {
    // Start-up: one article against `node -e 0`, in turn (a load spike hits both alike), after one
    // unmeasured run of each (files into the page cache); medians of 11. Measured first, while this
    // process is idle: after the in-process rows below, its own garbage collector and compiler
    // threads went on working beside the runs being timed.
    measure(['-e', '0'], tmp);
    measure([CLI, 'generate', SAMPLE, '--out', path.join(tmp, 'one'), '--quiet'], tmp);
    const bare = [];
    const one = [];
    const bareCpu = [];
    const oneCpu = [];
    let oneRss = 0;
    for (let i = 0; i < 11; i++) {
      const b = measure(['-e', '0'], tmp);
      bare.push(b.ms);
      bareCpu.push(b.cpuMs);
      const r = measure([CLI, 'generate', SAMPLE, '--out', path.join(tmp, 'one'), '--quiet'], tmp);
      one.push(r.ms);
      oneCpu.push(r.cpuMs);
      oneRss = Math.max(oneRss, r.rssMb);
    }
    rows.push({ name: 'node -e 0 (wall)', value: median(bare), unit: 'ms' });
    rows.push({ name: 'waraqa generate, one article (wall)', value: median(one), unit: 'ms' });
    rows.push({ name: 'one article / node -e 0 (wall)', value: median(one) / median(bare), unit: '×', budget: 2.5 });
    // CPU time moves less than wall time on a shared machine.
    rows.push({ name: 'one article / node -e 0 (CPU)', value: median(oneCpu) / median(bareCpu), unit: '×' });
    rows.push({ name: 'peak RSS, one article', value: oneRss, unit: 'MB', budget: 150 });

    // Per-stage time on the sample, warm.
    const options = resolveOptions({ formats: ['html', 'json'] });
    const templates = await readTemplates();
    const bytes = new Uint8Array(readFileSync(SAMPLE));
    const times = { load: [], segment: [], analyse: [], exercises: [], render: [] };
    for (let i = 0; i < 6; i++) {
      let t = performance.now();
      const lap = (name) => {
        const now = performance.now();
        if (i > 0) times[name].push(now - t);
        t = now;
      };
      const article = loadArticle(bytes, SAMPLE, options);
      lap('load');
      const text = segment(article);
      lap('segment');
      const analysis = analyse(text);
      lap('analyse');
      const sheets = generateVersions(analysis, options, 'bench');
      lap('exercises');
      renderFiles(sheets, options, templates);
      lap('render');
    }
    for (const [name, values] of Object.entries(times))
      rows.push({ name: `stage ${name} (sample, warm)`, value: median(values), unit: 'ms' });

    // Analysis throughput on ~1 MB of text.
    const paragraphs = loadArticle(bytes, SAMPLE, options).paragraphs;
    const big = [];
    for (let size = 0; size < 1024 * 1024; ) {
      const p = paragraphs[big.length % paragraphs.length];
      big.push(p);
      size += Buffer.byteLength(p) + 1;
    }
    const mb = Buffer.byteLength(big.join('\n')) / (1024 * 1024);
    const article = {
      title: 'bench',
      paragraphs: big,
      source: { path: 'bench', encoding: 'utf-8', format: 'text', bytes: 0 },
      removed: [],
    };
    const started = performance.now();
    analyse(segment(article));
    rows.push({
      name: 'analysis throughput (1 MB, segment+analyse)',
      value: mb / ((performance.now() - started) / 1000),
      unit: 'MB/s',
      higherIsBetter: true,
    });

    // 100 articles.
    const unit = path.join(tmp, 'unit');
    writeArticles(unit, 100);
    let batchRss = 0;
    for (const jobs of [1, 2]) {
      const r = measure(
        [CLI, 'generate', unit, '--out', path.join(tmp, `out-${jobs}`), '--format', 'html,json', '--jobs', String(jobs), '--quiet'],
        tmp,
      );
      if (r.code !== 0 && r.code !== 65) throw new Error(`batch at --jobs ${jobs} exited ${r.code}`);
      rows.push({ name: `100 articles, --jobs ${jobs} (html+json)`, value: r.ms / 1000, unit: 's', ...(jobs === 2 ? { budget: 5 } : {}) });
      batchRss = Math.max(batchRss, r.rssMb);
    }
    rows.push({ name: 'peak RSS, 100-article batch', value: batchRss, unit: 'MB', budget: 300 });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return rows;
};
