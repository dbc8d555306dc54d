#!/usr/bin/env node
// Bundles the CLI into dist/bin/ (run after tsc by `npm run build`; package.json "bin" points at
// dist/bin/main.js). Why: one-sheet runs are mostly start-up; tsc's output is ~250 small modules
// that Node resolves, reads and compiles one by one. The library API stays tsc's output in dist/
// (dist/cli/main.js still works, just starts slower).
// - dist/bin/waraqa.cjs: the CLI and the worker thread of `generate --jobs N` in one CommonJS
//   bundle (it runs the worker when loaded off the main thread). CommonJS, so that it can run as a
//   vm.Script with a V8 code cache (Node 20 has no compile cache for ES modules).
// - dist/bin/waraqa.cjs.cache: that code cache, made by running the sample through the bundle.
// - dist/bin/main.js (the command; scripts/cli-loader.cjs) and dist/bin/worker.js load them
//   (CommonJS, as dist/bin/package.json says: no ES module loader started for a run).
// - External, loaded from node_modules only by the runs that need them: the PDF stack, zod (config
//   files), cli-progress (terminals), the HTML reader, jschardet, the full Handlebars (custom
//   templates).
// - The built-in templates are precompiled into the bundle (src/render/precompiled-templates.ts
//   is replaced), so a run loads the Handlebars runtime and not its compiler.
// - stopwords-iso: only the Arabic list goes in (the JSON holds ~60 languages, ~10× the size).
// dist/bin/ sits at the same depth as dist/render/, so the paths made from import.meta.url
// (templates/, the worker, the font package) are the same in the bundle and in tsc's output.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { readTemplates } from '../dist/io/read-templates.js';
import { precompileTemplates } from '../dist/render/precompile-templates.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'dist/bin');
/** The languages of stopwords-iso that src/text/stop-words.ts reads. */
const STOP_WORD_LANGUAGES = ['ar'];

/** Replaces the empty src/render/precompiled-templates.ts with the built-in templates, precompiled. */
const precompiled = {
  name: 'precompiled-templates',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]render[\\/]precompiled-templates\.ts$/ }, async () => ({
      contents: precompileTemplates(await readTemplates()),
      loader: 'js',
    }));
  },
};

/** stopwords-iso.json with only the languages used. */
const stopWords = {
  name: 'stopwords-iso-languages',
  setup(b) {
    b.onLoad({ filter: /[\\/]stopwords-iso[\\/]stopwords-iso\.json$/ }, ({ path: file }) => {
      const all = JSON.parse(readFileSync(file, 'utf8'));
      const kept = Object.fromEntries(STOP_WORD_LANGUAGES.map((lang) => [lang, all[lang]]));
      return { contents: JSON.stringify(kept), loader: 'json' };
    });
  },
};

/**
 * string-width (yargs' help layout; three copies) builds at its top level what only help needs:
 * - `/^\p{RGI_Emoji}$/v`: V8 checks a regular expression literal while parsing, and this one
 *   costs ~15–20 ms on every start, help or not;
 * - `new Intl.Segmenter()`: the first Segmenter starts ICU's break iterators, ~10 ms (waraqa's
 *   own sentence splitting does not use Intl.Segmenter, see src/text/split-sentences.ts).
 * Both are built on first use instead (same pattern and flags, same segmenter). After the build,
 * neither may be left in the bundle (a new copy of string-width would bring them back).
 */
const RGI_LITERAL = '/^\\p{RGI_Emoji}$/v';
const EAGER_SEGMENTER = 'const segmenter = new Intl.Segmenter();';
const lazyHelpLayout = {
  name: 'string-width-lazy-regex-and-segmenter',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/](.+[\\/])?string-width[\\/]index\.js$/ }, ({ path: file }) => {
      const source = readFileSync(file, 'utf8');
      const lazyRegex = "{ test: (s) => (rgiEmojiRegexBuilt ??= new RegExp('^\\\\p{RGI_Emoji}$', 'v')).test(s) };\nlet rgiEmojiRegexBuilt";
      const lazySegmenter = 'const segmenter = { segment: (s) => (segmenterBuilt ??= new Intl.Segmenter()).segment(s) };\nlet segmenterBuilt;';
      return { contents: source.replace(RGI_LITERAL, () => lazyRegex).replace(EAGER_SEGMENTER, () => lazySegmenter), loader: 'js' };
    });
  },
};

/**
 * Node built-ins that packages load at their top level for what a run never does (each costs a
 * start 2–3 ms): seedrandom loads node:crypto for seeds made from entropy (waraqa always gives a
 * seed), yargs loads node:assert for internal checks that do not fail. seedrandom gets an empty
 * module; yargs gets the same two checks, which load node:assert to throw its error if one fails.
 */
