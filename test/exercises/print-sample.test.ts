/**
 * Prints a worksheet's items for reading in Arabic (skipped unless asked):
 *   WARAQA_PRINT=1 [WARAQA_PRINT_ARGS="seed level"] [WARAQA_PRINT_FILE=articles/x.txt] npx vitest run test/exercises/print-sample
 * Without WARAQA_PRINT_FILE it uses the sample with the gold facts.
 */
import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.js';
import { generate } from '../../src/exercises/generate.js';
import { loadArticle } from '../../src/load/load-article.js';
import { resolveOptions } from '../../src/options.js';
import { segment } from '../../src/text/segment.js';
import { goldAnalysis } from './gold-analysis.js';

it.runIf(process.env.WARAQA_PRINT === '1')('prints the sample worksheet for review', () => {
  const [seed, level] = (process.env.WARAQA_PRINT_ARGS ?? '7 2').split(' ');
  const file = process.env.WARAQA_PRINT_FILE;
  const a = file ? analyse(segment(loadArticle(new Uint8Array(readFileSync(file)), file, { maxBytes: 5e6 }))) : goldAnalysis();
  const ws = generate(a, resolveOptions({ level: Number(level ?? 2) as 1 }), seed ?? '7');
  for (const s of ws.sections) {
    console.log('\n##', s.kind);
    if (s.kind === 'vocabulary') console.log(s.entries.map((e) => e.display).join(' | '));
    if (s.kind === 'cloze') {
      console.log(s.paragraphs.map((p) => p.map((x) => (x.kind === 'gap' ? `[${x.number}]` : x.text)).join('')).join('\n'));
      console.log('BANK', s.bank.join(' | '));
      console.log(s.gaps.map((g) => `${g.number}=${g.answer}`).join(' '));
    }
    if (s.kind === 'multipleChoice' || s.kind === 'vocabularyInContext')
      for (const i of s.items)
        console.log(`${i.number}- [${i.topic}] ${i.stem}\n     ${i.options.map((o, k) => (k === i.answer ? `*${o}*` : o)).join(' | ')}`);
    if (s.kind === 'trueFalse')
      for (const i of s.items)
        console.log(`${i.number}- ${i.answer ? 'T' : 'F'} ${i.statement}${i.swap ? `   [${i.swap.from}→${i.swap.to}]` : ''}`);
    if (s.kind === 'matching') {
      s.left.forEach((l, i) => console.log(`${i + 1}- ${l}  => ${s.right[s.answer[i] ?? 0]}`));
      console.log('RIGHT', s.right.join(' | '));
    }
    if (s.kind === 'ordering') {
      s.events.forEach((e, i) => console.log(`${i}: ${e}`));
      console.log('ORDER', s.answer.join(','));
    }
  }
  console.log('\nNOTES', ws.notes);
  console.log('DROPPED');
  for (const d of ws.dropped) console.log(' -', d.section, d.reason, '::', d.item.slice(0, 80));
});
