/** Stop words: stopwords-iso's Arabic list, corrected (DESIGN.md names the words it gets wrong). */
import { describe, expect, it } from 'vitest';
import { normalizeKey } from '../../src/text/normalize-key.js';
import { isStopWord } from '../../src/text/stop-words.js';

describe('isStopWord', () => {
  it.each(['في', 'مِنْ', 'الذي', 'التي', 'هذه', 'أيضاً', 'والتي', 'تحت', 'داخل', 'عبر', 'إحدى', 'لأن', 'رغم', 'وفي', 'فإن', 'ولكن', 'وهي'])(
    '%s is a function word',
    (word) => expect(isStopWord(normalizeKey(word))).toBe(true),
  );

  it.each(['عام', 'اليوم', 'الماضي', 'عدد', 'سنوات', 'الحكومة', 'محادثات', 'واشنطن', 'مليون', 'وزير', 'وقت', 'فريق'])(
    '%s is a content word',
    (word) => expect(isStopWord(normalizeKey(word))).toBe(false),
  );
});
