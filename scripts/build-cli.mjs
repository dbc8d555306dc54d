#!/usr/bin/env node
// Bundles the CLI into dist/bin/ (run after tsc by `npm run build`; package.json "bin" points at
// dist/bin/main.js). Why: Node then loads a handful of files instead of ~250 small modules, which
// was a third of a one-sheet run. The library API stays tsc's output in dist/ (dist/cli/main.js
// still works, just starts slower).
// - Entries: main.js (the command) and worker.js (a thread of `generate --jobs N`); what both use
//   is shared in chunks, and what a run may not need (other commands, PDF printing, the lexicon
//   download) sits in chunks loaded on demand.
// - External, loaded from node_modules only by the runs that need them: the PDF stack, zod (config
//   files), cli-progress (terminals), the HTML reader, jschardet, the full Handlebars (custom
//   templates).
// - The built-in templates are precompiled into the bundle (src/render/precompiled-templates.ts
//   is replaced), so a run loads the Handlebars runtime and not its compiler.
// - stopwords-iso: only the Arabic list goes in (the JSON holds ~60 languages, ~10× the size).
// dist/bin/ sits at the same depth as dist/render/, so the paths made from import.meta.url
// (templates/, the worker, the font package) are the same in the bundle and in tsc's output.
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
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

// Built beside dist/bin, then swapped in, so that a CLI started meanwhile never sees half a bundle.
const staging = `${OUT}.${process.pid}.tmp`;
rmSync(staging, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { main: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
  outdir: staging,
  bundle: true,
  splitting: true,
  chunkNames: '[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['puppeteer-core', 'zod', 'cli-progress', 'linkedom', '@mozilla/readability', 'jschardet'],
  // CommonJS packages in the bundle (handlebars, seedrandom) call require for Node's built-ins.
  banner: { js: "import { createRequire as waraqaCreateRequire } from 'node:module';\nconst require = waraqaCreateRequire(import.meta.url);" },
  plugins: [precompiled, stopWords],
  legalComments: 'none',
  logLevel: 'warning',
});
const old = `${OUT}.${process.pid}.old`;
try {
  renameSync(OUT, old);
} catch (error) {
  if (error.code !== 'ENOENT') throw error;
}
renameSync(staging, OUT);
rmSync(old, { recursive: true, force: true });
// Fails the build when the bundle cannot even start.
createRequire(import.meta.url)('node:child_process').execFileSync(process.execPath, [path.join(OUT, 'main.js'), '--version'], { stdio: 'ignore' });
