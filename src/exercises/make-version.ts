/**
 * Versions B, C …: the same items as version A, with items, options, matching columns, events and
 * the word bank shuffled again from the version's own stream, key positions balanced anew.
 */
import { type Rng, shuffle } from '../rng.js';
import type { ChoiceItem, Section } from '../types.js';
import { balancedSlots } from './place-key.js';

export function shuffleSections(sections: readonly Section[], rng: Rng): Section[] {
  return sections.map((section): Section => {
    switch (section.kind) {
      case 'vocabulary':
        return section;
      case 'cloze':
        return { ...section, bank: shuffle(section.bank, rng) };
      case 'multipleChoice':
      case 'vocabularyInContext': {
        const items = shuffle(section.items, rng);
        const positions = balancedSlots(
          items.map((item) => item.options.length),
          rng,
        );
        return { ...section, items: items.map((item, i) => reshuffleOptions(item, i + 1, positions[i] ?? 0, rng)) };
      }
      case 'trueFalse':
        return { ...section, items: shuffle(section.items, rng).map((item, i) => ({ ...item, number: i + 1 })) };
      case 'matching': {
        const order = shuffle([...section.left.keys()], rng);
        const right = shuffle([...section.right.keys()], rng);
        return {
          ...section,
          left: order.map((i) => section.left[i] as string),
          right: right.map((i) => section.right[i] as string),
          answer: order.map((i) => right.indexOf(section.answer[i] as number)),
          sentences: order.map((i) => section.sentences[i] as number),
        };
      }
      case 'ordering': {
        const order = shuffle([...section.events.keys()], rng);
        return {
          ...section,
          events: order.map((i) => section.events[i] as string),
          sentences: order.map((i) => section.sentences[i] as number),
          answer: section.answer.map((eventIndex) => order.indexOf(eventIndex)),
        };
      }
    }
  });
}

function reshuffleOptions(item: ChoiceItem, number: number, position: number, rng: Rng): ChoiceItem {
  const key = item.options[item.answer] as string;
  const others = shuffle(
    item.options.filter((_, i) => i !== item.answer),
    rng,
  );
  const answer = Math.min(position, others.length);
  others.splice(answer, 0, key);
  return { ...item, number, options: others, answer };
}
