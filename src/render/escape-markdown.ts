/**
 * Makes article text inert in Markdown: backslash-escapes the ASCII punctuation that Markdown or
 * inline HTML would act on, and list or heading markers at the start of a line. Arabic text
 * rarely holds any of them, so the file stays readable and easy to edit.
 */

const INLINE = /[\\`*_[\]<>#|~&{}!]/g;
const LINE_START = /^(\s*)([-+=]|\d+[.)])/gm;

/** `escapeMarkdown('<b>نص</b> *مهم*')` → `\<b\>نص\</b\> \*مهم\*` */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(INLINE, (ch) => `\\${ch}`)
    .replace(LINE_START, (_, space: string, marker: string) => `${space}${marker.replace(/([-+=.)])$/, '\\$1')}`);
}
