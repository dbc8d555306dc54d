/**
 * Multiple choice (first pass): a sentence with one vocabulary word missing and four options,
 * the distractors drawn from the article's other vocabulary words.
 */
import { type Rng, sample, shuffle } from '../rng.js';
import type { Analysis, ChoiceItem, ChoiceSection } from '../types.js';

export function makeMultipleChoice(analysis: Analysis, count: number, rng: Rng): ChoiceSection | undefined {
  const vocab = analysis.vocabulary.slice(0, 40);
  const targets = sample(
    vocab.filter((v) => v.forms.includes(v.display)),
    count,
    rng,
  );
  const items: ChoiceItem[] = [];
  for (const target of targets) {
    const sentence = analysis.text.sentences[target.firstSentence];
    if (!sentence) continue;
    const token = sentence.tokens.find((t) => t.text === target.display);
    if (!token) continue;
    const others = vocab.filter((v) => v.key !== target.key).map((v) => v.display);
    const options = shuffle([target.display, ...sample(others, 3, rng)], rng);
    const offset = token.start - sentence.start;
    items.push({
      number: items.length + 1,
      topic: 'vocabulary',
      stem: `${sentence.text.slice(0, offset)}______${sentence.text.slice(offset + token.text.length)}`,
      options,
      answer: options.indexOf(target.display),
      sentence: sentence.id,
    });
  }
  if (items.length === 0) return undefined;
  return {
    kind: 'multipleChoice',
    instruction: { ar: 'اختر الإجابة الصحيحة.', en: 'Choose the right answer.' },
    items,
  };
}
