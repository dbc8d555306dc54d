/**
 * Worksheet → Moodle XML (Question bank → Import → Moodle XML format): a category question, the
 * passage as a description, then `multichoice` (one right answer, shuffled), `truefalse`,
 * `matching` and the cloze as one embedded-answers question (Moodle's qtype multianswer, whose XML
 * type name is `cloze`). Text is HTML in CDATA, in `<p dir="rtl">` paragraphs.
 */
import type { Worksheet } from '../types.js';
import { escapeClozeAnswer } from './moodle-cloze-escape.js';
import type { MoodleCloze, MoodleGap, MoodleLines, MoodleQuestion } from './moodle-question.js';
import { buildMoodleQuiz } from './moodle-quiz.js';
import { arabicNumber, escapeHtml, linesHtml, rtlParagraph } from './moodle-text.js';
import { cdata, xmlComment, xmlText } from './moodle-xml-text.js';

/** Moodle's default penalty for each wrong try in adaptive mode. */
const PENALTY = '0.3333333';

/** Renders one version of a worksheet as a Moodle XML file. */
export function renderMoodleXml(worksheet: Worksheet): string {
  const quiz = buildMoodleQuiz(worksheet);
  const category = [
    '  <question type="category">',
    `    <category><text>${xmlText(quiz.category)}</text></category>`,
    '    <info format="html"><text></text></info>',
    '  </question>',
  ].join('\n');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<quiz>',
    `  ${xmlComment(`waraqa: ${quiz.heading}`)}`,
    ...quiz.skipped.map((s) => `  ${xmlComment(`skipped: ${s}`)}`),
    category,
    ...quiz.questions.map(xmlQuestion),
    '</quiz>',
    '',
  ].join('\n');
}

/** One `<question>` element. */
function xmlQuestion(question: MoodleQuestion): string {
  switch (question.kind) {
    case 'description':
      return element(
        'description',
        question.name,
        linesHtml(question.text),
        [],
        ['<defaultgrade>0</defaultgrade>', '<penalty>0</penalty>'],
      );
    case 'multichoice':
      return element('multichoice', question.name, linesHtml(question.text), question.feedback, [
        '<defaultgrade>1</defaultgrade>',
        `<penalty>${PENALTY}</penalty>`,
        '<single>true</single>',
        '<shuffleanswers>1</shuffleanswers>',
        '<answernumbering>none</answernumbering>',
        ...question.options.map((o, i) => answer(i === question.answer ? 100 : 0, 'html', escapeHtml(o))),
      ]);
    case 'truefalse':
      return element('truefalse', question.name, linesHtml(question.text), question.feedback, [
        '<defaultgrade>1</defaultgrade>',
        '<penalty>1</penalty>',
        answer(question.answer ? 100 : 0, 'moodle_auto_format', 'true'),
        answer(question.answer ? 0 : 100, 'moodle_auto_format', 'false'),
      ]);
    case 'matching':
      return element('matching', question.name, linesHtml(question.text), question.feedback, [
        '<defaultgrade>1</defaultgrade>',
        `<penalty>${PENALTY}</penalty>`,
        '<shuffleanswers>true</shuffleanswers>',
        ...question.pairs.map((p) => subquestion(escapeHtml(p.left), p.right)),
        ...question.distractors.map((d) => subquestion('', d)),
      ]);
    case 'cloze':
      return element('cloze', question.name, clozeHtml(question), question.feedback, [`<penalty>${PENALTY}</penalty>`]);
  }
}

/** The parts every question shares, then its own `extra` elements. */
function element(type: string, name: string, html: string, feedback: MoodleLines, extra: readonly string[]): string {
  return [
    `  <question type="${type}">`,
    `    <name><text>${xmlText(name)}</text></name>`,
    `    <questiontext format="html"><text>${cdata(html)}</text></questiontext>`,
    `    <generalfeedback format="html"><text>${feedback.length === 0 ? '' : cdata(linesHtml(feedback))}</text></generalfeedback>`,
    ...extra.map((line) => `    ${line}`),
    '    <hidden>0</hidden>',
    '  </question>',
  ].join('\n');
}

function answer(fraction: number, format: string, html: string): string {
  return `<answer fraction="${fraction}" format="${format}"><text>${cdata(html)}</text><feedback format="html"><text></text></feedback></answer>`;
}

/** A matching row; an empty `html` makes the answer a distractor. */
function subquestion(html: string, right: string): string {
  const text = html === '' ? '<text></text>' : `<text>${cdata(html)}</text>`;
  return `<subquestion format="html">${text}<answer><text>${xmlText(right)}</text></answer></subquestion>`;
}

/** The cloze passage with `(٣) {1:SHORTANSWER:=…}` or `{1:MULTICHOICE:=…~%0%…}` in each gap. */
function clozeHtml(cloze: MoodleCloze): string {
  const gaps = new Map(cloze.gaps.map((g) => [g.number, g]));
  const paragraphs = cloze.paragraphs.map((parts) =>
    parts
      .map((part) => {
        if (part.kind === 'text') return clozeText(part.text);
        const gap = gaps.get(part.number);
        return gap === undefined ? '' : `(${arabicNumber(gap.number)}) ${embedded(gap)}`;
      })
      .join(''),
  );
  return cloze.text.map((line) => rtlParagraph(clozeText(line))).join('') + paragraphs.map(rtlParagraph).join('');
}

/**
 * Passage text in a cloze: braces become entities too, so that nothing in the article can read as
 * an embedded answer.
 */
function clozeText(text: string): string {
  return escapeHtml(text).replace(/\{/g, '&#123;').replace(/\}/g, '&#125;');
}

/** One embedded answer. Wrong choices carry an explicit `%0%`, so no text can pass for a fraction. */
function embedded(gap: MoodleGap): string {
  if (gap.choices.length === 0) {
    return `{1:SHORTANSWER:${gap.answers.map((a) => `=${escapeClozeAnswer(a, 'short')}`).join('~')}}`;
  }
  const choices = gap.choices.map((c) => `${c === gap.answers[0] ? '=' : '%0%'}${escapeClozeAnswer(c, 'choice')}`);
  return `{1:MULTICHOICE:${choices.join('~')}}`;
}
