/**
 * The `too-large` error, shared by `loadArticle` and by `readInput` (which refuses a large file
 * before reading it, and stops reading standard input past the limit), so both say the same: the
 * size, the limit, and how to raise it.
 */
import { WaraqaError } from '../errors.js';

/** @example tooLargeError('big.txt', 6e6, 5242880).message // 'big.txt: the file is 5.7 MB (6000000 bytes); the limit is 5 MB …' */
export function tooLargeError(path: string, size: number, maxBytes: number): WaraqaError {
  const what =
    path === '-'
      ? `standard input brought more than ${formatBytes(maxBytes)} (${size} bytes before waraqa stopped reading)`
      : `the file is ${formatBytes(size)} (${size} bytes)`;
  return new WaraqaError(
    'too-large',
    `${path}: ${what}; the limit is ${formatBytes(maxBytes)} (${maxBytes} bytes); expected one article.`,
    'Pass the article alone, or raise the limit with --max-bytes N (in bytes).',
  );
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Number((n / (1024 * 1024)).toFixed(1))} MB`;
  if (n >= 1024) return `${Number((n / 1024).toFixed(1))} KB`;
  return `${n} bytes`;
}
