/**
 * A folder name safe on every file system, from an input path: `articles/Iraq Talks.txt` →
 * `iraq-talks`. Arabic letters are kept; what Windows forbids is replaced.
 */
import path from 'node:path';

export function slugFor(input: string): string {
  if (input === '-') return 'stdin';
  const base = path.basename(input).replace(/\.[^.]+$/, '');
  const slug = base
    .normalize('NFC')
    .toLowerCase()
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters (\p{Cc}) are what is removed
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replace(/[<>:"/\\|?*\s.]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
  return slug.length > 0 && !/^(con|prn|aux|nul|com\d|lpt\d)$/.test(slug) ? slug : 'article';
}