const unusedBuiltins = {
  name: 'unused-builtins',
  setup(b) {
    b.onResolve({ filter: /^crypto$/ }, ({ importer }) =>
      /[\\/]seedrandom[\\/]/.test(importer) ? { path: 'crypto', namespace: 'seedrandom-no-crypto' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'seedrandom-no-crypto' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
    b.onResolve({ filter: /^assert$/ }, ({ importer }) =>
      /[\\/]yargs[\\/]/.test(importer) ? { path: 'assert', namespace: 'yargs-lazy-assert' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'yargs-lazy-assert' }, () => ({
      contents: `export function strictEqual(actual, expected, message) {
  if (!Object.is(actual, expected)) require('node:assert').strictEqual(actual, expected, message);
}
export function notStrictEqual(actual, expected, message) {
  if (Object.is(actual, expected)) require('node:assert').notStrictEqual(actual, expected, message);
}
`,
      loader: 'js',
    }));
  },
};

/**
 * yargs' platform shim reads `process.stdout.columns` at its top level, which makes Node build the
 * stdout stream (and load its stream modules) in every run, even one that prints nothing. The
 * value is only needed to wrap help text, so it is read when asked for (same value, same moment
 * of the run as far as yargs can tell).
 */
const STD_COLUMNS = "stdColumns: typeof process.stdout.columns !== 'undefined' ? process.stdout.columns : null";
/**
 * Likewise cliui and string-width (with wrap-ansi, strip-ansi, ansi-styles and an emoji table):
 * they lay out help text only, yet the shim imports them at its top level. They are required on
 * first use instead (esbuild then starts those modules only then).
 */
const EAGER_LAYOUT = ["import cliui from 'cliui'\n", "import stringWidth from 'string-width';\n"];
const LAZY_LAYOUT = "import { cliui, stringWidth } from 'yargs-lazy-layout';\n";
const lazyStdColumns = {
  name: 'yargs-lazy-std-columns-and-layout',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]yargs[\\/]lib[\\/]platform-shims[\\/]esm\.mjs$/ }, ({ path: file }) => {
      const source = readFileSync(file, 'utf8');
      if (!source.includes(STD_COLUMNS) || EAGER_LAYOUT.some((line) => !source.includes(line)))
        throw new Error(`${file}: the shim no longer reads as expected; update lazyStdColumns`);
      const lazy = "get stdColumns() { return typeof process.stdout.columns !== 'undefined' ? process.stdout.columns : null }";
      let contents = source.replace(STD_COLUMNS, () => lazy);
      for (const line of EAGER_LAYOUT) contents = contents.replace(line, '');
      return { contents: LAZY_LAYOUT + contents, loader: 'js' };
    });
    // The shim declares its own `require`; this module's is esbuild's, which starts a bundled
    // module on first call. Resolved from the shim's folder, so yargs gets the versions it asks for.
    b.onResolve({ filter: /^yargs-lazy-layout$/ }, ({ importer }) => ({
      path: 'yargs-lazy-layout',
      namespace: 'yargs-lazy-layout',
      pluginData: { resolveDir: path.dirname(importer) },
    }));
    b.onLoad({ filter: /.*/, namespace: 'yargs-lazy-layout' }, ({ pluginData }) => ({
      contents:
        "export const cliui = (...args) => require('cliui').default(...args);\n" +
        "export const stringWidth = (...args) => require('string-width').default(...args);\n",
      resolveDir: pluginData.resolveDir,
      loader: 'js',
    }));
  },
};

/**
 * The bundle's entry: the CLI (dist/bin/main.js run as a command) or a batch worker
 * (dist/bin/worker.js), each loaded only when asked for.
 */
/** The CommonJS module wrapper the bundle is written in (cli-loader.cjs calls the function). */
const WRAPPER_OPEN = '(function (exports, require, module, __filename, __dirname) {';
const WRAPPER_CLOSE = '\n})';

const ENTRY = `export const runCli = () => import('./src/cli/main.ts');
export const runWorker = () => import('./src/cli/worker.ts');
`;

