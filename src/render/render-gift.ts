/**
 * Worksheet → Moodle GIFT (Question bank → Import → GIFT format). Every question is `[html]` with
 * `<p dir="rtl">` paragraphs. GIFT has no multi-gap question, so the cloze becomes one
 * missing-word question per gap (its paragraph, the other gaps shown as «(٤) ……»): a short answer
 * accepting every spelling, or a choice from the word bank when the sheet prints one.
 */
import type { Worksheet } from '../types.js';
import { escapeGift, guardGiftStart } from './gift-escape.js';
import type { MoodleCloze, MoodleGap, MoodleLines, MoodleQuestion } from './moodle-question.js';
import { buildMoodleQuiz } from './moodle-quiz.js';
import { arabicNumber, escapeHtml, escapeWildcard, linesHtml } from './moodle-text.js';

/** Renders one version of a worksheet as a GIFT file. */
export function renderGift(worksheet: Worksheet): string {
  const quiz = buildMoodleQuiz(worksheet);
  const blocks = [
    [`// waraqa: ${quiz.heading}`, '// Moodle: Question bank → Import → GIFT format.', ...quiz.skipped.map((s) => `// skipped: ${s}`)].join(
      '\n',
    ),
    `$CATEGORY: ${quiz.category}`,
    ...quiz.questions.flatMap(giftQuestions),
  ];
  return `${blocks.join('\n\n')}\n`;
}

/** One question, or one per gap for a cloze. */
function giftQuestions(question: MoodleQuestion): string[] {
  const head = `::${escapeGift(question.name)}::[html]`;
  switch (question.kind) {
    case 'description':
      return [head + html(linesHtml(question.text))];
    case 'multichoice': {
      const options = question.options.map((o, i) => `${i === question.answer ? '=' : '~'}${html(guardGiftStart(escapeHtml(o)))}`);
      return [`${head}${html(linesHtml(question.text))}{\n${options.join('\n')}\n${feedback(question.feedback)}\n}`];
    }
    case 'truefalse':
      return [`${head}${html(linesHtml(question.text))}{${question.answer ? 'TRUE' : 'FALSE'}${feedback(question.feedback)}}`];
    case 'matching': {
      const rows = [
        ...question.pairs.map((p) => `=${html(guardGiftStart(escapeHtml(p.left)))} -> ${escapeGift(p.right)}`),
        ...question.distractors.map((d) => `= -> ${escapeGift(d)}`),
      ];
      return [`${head}${html(linesHtml(question.text))}{\n${rows.join('\n')}\n${feedback(question.feedback)}\n}`];
    }
    case 'cloze':
      return question.gaps.map((gap) => giftGap(question, gap) ?? `// skipped: ${gap.name}: no spelling GIFT can hold as a short answer`);
  }
}

/**
 * A missing-word question for one gap: `…before (٣) {=answer =spelling} after…`. A typed answer is
 * plain text, so one holding `->` (which makes Moodle read a matching) or starting with `%` (a
 * grade) cannot be written; such spellings are left out, and a gap with none left is skipped.
 */
function giftGap(cloze: MoodleCloze, gap: MoodleGap): string | undefined {
  const paragraph = cloze.paragraphs.find((p) => p.some((part) => part.kind === 'gap' && part.number === gap.number)) ?? [];
  const at = paragraph.findIndex((part) => part.kind === 'gap' && part.number === gap.number);
  const before = paragraph.slice(0, at).map(partHtml).join('');
  const after = guardGiftStart(
    paragraph
      .slice(at + 1)
      .map(partHtml)
      .join(''),
  );
  const answers =
    gap.choices.length > 0
      ? gap.choices.map((c) => `${c === gap.answers[0] ? '=' : '~'}${html(guardGiftStart(escapeHtml(c)))}`)
      : gap.answers.filter((a) => !a.includes('->') && !a.startsWith('%')).map((a) => `=${escapeGift(escapeWildcard(a))}`);
  if (answers.length === 0) return undefined;
  const open = `${linesHtml(cloze.text)}<p dir="rtl">${before}(${arabicNumber(gap.number)}) `;
  return `::${escapeGift(gap.name)}::[html]${html(open)}{${answers.join(' ')}${feedback([`الدليل: ${gap.proof}`])}}${html(`${after}</p>`)}`;
}

/** A cloze part inside a paragraph; other gaps show as their number and a dotted line. */
function partHtml(part: MoodleCloze['paragraphs'][number][number]): string {
  return part.kind === 'text' ? escapeHtml(part.text) : `(${arabicNumber(part.number)}) ……`;
}

/** General feedback: `####` and its paragraphs. */
function feedback(lines: MoodleLines): string {
  return lines.length === 0 ? '' : `####${html(linesHtml(lines))}`;
}

/** HTML made safe for GIFT: its `=` (in `dir="rtl"`) and the rest of GIFT's syntax escaped. */
function html(markup: string): string {
  return escapeGift(markup);
}
