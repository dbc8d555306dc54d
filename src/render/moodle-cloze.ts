/**
 * A cloze section as a Moodle cloze: paragraphs of text and gap parts, each gap with every accepted
 * spelling and, when the level prints a word bank, the bank to choose from.
 */
import type { ClozeSection, Worksheet } from '../types.js';
import { moodleName } from './moodle-name.js';
import { moodleProof } from './moodle-proof.js';
import type { MoodleCloze, MoodleClozePart, MoodleGap } from './moodle-question.js';
import { arabicNumber, flattenText, squeezeText } from './moodle-text.js';

/** Builds the cloze; `skipped` collects gaps that cannot be exported. */
export function moodleCloze(
  worksheet: Worksheet,
  section: ClozeSection,
  place: number,
  label: string,
  skipped: string[],
): MoodleCloze | undefined {
  const name = moodleName(place, label);
  const bank = unique(section.bank.map(flattenText));
  const placed = new Set<number>();
  const paragraphs: MoodleClozePart[][] = [];
  for (const source of section.paragraphs) {
    const parts: MoodleClozePart[] = [];
    for (const part of source) {
      if (part.kind === 'gap') {
        parts.push(part);
        placed.add(part.number);
      } else parts.push({ kind: 'text', text: squeezeText(part.text) });
    }
    const trimmed = trimParagraph(parts);
    if (trimmed.length > 0) paragraphs.push(trimmed);
  }
  const gaps: MoodleGap[] = [];
  for (const gap of section.gaps) {
    const answers = unique([gap.answer, ...gap.accepts].map(flattenText));
    if (!placed.has(gap.number) || answers.length === 0) {
      skipped.push(`${name}: gap ${gap.number} is not in the passage or has no answer`);
      continue;
    }
    const choices = bank.length >= 2 ? unique([...bank, ...answers.slice(0, 1)]) : [];
    gaps.push({
      number: gap.number,
      name: moodleName(place, label, gap.number),
      answers,
      choices,
      proof: moodleProof(worksheet, gap.sentence),
    });
  }
  if (gaps.length === 0) return undefined;
  const kept = new Set(gaps.map((g) => g.number));
  return {
    kind: 'cloze',
    name,
    text: [flattenText(section.instruction.ar)].filter((line) => line !== ''),
    paragraphs: paragraphs.map((p) => p.filter((part) => part.kind === 'text' || kept.has(part.number))),
    gaps,
    feedback: gaps.map((g) => `(${arabicNumber(g.number)}) ${g.answers[0] ?? ''}: ${g.proof}`),
  };
}

/** Drops empty text parts and trims the paragraph's two ends. */
function trimParagraph(parts: readonly MoodleClozePart[]): MoodleClozePart[] {
  const out = parts.map((part, i) => {
    if (part.kind === 'gap') return part;
    let text = part.text;
    if (i === 0) text = text.trimStart();
    if (i === parts.length - 1) text = text.trimEnd();
    return { kind: 'text' as const, text };
  });
  return out.filter((part) => part.kind === 'gap' || part.text !== '');
}

/** The strings in first-seen order without repeats or empties. */
function unique(values: readonly string[]): string[] {
  return [...new Set(values)].filter((v) => v !== '');
}
