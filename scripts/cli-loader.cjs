#!/usr/bin/env node
// The waraqa command as installed (dist/bin/main.js; dist/bin/worker.js requires it in each worker
// thread of a batch). It loads the bundled CLI, dist/bin/waraqa.cjs, with the V8 code cache that
// the build made by running the sample (dist/bin/waraqa.cjs.cache): a run then neither parses the
// bundle nor compiles the functions the sample needed. V8 ignores a cache that does not fit (another
// Node version, a rebuilt bundle), which only costs the time it would have saved. Run as a
// command, it starts the CLI; required (by worker.js), it only hands over the bundle's exports.
// CommonJS (dist/bin/package.json says so), so that a run does not start Node's ES module loader.
// Written by scripts/build-cli.mjs from scripts/cli-loader.cjs.
'use strict';
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');
const { Script } = require('node:vm');

const here = __dirname;
const bundle = path.join(here, 'waraqa.cjs');
const cacheFile = `${bundle}.cache`;

let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // No cache: the bundle is compiled as usual.
}
// ASCII (the build makes it so): read as Latin-1, a one-byte string with nothing to decode. The
// file is a CommonJS wrapper function already (the build writes it so): compiled as it stands,
// it is not joined to a wrapper here, which copied the whole megabyte at every start (~5 ms).
const source = readFileSync(bundle, 'latin1');
// Named by its place in the package, not by its path on this machine: V8 keeps the name the code
// cache was made with (in the build's staging folder, perhaps on another machine), and a stack
// trace (`--debug`) must name a file that exists wherever the package is installed.
const script = new Script(source, {
  filename: 'dist/bin/waraqa.cjs',
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
const bundled = { exports: {} };
script.runInThisContext()(bundled.exports, createRequire(bundle), bundled, bundle, here);
module.exports = bundled.exports;
if (require.main === module) bundled.exports.runCli();
