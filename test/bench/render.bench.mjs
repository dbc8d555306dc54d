// Rendering figures for the sample article (seed 7, three versions), from dist/:
// HTML per worksheet after warm-up (budget 20 ms), the other text formats, and PDF per worksheet
// in a batch on one browser (budget 0.4 s; skipped with a note when no Chromium is installed).
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChrome, openPdfPrinter } from '../../dist/io/print-pdf.js';
import { readTemplates } from '../../dist/io/read-templates.js';
import { resolveOptions } from '../../dist/options.js';
import { buildWorksheets } from '../../dist/pipeline.js';
import { renderFiles } from '../../dist/render/render-files.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SAMPLE = 'articles/us-iraq-talks.txt';

/** Median of `runs` timings of `fn`, in ms, after `warm` untimed calls. */
async function median(fn, runs, warm) {
  for (let i = 0; i < warm; i++) await fn(i);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/**
 * CPU seconds used so far by the Chromium processes of our printer (found by its temporary
 * profile folder, so other browsers running meanwhile are not counted), from /proc; undefined
 * where /proc is missing. Wall time on a busy 2-core machine says little; CPU time says what an
 * idle machine would take.
 */
function chromiumCpu(profile) {
  try {
    const pids = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.includes(profile))
      .map((line) => line.trim().split(/\s+/)[0]);
    let ticks = 0;
    for (const pid of pids) {
      try {
        const fields = execFileSync('cat', [`/proc/${pid}/stat`], { encoding: 'utf8' })
          .split(') ')[1]
          .split(' ');
        ticks += Number(fields[11]) + Number(fields[12]);
      } catch {
        // the process ended meanwhile
      }
    }
    return ticks / 100;
  } catch {
    return undefined;
  }
}

export default async () => {
  const templates = await readTemplates();
  const bytes = await readFile(path.join(root, SAMPLE));
  const base = resolveOptions({ seed: '7', versions: 3 });
  const worksheets = buildWorksheets(bytes, SAMPLE, base).worksheets;
  const sheet = (i) => worksheets[i % worksheets.length];
  const html = resolveOptions({ seed: '7', formats: ['html'] });
  const text = resolveOptions({ seed: '7', formats: ['md', 'txt', 'json'] });
  // The CLI renders one worksheet per call, so that is what is timed.
  const rows = [
    {
      name: 'render: HTML per worksheet',
      value: await median((i) => renderFiles([sheet(i)], html, templates), 60, 20),
      unit: 'ms',
      budget: 20,
    },
    {
      // A fresh TemplateSet object each call defeats the compile memo: the cost of a first sheet.
      name: 'render: HTML, first sheet (compiling templates)',
      value: await median((i) => renderFiles([sheet(i)], html, { ...templates, html: { ...templates.html } }), 15, 3),
      unit: 'ms',
    },
    {
      name: 'render: md + txt + json per worksheet',
      value: await median((i) => renderFiles([sheet(i)], text, templates), 60, 20),
      unit: 'ms',
    },
  ];
  let chrome;
  try {
    chrome = findChrome({});
  } catch {
    console.error('render bench: no Chromium found, PDF figures skipped (apt-get install --no-install-recommends chromium).');
    return rows;
  }
  const pages = worksheets.map((ws) => renderFiles([ws], html, templates)[0].contents);
  let start = performance.now();
  const printer = await openPdfPrinter({ chrome });
  const startup = (performance.now() - start) / 1000;
  try {
    await printer.print(pages[0]);
    const batch = 6;
    const cpuBefore = chromiumCpu(printer.profile);
    start = performance.now();
    for (let i = 0; i < batch; i++) await printer.print(pages[i % pages.length]);
    const each = (performance.now() - start) / 1000 / batch;
    const cpuAfter = chromiumCpu(printer.profile);
    rows.push({ name: 'pdf: browser start', value: startup, unit: 's' });
    rows.push({ name: 'pdf: per worksheet in a batch (one browser)', value: each, unit: 's', budget: 0.4 });
    if (cpuBefore !== undefined && cpuAfter !== undefined)
      rows.push({ name: 'pdf: Chromium CPU per worksheet', value: (cpuAfter - cpuBefore) / batch, unit: 's' });
  } finally {
    await printer.close();
  }
  return rows;
};
