/**
 * Worksheet → self-contained RTL HTML, through Handlebars templates in `templates/`.
 * The Handlebars instance is private (`Handlebars.create()`), never the global one.
 */
import Handlebars from 'handlebars';
import type { Worksheet } from '../types.js';

export interface HtmlAssets {
  readonly layout: string;
  readonly css: string;
}

const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';
const LETTERS = ['أ', 'ب', 'ج', 'د', 'هـ', 'و'];

/** Writes ASCII digits as Arabic-Indic ones: `12` → `١٢`. */
export function toArabicDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => ARABIC_DIGITS[Number(d)] ?? d);
}

export function renderHtml(worksheet: Worksheet, assets: HtmlAssets): string {
  const hb = Handlebars.create();
  hb.registerHelper('num', (n: number) => toArabicDigits(String(n)));
  hb.registerHelper('plus1', (n: number) => toArabicDigits(String(n + 1)));
  hb.registerHelper('letter', (i: number) => LETTERS[i] ?? '?');
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  const template = hb.compile(assets.layout, { strict: false });
  return template({ ws: worksheet, css: assets.css });
}
