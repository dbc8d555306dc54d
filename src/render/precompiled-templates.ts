/**
 * The built-in templates compiled ahead of time, filled in by the CLI bundle
 * (scripts/build-cli.mjs replaces this module with the output of `precompileTemplates`). Here,
 * for the library and the tests, there are none and templates are compiled when first used.
 */
import type { PrecompiledSets } from './precompile-templates.js';

export const PRECOMPILED: PrecompiledSets | undefined = undefined;
