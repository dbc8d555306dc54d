// Text layer (segment: sentences, tokens, clitics, stop words) on the built package.
// 1. throughput on ordinary news text: the bundled sample article's paragraphs, segmented as one
//    article again and again (a fresh word memo each time, as for a new article), in MB of UTF-8
//    text per second on one core; 2. one 1 MB article written as a single paragraph with no line
//    break, which the naive Intl.Segmenter call takes minutes on. Both are measured in CPU time of
//    this process (process.cpuUsage), best of several runs: that is the one-core figure, and it
//    does not move when other work shares the machine (wall-clock time did, by 3x).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { segment } from '../../dist/text/segment.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const source = { path: 'bench', encoding: 'utf-8', format: 'text', bytes: 0 };
const article = (paragraphs) => ({ paragraphs, source, removed: [] });

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

export default async () => {
  const sample = readFileSync(path.join(here, '../../articles/us-iraq-talks.txt'), 'utf8');
  const paragraphs = sample
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const bytes = Buffer.byteLength(paragraphs.join('\n\n'));
  const rounds = Math.ceil(2_000_000 / bytes);
  segment(article(paragraphs)); // warm up
  const news = best(5, () => {
    for (let i = 0; i < rounds; i++) segment(article(paragraphs));
  });

  const unit = `${paragraphs.join(' ')} `;
  const huge = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
  let sentences = 0;
  const long = best(2, () => {
    sentences = segment(article([huge])).sentences.length;
  });
  if (sentences < 1000) throw new Error(`the 1 MB paragraph gave only ${sentences} sentences`);

  return [
    { name: 'text: segment news text, one core', value: (rounds * bytes) / 1e6 / news, unit: 'MB/s', budget: 5, higherIsBetter: true },
    { name: 'text: segment a 1 MB one-paragraph article, CPU', value: long, unit: 's', budget: 2 },
  ];
};
