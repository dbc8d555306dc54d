import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/render/escape-markdown.js';

describe('escapeMarkdown', () => {
  it.each([
    ['HTML tags', '<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['emphasis', '*مهم* و_جدا_', '\\*مهم\\* و\\_جدا\\_'],
    ['links', '[انقر](http://x)', '\\[انقر\\](http://x)'],
    ['a heading marker', '# عنوان', '\\# عنوان'],
    ['a list marker at the start', '- بند', '\\- بند'],
    ['an ordered-list marker at the start', '1. بند', '1\\. بند'],
    ['table pipes', 'أ | ب', 'أ \\| ب'],
    ['entities', '&amp;', '\\&amp;'],
    ['newlines become spaces', 'سطر\nآخر', 'سطر آخر'],
    ['plain Arabic stays as it is', 'قالت أربعة مصادر لـ«رويترز»، اليوم', 'قالت أربعة مصادر لـ«رويترز»، اليوم'],
  ])('%s', (_, text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });
});
