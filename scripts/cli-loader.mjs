#!/usr/bin/env node
// The waraqa command as installed (dist/bin/main.js; dist/bin/worker.js imports it in each worker
// thread of a batch). It runs the bundled CLI, dist/bin/waraqa.cjs, with the V8 code cache that
// the build made by running the sample (dist/bin/waraqa.cjs.cache): a run then neither parses the
// bundle nor compiles the functions the sample needed. V8 ignores a cache that does not fit (another
// Node version, a rebuilt bundle), which only costs the time it would have saved.
// Written by scripts/build-cli.mjs from scripts/cli-loader.mjs.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const here = path.dirname(fileURLToPath(import.meta.url));
const bundle = path.join(here, 'waraqa.cjs');
const cacheFile = `${bundle}.cache`;

let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // No cache: the bundle is compiled as usual.
}
const source = readFileSync(bundle, 'utf8');
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: bundle,
  ...(cachedData ? { cachedData } : {}),
});
if (process.env.WARAQA_CODE_CACHE === 'check') {
  // For the tests: was the cache there, and did V8 take it?
  process.stderr.write(`waraqa: code cache ${cachedData ? (script.cachedDataRejected ? 'rejected' : 'accepted') : 'missing'}\n`);
}
if (process.env.WARAQA_CODE_CACHE === 'write') {
  // The build's sample run: once the run is over, keep what V8 compiled for it.
  process.once('exit', () => {
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cacheFile);
  });
}
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, here);