// Built beside dist/bin, then swapped in, so that a CLI started meanwhile never sees half a bundle.
const staging = `${OUT}.${process.pid}.tmp`;
rmSync(staging, { recursive: true, force: true });
mkdirSync(staging, { recursive: true });
try {
  await build({
    absWorkingDir: root,
    stdin: { contents: ENTRY, resolveDir: root, sourcefile: 'waraqa-entry.js', loader: 'js' },
    outfile: path.join(staging, 'waraqa.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // import() becomes require(): a vm.Script has no module loader of its own for import().
    // Regular expressions stay literals: esbuild otherwise turns those with \p{…} into
    // `new RegExp(…)`, built again each time the line runs (in loops: ~2 ms of a one-sheet run);
    // Node 20 has both features.
    supported: { 'dynamic-import': false, 'regexp-unicode-property-escapes': true, 'regexp-set-notation': true },
    define: { 'import.meta.url': 'waraqaModuleUrl' },
    banner: { js: "const waraqaModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
    external: ['puppeteer-core', 'zod', 'cli-progress', 'linkedom', '@mozilla/readability', 'jschardet'],
    plugins: [precompiled, stopWords, lazyHelpLayout, unusedBuiltins, lazyStdColumns],
    legalComments: 'none',
    logLevel: 'warning',
  });
  const bundled = asciiOnly(readFileSync(path.join(staging, 'waraqa.cjs'), 'utf8'));
  // The loader compiles the file as it stands (see cli-loader.cjs): it holds its own CommonJS
  // wrapper, so that no one-megabyte string is joined and copied at every start.
  writeFileSync(path.join(staging, 'waraqa.cjs'), `${WRAPPER_OPEN}${bundled}${WRAPPER_CLOSE}`);
  if (bundled.includes(RGI_LITERAL)) throw new Error(`waraqa.cjs: ${RGI_LITERAL} left in the bundle`);
  if (/(?<!\?)=\s*new Intl\.Segmenter\(/.test(bundled)) throw new Error('waraqa.cjs: an Intl.Segmenter made at load time is left in the bundle');
  // Regular expression literals must stay literals (see `supported` above): the only \p{…}
  // expression built with new RegExp is string-width's emoji one, made once on first use.
  const rebuilt = bundled.match(/new RegExp\("[^"]*\\\\p\{/g) ?? [];
  if (rebuilt.length > 1) throw new Error(`waraqa.cjs: ${rebuilt.length} regular expressions with \\p{…} turned into new RegExp(…)`);
  copyFileSync(path.join(root, 'scripts/cli-loader.cjs'), path.join(staging, 'main.js'));
  chmodSync(path.join(staging, 'main.js'), 0o755);
  writeFileSync(
    path.join(staging, 'worker.js'),
    "// A worker thread of `waraqa generate --jobs N`: the same bundle and code cache as the command.\nrequire('./main.js').runWorker();\n",
  );
  // The package is ES modules; the command and the worker are CommonJS (see cli-loader.cjs).
  writeFileSync(path.join(staging, 'package.json'), '{ "type": "commonjs" }\n');
  makeCodeCache(staging);
  // Fails the build when the bundle cannot even start.
  execFileSync(process.execPath, [path.join(staging, 'main.js'), '--version'], { stdio: 'ignore' });
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  throw error;
}
const old = `${OUT}.${process.pid}.old`;
try {
  renameSync(OUT, old);
} catch (error) {
  if (error.code !== 'ENOENT') throw error;
}
renameSync(staging, OUT);
rmSync(old, { recursive: true, force: true });

/**
 * The bundle in ASCII, so that the loader reads it as Latin-1: half the memory of a two-byte
 * string and no UTF-8 decoding at every start. esbuild escapes every string, template and name
 * but leaves characters in regular expression literals as they are; those are the only non-ASCII
 * characters left, and inside a regular expression \uXXXX means the same character (a pair for
 * one beyond the BMP, as the u flag reads it). One escaped by a backslash (`\ب`) would change
 * meaning, so the build stops there instead.
 */
function asciiOnly(source) {
  return source.replace(/[^\x00-\x7f]/g, (char, at) => {
    if (source[at - 1] === '\\') throw new Error(`waraqa.cjs: an escaped non-ASCII character at ${at}; cannot make the bundle ASCII`);
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/**
 * The code cache: the sample in every text format, two versions, as a teacher would run it. A
 * sample that fails (work in progress elsewhere) still leaves a cache of what ran; none at all
 * only makes runs slower, so it is a warning, not a failed build.
 */
function makeCodeCache(dir) {
  const sample = mkdtempSync(path.join(os.tmpdir(), 'waraqa-build-'));
  try {
    const args = ['generate', 'articles/us-iraq-talks.txt', '--out', sample, '--quiet', '--versions', '2'];
    const run = spawnSync(process.execPath, [path.join(dir, 'main.js'), ...args, '--format', 'html,json,md,txt,gift,moodle-xml'], {
      cwd: root,
      stdio: 'ignore',
      env: { ...process.env, WARAQA_CODE_CACHE: 'write', WARAQA_LEXICON: '' },
    });
    if (run.status !== 0) console.warn(`build-cli: the sample run for the code cache exited ${run.status ?? run.signal}.`);
    if (!existsSync(path.join(dir, 'waraqa.cjs.cache'))) console.warn('build-cli: no code cache; the CLI will start slower.');
  } finally {
    rmSync(sample, { recursive: true, force: true });
  }
}
