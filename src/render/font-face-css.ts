/** `@font-face` rules with the fonts inlined as base64 woff2, so a sheet needs no network. */
import type { FontFile } from './templates.js';

/**
 * One rule per font file. `font-display: block` so that Chromium never prints a fallback font
 * while the inlined one decodes.
 */
export function fontFaceCss(fonts: readonly FontFile[]): string {
  return fonts
    .map(
      (f) =>
        `@font-face{font-family:'${f.family}';font-style:normal;font-weight:${f.weight};font-display:block;` +
        `src:url(data:font/woff2;base64,${f.base64}) format('woff2');unicode-range:${f.unicodeRange};}`,
    )
    .join('\n');
}
