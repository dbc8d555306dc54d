import { describe, expect, it } from 'vitest';
import { cssString } from '../../src/render/css-string.js';

describe('cssString', () => {
  it.each([
    ['letters, digits and spaces stay', 'النسخة B ٢', '"النسخة B ٢"'],
    ['quotes are escaped', 'a"b', '"a\\22 b"'],
    ['a closing style tag cannot close anything', '</style><script>', '"\\3c \\2f style\\3e \\3c script\\3e "'],
    ['backslashes and newlines', '\\\n', '"\\5c \\a "'],
  ])('%s', (_, text, expected) => {
    expect(cssString(text)).toBe(expected);
  });
});
