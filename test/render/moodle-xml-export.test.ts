/**
 * The Moodle XML export read back by a real XML parser (fast-xml-parser): well-formed, the
 * question types Moodle imports, fractions that sum right, one right answer where Moodle needs
 * one, the cloze's embedded answers, and text — Arabic, «…», special characters — intact.
 */
import { describe, expect, it } from 'vitest';
import { renderMoodleXml } from '../../src/render/render-moodle-xml.js';
import type { ChoiceSection, ClozeSection, MatchingSection, OrderingSection, TrueFalseSection, Worksheet } from '../../src/types.js';
import { readEmbedded } from './moodle-embedded.js';
import { fixtureProof, fixtureWorksheet, htmlLines, indic, PARAGRAPHS } from './moodle-fixture.js';
import { readMoodleXml } from './moodle-read-xml.js';

const byKind = <T>(ws: Worksheet, kind: string) => ws.sections.find((s) => s.kind === kind) as T;

describe.each([{ bank: false }, { bank: true }])('Moodle XML export of the fixture worksheet (word bank: $bank)', ({ bank }) => {
  const ws = fixtureWorksheet({ bank });
  const xml = renderMoodleXml(ws);
  const questions = readMoodleXml(xml);
  const cloze = byKind<ClozeSection>(ws, 'cloze');
  const mc = byKind<ChoiceSection>(ws, 'multipleChoice');
  const vic = byKind<ChoiceSection>(ws, 'vocabularyInContext');
  const tf = byKind<TrueFalseSection>(ws, 'trueFalse');
  const find = (name: string) => {
    const q = questions.find((x) => x.name?.text === name);
    if (q === undefined) throw new Error(`no question named ${name}`);
    return q;
  };

  it('has a category, the passage, the cloze, every item, the matching and the ordering, in sheet order', () => {
    expect(questions.map((q) => q.type)).toEqual([
      'category',
      'description',
      'cloze',
      ...mc.items.map(() => 'multichoice'),
      ...vic.items.map(() => 'multichoice'),
      ...tf.items.map(() => 'truefalse'),
      'matching',
      'matching',
    ]);
    expect(questions[0]?.category?.text).toBe('waraqa/الأسعار والجنود: تقرير {تجريبي} // 2024/A');
  });

  it('writes every question text as HTML in right-to-left paragraphs, visible', () => {
    for (const q of questions.slice(1)) {
      expect(q.questiontext?.format).toBe('html');
      expect(q.questiontext?.text).toMatch(/^<p dir="rtl">/);
      expect(q.hidden).toBe('0');
    }
    expect(htmlLines(find('0 النص').questiontext?.text ?? '')).toEqual(PARAGRAPHS.map((p, i) => `(${indic(i + 1)}) ${p}`));
  });

  it('writes single-answer multichoice items, shuffled, fractions 100 for the right option and 0 for the rest', () => {
    for (const [section, label] of [
      [mc, 'اختيار من متعدد'],
      [vic, 'المفردات في السياق'],
    ] as const) {
      const place = ws.sections.indexOf(section) + 1;
      for (const item of section.items) {
        const q = find(`${place}.0${item.number} ${label}`);
        expect(q.type).toBe('multichoice');
        expect(q.single).toBe('true');
        expect(q.shuffleanswers).toBe('1');
        expect(htmlLines(q.questiontext?.text ?? '')).toEqual([item.stem]);
        const answers = q.answer ?? [];
        expect(answers.map((a) => htmlLinesOrText(a.text))).toEqual(item.options);
        const fractions = answers.map((a) => Number(a.fraction));
        expect(fractions.reduce((sum, f) => sum + f, 0)).toBe(100);
        expect(fractions.filter((f) => f === 100)).toHaveLength(1);
        expect(fractions.indexOf(100)).toBe(item.answer);
        expect(htmlLines(q.generalfeedback?.text ?? '')).toEqual([`الدليل: ${fixtureProof(item.sentence)}`]);
      }
    }
  });

  it('writes true/false items with "true" and "false" answers, the right one at 100', () => {
    const place = ws.sections.indexOf(tf) + 1;
    for (const item of tf.items) {
      const q = find(`${place}.0${item.number} صواب أم خطأ`);
      expect(htmlLines(q.questiontext?.text ?? '')).toEqual([item.statement]);
      const answers = (q.answer ?? []).map((a) => [a.text, Number(a.fraction)]);
      expect(answers).toEqual([
        ['true', item.answer ? 100 : 0],
        ['false', item.answer ? 0 : 100],
      ]);
      expect(htmlLines(q.generalfeedback?.text ?? '')[0]).toContain(fixtureProof(item.sentence));
    }
  });

  it('writes the matching rows and the spare speaker as a distractor (empty question text)', () => {
    const s = byKind<MatchingSection>(ws, 'matching');
    const q = find('6 صل القول بقائله');
    const rows = (q.subquestion ?? []).map((sq) => [htmlLinesOrText(sq.text), sq.answer[0].text]);
    expect(rows).toEqual([...s.left.map((left, i) => [left, s.right[s.answer[i] ?? -1]]), ['', 'قاسم الأعرجي']]);
    expect(htmlLines(q.generalfeedback?.text ?? '').every((line, i) => line.includes(fixtureProof(s.sentences[i] ?? -1)))).toBe(true);
  });

  it('writes the ordering as events matched to their positions', () => {
    const s = byKind<OrderingSection>(ws, 'ordering');
    const q = find('7 ترتيب الجمل');
    const rows = (q.subquestion ?? []).map((sq) => [htmlLinesOrText(sq.text), sq.answer[0].text]);
    expect(rows).toEqual([
      [s.events[0], '٣'],
      [s.events[1], '١'],
      [s.events[2], '٢'],
    ]);
  });

  it('writes the cloze with one embedded answer per gap, numbered, and the passage text around them intact', () => {
    const q = find('2 املأ الفراغ');
    const html = q.questiontext?.text ?? '';
    const embedded = readEmbedded(html);
    expect(embedded).toHaveLength(cloze.gaps.length);
    const bankWords = [...new Set(cloze.bank)];
    cloze.gaps.forEach((gap, i) => {
      const e = embedded[i];
      if (e === undefined) throw new Error('missing embedded answer');
      expect(e.weight).toBe(1);
      expect(html.slice(0, e.at).endsWith(`(${indic(gap.number)}) `)).toBe(true);
      if (bank) {
        expect(e.type).toBe('MULTICHOICE');
        expect(e.answers.map((a) => a.text)).toEqual(bankWords);
        expect(e.answers.filter((a) => a.fraction === 100).map((a) => a.text)).toEqual([gap.answer]);
        expect(e.answers.reduce((sum, a) => sum + a.fraction, 0)).toBe(100);
      } else {
        expect(e.type).toBe('SHORTANSWER');
        // `\*` is a short answer's literal star.
        expect(e.answers.map((a) => a.text.replace(/\\\*/g, '*'))).toEqual([...new Set([gap.answer, ...gap.accepts])]);
        expect(e.answers.every((a) => a.fraction === 100)).toBe(true);
      }
    });
    // The text with each embedded answer replaced by a blank reads as the worksheet's cloze.
    let plain = '';
    let at = 0;
    for (const e of embedded) {
      plain += `${html.slice(at, e.at)}____`;
      at = e.at + e.length;
    }
    plain += html.slice(at);
    expect(plain.replace(/<p dir="rtl">[^<]*<\/p>/, '')).not.toMatch(/[{}]/);
    const expected = cloze.paragraphs.map((parts) =>
      parts
        .map((p) => (p.kind === 'text' ? p.text : `(${indic(p.number)}) ____`))
        .join('')
        .trim(),
    );
    expect(htmlLines(plain)).toEqual([cloze.instruction.ar, ...expected]);
    expect(htmlLines(q.generalfeedback?.text ?? '')).toEqual(
      cloze.gaps.map((g) => `(${indic(g.number)}) ${g.answer}: ${fixtureProof(g.sentence)}`),
    );
  });
});

/** An answer or subquestion text: escaped HTML without paragraphs, read as a student sees it. */
function htmlLinesOrText(html: string): string {
  return htmlLines(`<p dir="rtl">${html}</p>`)[0] ?? '';
}

describe('Moodle XML edge cases', () => {
  it('keeps `]]>` and `--` from breaking the CDATA and the comment', () => {
    const ws = fixtureWorksheet({ title: 'عنوان -- فيه ]]> شرطتان' });
    const xml = renderMoodleXml(ws);
    const questions = readMoodleXml(xml);
    expect(questions[0]?.category?.text).toBe('waraqa/عنوان -- فيه ]]> شرطتان/A');
    const mcq = questions.find((q) => q.name?.text === '3.02 اختيار من متعدد');
    expect((mcq?.answer ?? []).map((a) => htmlLinesOrText(a.text))).toContain('-> ]]> //');
  });
});
