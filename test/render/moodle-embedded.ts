/**
 * A reader for Moodle's embedded answers (`{1:SHORTANSWER:=a~=b}`), written from the syntax in
 * Moodle's documentation (Embedded Answers (Cloze) question type): alternatives split by `~`, a
 * fraction `=` or `%n%` before each, `#` before feedback, and `} # ~ / " \` escaped with a backslash.
 */
import { decodeEntities } from './moodle-fixture.js';

export interface Embedded {
  readonly weight: number;
  readonly type: string;
  readonly answers: readonly { readonly fraction: number; readonly text: string; readonly feedback: string }[];
  /** Offset of the `{` in the question text. */
  readonly at: number;
  readonly length: number;
}

/** Every embedded answer in a question text, in order. */
export function readEmbedded(html: string): Embedded[] {
  const out: Embedded[] = [];
  const head = /\{(\d*):(SHORTANSWER|SA|MW|MULTICHOICE|MC|MULTICHOICE_S|MCS|NUMERICAL|NM):/g;
  for (let match = head.exec(html); match !== null; match = head.exec(html)) {
    const alternatives: { raw: string }[] = [{ raw: '' }];
    let i = match.index + match[0].length;
    for (; i < html.length && html[i] !== '}'; i++) {
      const c = html[i] ?? '';
      if (c === '\\') {
        i++;
        (alternatives.at(-1) as { raw: string }).raw += `\ue000${html[i] ?? ''}`;
      } else if (c === '~') alternatives.push({ raw: '' });
      else (alternatives.at(-1) as { raw: string }).raw += c;
    }
    if (html[i] !== '}') throw new Error(`unclosed embedded answer at ${match.index}`);
    out.push({
      weight: match[1] === '' ? 1 : Number(match[1]),
      type: match[2] ?? '',
      answers: alternatives.map(({ raw }) => alternative(raw)),
      at: match.index,
      length: i + 1 - match.index,
    });
    head.lastIndex = i + 1;
  }
  return out;
}

/** `=text#feedback` or `%50%text`, with `\ue000x` standing for an escaped `x`. */
function alternative(raw: string): { fraction: number; text: string; feedback: string } {
  let fraction = 0;
  let rest = raw;
  const percent = /^%(-?\d+(?:[.,]\d*)?)%/.exec(raw);
  if (raw.startsWith('=')) {
    fraction = 100;
    rest = raw.slice(1);
  } else if (percent !== null) {
    fraction = Number((percent[1] ?? '0').replace(',', '.'));
    rest = raw.slice(percent[0].length);
  }
  const hash = rest.search(/(?<!\ue000)#/);
  const [text, feedback] = hash < 0 ? [rest, ''] : [rest.slice(0, hash), rest.slice(hash + 1)];
  const plain = (s: string) => decodeEntities(s.replace(/\ue000(.)/g, '$1'));
  return { fraction, text: plain(text), feedback: plain(feedback) };
}
