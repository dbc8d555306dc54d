/**
 * Worksheet → JSON: the Worksheet object itself (shape in README.md, "The worksheet as JSON"), two-space
 * indented. `<` is written `\u003c` so the file can be pasted into a `<script>` safely; parsing
 * gives the same strings back.
 */
import type { Worksheet } from '../types.js';

/** `renderJson(ws)` → `{\n  "meta": {…` with a final newline. */
export function renderJson(worksheet: Worksheet): string {
  return `${JSON.stringify(worksheet, null, 2).replace(/</g, '\\u003c')}\n`;
}
