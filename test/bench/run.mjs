#!/usr/bin/env node
// Runs every bench/*.bench.mjs in name order against the built package (dist/). Each prints one
// line per figure: `name  value unit  (budget …) ok|OVER`. Exits 1 when any figure is over budget.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
let over = 0;
for (const file of readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort()) {
  if (only && !file.includes(only)) continue;
  const mod = await import(pathToFileURL(path.join(here, file)).href);
  const rows = await mod.default();
  for (const row of rows) {
    const ok = row.budget === undefined || (row.higherIsBetter ? row.value >= row.budget : row.value <= row.budget);
    if (!ok) over++;
    const budget = row.budget === undefined ? '' : `  (budget ${row.higherIsBetter ? '≥' : '≤'} ${row.budget} ${row.unit})`;
    console.log(
      `${row.name.padEnd(48)} ${String(Number(row.value.toFixed(3))).padStart(10)} ${row.unit}${budget}${row.budget === undefined ? '' : ok ? '  ok' : '  OVER'}`,
    );
  }
}
process.exitCode = over ? 1 : 0;
