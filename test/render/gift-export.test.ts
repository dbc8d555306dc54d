/**
 * The GIFT export read back by an independent parser (gift-pegjs): every question of the
 * Worksheet is there, of the right type, with its answers, and its text survives the round trip —
 * Arabic, «…», numbers and GIFT's own special characters included.
 */
import { type GIFTQuestion, type Matching, type MultipleChoice, parse, type ShortAnswer, type TrueFalse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { renderGift } from '../../src/render/render-gift.js';
import type {
  ChoiceSection,
  ClozeSection,
  MatchingSection,
  OrderingSection,
  Section,
  TrueFalseSection,
  Worksheet,
} from '../../src/types.js';
import { decodeEntities, fixtureProof, fixtureWorksheet, htmlLines, indic, ODD_ANSWER, PARAGRAPHS } from './moodle-fixture.js';

/**
 * gift-pegjs leaves GIFT escapes in a matching row's right side as its internal placeholders
 * (`\:` → `&&058;`); Moodle decodes them. This is that decoding.
 */
function giftPlaceholders(text: string): string {
  return text.replace(/&&(\d{3});/g, (_, code: string) => String.fromCharCode(Number(code)));
}

/** gift-pegjs writes a missing word as ` _____ `; Moodle puts `_____` with no added spaces. */
function blanks(text: string): string {
  return text.replace(/\s*_____\s*/g, ' _____ ');
}

function section<T extends Section>(ws: Worksheet, kind: T['kind']): T {
  const found = ws.sections.find((s) => s.kind === kind);
  if (found === undefined) throw new Error(`fixture has no ${kind} section`);
  return found as T;
}

/** The paragraph of a gap as Moodle shows it: this gap a blank, the others numbered dots. */
function gapParagraph(cloze: ClozeSection, number: number): string {
  const paragraph = cloze.paragraphs.find((p) => p.some((part) => part.kind === 'gap' && part.number === number)) ?? [];
  const text = paragraph
    .map((part) => {
      if (part.kind === 'text') return part.text;
      return part.number === number ? `(${indic(number)}) _____` : `(${indic(part.number)}) ……`;
    })
    .join('');
  return blanks(text.trim());
}

function choiceTexts(q: MultipleChoice | ShortAnswer): string[] {
  return q.choices.map((c) => decodeEntities(c.text.text));
}

describe.each([
  { bank: false, clozeType: 'Short' },
  { bank: true, clozeType: 'MC' },
])('GIFT export of the fixture worksheet (word bank: $bank)', ({ bank, clozeType }) => {
  const ws = fixtureWorksheet({ bank });
  const gift = renderGift(ws);
  const questions: GIFTQuestion[] = parse(gift);
  const cloze = section<ClozeSection>(ws, 'cloze');
  const mc = section<ChoiceSection>(ws, 'multipleChoice');
  const vic = section<ChoiceSection>(ws, 'vocabularyInContext');
  const tf = section<TrueFalseSection>(ws, 'trueFalse');

  it('has a category, the passage, one question per gap and item, and one per matching and ordering', () => {
    const types = questions.map((q) => q.type);
    expect(types).toEqual([
      'Category',
      'Description',
      ...cloze.gaps.map(() => clozeType),
      ...mc.items.map(() => 'MC'),
      ...vic.items.map(() => 'MC'),
      ...tf.items.map(() => 'TF'),
      'Matching',
      'Matching',
    ]);
  });

  it('files the questions under waraqa/<title>/<version>, a slash in the title doubled', () => {
    expect(questions[0]).toMatchObject({ type: 'Category', title: 'waraqa/الأسعار والجنود: تقرير {تجريبي} // 2024/A' });
  });

  it('gives the passage as a description, each paragraph numbered, text intact', () => {
    const q = questions[1];
    expect(q?.type).toBe('Description');
    if (q?.type !== 'Description') return;
    expect(q.title).toBe('0 النص');
    expect(htmlLines(q.stem.text)).toEqual(PARAGRAPHS.map((p, i) => `(${indic(i + 1)}) ${p}`));
  });

  it('asks each gap in its paragraph, with every accepted spelling or the word bank', () => {
    const gapQuestions = questions.slice(2, 2 + cloze.gaps.length) as (ShortAnswer | MultipleChoice)[];
    cloze.gaps.forEach((gap, i) => {
      const q = gapQuestions[i];
      if (q === undefined) throw new Error('missing gap question');
      expect(q.title).toBe(`2.0${gap.number} املأ الفراغ`);
      expect(q.hasEmbeddedAnswers).toBe(true);
      const [instruction, paragraph] = htmlLines(q.stem.text);
      expect(instruction).toBe(cloze.instruction.ar);
      expect(blanks(paragraph ?? '')).toBe(gapParagraph(cloze, gap.number));
      expect(htmlLines(q.globalFeedback?.text ?? '')).toEqual([`الدليل: ${fixtureProof(gap.sentence)}`]);
      if (bank) {
        expect(choiceTexts(q)).toEqual([...new Set(cloze.bank)]);
        expect(q.choices.filter((c) => c.isCorrect).map((c) => decodeEntities(c.text.text))).toEqual([gap.answer]);
      } else {
        // A short answer's `*` is Moodle's wildcard; the export writes it `\*` (a literal star).
        expect(choiceTexts(q).map((t) => t.replace(/\\\*/g, '*'))).toEqual([...new Set([gap.answer, ...gap.accepts])]);
        expect(q.choices.every((c) => c.isCorrect)).toBe(true);
      }
    });
  });

  it('keeps the odd gap answer whole (} # ~ / " \\ and *)', () => {
    const q = questions[2 + 3] as ShortAnswer | MultipleChoice;
    const texts = choiceTexts(q).map((t) => (bank ? t : t.replace(/\\\*/g, '*')));
    expect(texts).toContain(ODD_ANSWER);
  });

  it.each([
    ['multipleChoice', 0],
    ['vocabularyInContext', 1],
  ] as const)('writes %s items with one right option and the proof as general feedback', (kind, offset) => {
    const s = section<ChoiceSection>(ws, kind);
    const start = 2 + cloze.gaps.length + offset * mc.items.length;
    const sectionPlace = ws.sections.indexOf(s) + 1;
    s.items.forEach((item, i) => {
      const q = questions[start + i] as MultipleChoice;
      expect(q.type).toBe('MC');
      expect(q.title).toBe(`${sectionPlace}.0${item.number} ${kind === 'multipleChoice' ? 'اختيار من متعدد' : 'المفردات في السياق'}`);
      expect(htmlLines(q.stem.text)).toEqual([item.stem]);
      expect(choiceTexts(q)).toEqual(item.options);
      expect(q.choices.map((c) => c.isCorrect)).toEqual(item.options.map((_, j) => j === item.answer));
      expect(q.choices.every((c) => c.weight === null)).toBe(true);
      expect(htmlLines(q.globalFeedback?.text ?? '')).toEqual([`الدليل: ${fixtureProof(item.sentence)}`]);
    });
  });

  it('writes true/false items with their answer', () => {
    const s = tf;
    const start = 2 + cloze.gaps.length + mc.items.length + vic.items.length;
    s.items.forEach((item, i) => {
      const q = questions[start + i] as TrueFalse;
      expect(q.type).toBe('TF');
      expect(q.isTrue).toBe(item.answer);
      expect(htmlLines(q.stem.text)).toEqual([item.statement]);
      expect(htmlLines(q.globalFeedback?.text ?? '')).toEqual([`الدليل: ${fixtureProof(item.sentence)}`]);
    });
  });

  it('writes the matching with each quotation paired to its speaker and the spare speaker as a distractor', () => {
    const s = section<MatchingSection>(ws, 'matching');
    const q = questions.at(-2) as Matching;
    expect(q.title).toBe('6 صل القول بقائله');
    expect(htmlLines(q.stem.text)).toEqual([s.instruction.ar]);
    const pairs = q.matchPairs.map((p) => [decodeEntities(p.subquestion.text), giftPlaceholders(p.subanswer)]);
    expect(pairs).toEqual([...s.left.map((left, i) => [left, s.right[s.answer[i] ?? -1]]), ['', 'قاسم الأعرجي']]);
    const feedback = htmlLines(q.globalFeedback?.text ?? '');
    expect(feedback).toHaveLength(s.left.length);
    s.sentences.forEach((sentence, i) => expect(feedback[i]).toContain(fixtureProof(sentence)));
  });

  it('writes the ordering as a matching of each event to its position', () => {
    const s = section<OrderingSection>(ws, 'ordering');
    const q = questions.at(-1) as Matching;
    expect(q.title).toBe('7 ترتيب الجمل');
    expect(htmlLines(q.stem.text)).toEqual(['رتّب الجمل بحسب ورودها في النص: اختر لكل جملة رقم ترتيبها (١ = الأولى).']);
    const pairs = q.matchPairs.map((p) => [decodeEntities(p.subquestion.text), giftPlaceholders(p.subanswer)]);
    // answer [1, 2, 0]: events[1] comes first, events[2] second, events[0] third.
    expect(pairs).toEqual([
      [s.events[0], '٣'],
      [s.events[1], '١'],
      [s.events[2], '٢'],
    ]);
    expect(htmlLines(q.globalFeedback?.text ?? '')[0]).toBe(`١- ${s.events[1]} (${fixtureProof(0)})`);
  });
});

describe('GIFT export edge cases', () => {
  it('names other versions in the category', () => {
    const [category] = parse(renderGift(fixtureWorksheet({ version: 'B', title: '/بغداد\\ و/واشنطن/' })));
    expect(category).toMatchObject({ type: 'Category', title: 'waraqa/بغداد و//واشنطن/B' });
  });

  it('skips a multiple-choice item with one option, with a comment saying so', () => {
    const ws = fixtureWorksheet();
    const mc = ws.sections[2] as ChoiceSection;
    const broken: Worksheet = {
      ...ws,
      sections: [{ ...mc, items: [{ ...(mc.items[0] as ChoiceSection['items'][number]), options: ['وحيد'], answer: 0 }] }],
    };
    const gift = renderGift(broken);
    expect(gift).toContain('// skipped: 1.01 اختيار من متعدد');
    expect(parse(gift).map((q) => q.type)).toEqual(['Category', 'Description']);
  });
});
