/**
 * A web page is read as HTML when its name says so (.html, .htm, .xhtml) or when its text starts
 * like markup (a doctype, <html>, <head>, <body> or a block tag), whatever it is called.
 */
const HTML_NAME = /\.(x?html?|xht)$/i;
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|article|main|div|p|h1|section)\b/i;

/** @example looksLikeHtml('<p>مرحبا</p>', '-') // true */
export function looksLikeHtml(text: string, path: string): boolean {
  // Markup starts with «<» after any whitespace: most articles are told apart by that alone,
  // without the long expression (building it costs ~1 ms of a one-sheet run).
  return HTML_NAME.test(path) || (OPENS_TAG.test(text) && HTML_START.test(text.slice(0, 4096)));
}

const OPENS_TAG = /^\s*</;
