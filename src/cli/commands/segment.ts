/**
 * `waraqa segment <inputs...> [--json]`: the article's sentences and tokens, as the later stages
 * see them. With --json, one JSON object per input per line (JSON Lines), the shape that
 * ../shared/eval/score.mjs reads; without, one sentence a line. The title (when loading separates
 * one) is segmented as paragraph 0 here, so that the sentences cover the whole text. An input that
 * cannot be used is reported and skipped; the exit code then says the worst that happened.
 */
import type { Argv } from 'yargs';
import { isWaraqaError, type WaraqaError } from '../../errors.js';
import { expandInputs, readInput } from '../../io/read-input.js';
import { loadArticle } from '../../load/load-article.js';
import { resolveOptions } from '../../options.js';
import { paragraphTokens } from '../../text/paragraph-tokens.js';
import { segment } from '../../text/segment.js';
import type { Article, Text } from '../../types.js';
import { ExitWith } from '../exit-with.js';
import type { Reporter } from '../reporter.js';

interface SegmentArgs {
  readonly inputs: readonly string[];
  readonly json?: boolean;
}

export function segmentCommand(yargs: Argv, report: Reporter): Argv {
  return yargs.command(
    'segment <inputs...>',
    'Show the sentences and tokens waraqa finds in articles',
    (y) =>
      y
        .positional('inputs', { type: 'string', array: true, describe: 'article files, folders, or - for standard input' })
        .option('json', { type: 'boolean', describe: 'JSON Lines: one object per input with sentences and tokens' })
        .example('$0 segment article.txt', 'one sentence a line')
        .example('$0 segment articles/ --json > segments.jsonl', 'sentences and tokens of every article, one JSON line each'),
    async (argv) => {
      const args = argv as unknown as SegmentArgs;
      const options = resolveOptions();
      const failures: WaraqaError[] = [];
      for (const path of await expandInputs(args.inputs)) {
        try {
          const input = await readInput(path, options.maxBytes);
          const text = segment(withTitleAsParagraph(loadArticle(input.bytes, input.path, options)));
          if (args.json) report.data(JSON.stringify(toJson(input.path, text)));
          else for (const sentence of text.sentences) report.data(sentence.text.replace(/\s*\n\s*/g, ' '));
        } catch (error) {
          if (!isWaraqaError(error)) throw error;
          report.warn(error.hint === undefined ? error.message : `${error.message} (${error.hint})`);
          failures.push(error);
        }
      }
      if (failures.length > 0) throw new ExitWith(Math.max(...failures.map((f) => f.exitCode)));
    },
  );
}

/** The article with its title, if loading separated one, as its first paragraph. */
function withTitleAsParagraph(article: Article): Article {
  if (article.title === undefined || article.title.length === 0) return article;
  return { ...article, paragraphs: [article.title, ...article.paragraphs] };
}

/** The JSON Lines record of one input: every token of every paragraph, spaces included. */
function toJson(input: string, text: Text): object {
  return {
    input,
    paragraphs: text.paragraphs.map((p) => ({ text: p.text, start: p.start, end: p.end })),
    sentences: text.sentences.map((s) => ({ text: s.text, start: s.start, end: s.end, paragraph: s.paragraph })),
    tokens: paragraphTokens(text).flatMap((tokens) =>
      tokens.map((t) => ({
        text: t.text,
        start: t.start,
        end: t.end,
        kind: t.kind,
        key: t.key,
        prefixes: t.prefixes,
        stem: t.stem,
        suffixes: t.suffixes,
        isStopWord: t.isStopWord,
      })),
    ),
  };
}
