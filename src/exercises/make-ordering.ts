/**
 * Ordering: four to six events, one from each of several paragraphs spread over the article, to be
 * put back in the order the article tells them. An event is the opening clause of a sentence that
 * states something (not a bare quotation), cut to stand alone.
 */
import { type Rng, shuffle } from '../rng.js';
import type { Analysis, OrderingSection, Sentence } from '../types.js';
import { INSTRUCTIONS } from './instructions.js';
import { optionKey } from './option-key.js';
import { asStatement, lacksSpeaker } from './statement.js';

const MIN_WORDS = 8;
const MAX_WORDS = 20;

export function makeOrdering(analysis: Analysis, count: number, rng: Rng): OrderingSection | undefined {
  const byParagraph = new Map<number, { sentence: Sentence; event: string }[]>();
  for (const sentence of analysis.text.sentences) {
    const event = eventOf(sentence);
    if (event) byParagraph.set(sentence.paragraph, [...(byParagraph.get(sentence.paragraph) ?? []), { sentence, event }]);
  }
  const paragraphs = [...byParagraph.keys()].sort((a, b) => a - b);
  const want = Math.min(count, paragraphs.length);
  if (want < 4) return undefined;
  const picked = spread(paragraphs, want, rng).map((p) => {
    const options = byParagraph.get(p) ?? [];
    return options[rng.int(options.length)] as { sentence: Sentence; event: string };
  });
  if (new Set(picked.map((p) => optionKey(p.event))).size < picked.length) return undefined;
  const events = shuffle(picked, rng);
  return {
    kind: 'ordering',
    instruction: INSTRUCTIONS.ordering,
    events: events.map((e) => e.event),
    answer: picked.map((p) => events.indexOf(p)),
    sentences: events.map((e) => e.sentence.id),
  };
}

/** The sentence's opening clause, long enough to be an event and short enough to read at a glance. */
function eventOf(sentence: Sentence): string | undefined {
  const text = sentence.text;
  if (/^[«"“]/.test(text.trim())) return undefined;
  let depth = 0;
  let words = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '«' || ch === '(') depth++;
    else if ((ch === '»' || ch === ')') && depth > 0) depth--;
    else if (/\s/.test(ch)) words++;
    else if (depth === 0 && /[،؛:.؟!]/.test(ch) && words + 1 >= MIN_WORDS) {
      const event = asStatement(text.slice(0, i));
      return words + 1 <= MAX_WORDS && !lacksSpeaker(event) ? event : undefined;
    }
  }
  return undefined;
}

/** `count` of `items`, evenly spread with a random offset inside each stretch. */
function spread<T>(items: readonly T[], count: number, rng: Rng): T[] {
  const out: T[] = [];
  const width = items.length / count;
  for (let k = 0; k < count; k++) {
    const from = Math.floor(k * width);
    const to = Math.max(from + 1, Math.floor((k + 1) * width));
    out.push(items[from + rng.int(to - from)] as T);
  }
  return out;
}
