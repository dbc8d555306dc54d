/**
 * `waraqa analyze <inputs...> [--json] [--lexicon PATH]`: what the article teaches and says — its
 * vocabulary ranked by keyness, its names, and its facts (numbers, dates, names, quotations with
 * their speakers). With --json, one JSON object per input per line (JSON Lines):
 * {"input","title","byline","sentences","vocabulary","names","facts"}; without, a short summary.
 */
import type { Argv } from 'yargs';
import { analyse } from '../../analyse/analyse.js';
import type { Lexicon } from '../../analyse/lexicon.js';
import { findLexicon } from '../../io/lexicon-load.js';
import { expandInputs, readInput } from '../../io/read-input.js';
import { loadArticle } from '../../load/load-article.js';
import { resolveOptions } from '../../options.js';
import { segment } from '../../text/segment.js';
import type { Analysis, Fact } from '../../types.js';
import type { Reporter } from '../reporter.js';

interface AnalyzeArgs {
  readonly inputs: readonly string[];
  readonly json?: boolean;
  readonly lexicon?: string;
}

export function analyzeCommand(yargs: Argv, report: Reporter): Argv {
  return yargs.command(
    'analyze <inputs...>',
    'Show the vocabulary, names and facts waraqa finds in articles',
    (y) =>
      y
        .positional('inputs', { type: 'string', array: true, describe: 'article files, folders, or - for standard input' })
        .option('json', { type: 'boolean', describe: 'JSON Lines: one object per input with sentences, vocabulary, names and facts' })
        .option('lexicon', {
          type: 'string',
          describe: 'the SAMER lexicon TSV (else WARAQA_LEXICON, else the cache of `waraqa lexicon download`)',
        })
        .example('$0 analyze articles/us-iraq-talks.txt', 'level, key words, names and facts')
        .example('$0 analyze articles/ --json > analysis.jsonl', 'one JSON line per article'),
    async (argv) => {
      const args = argv as unknown as AnalyzeArgs;
      const options = resolveOptions(args.lexicon === undefined ? {} : { lexicon: args.lexicon });
      const { lexicon } = await findLexicon(options.lexicon);
      if (!lexicon) report.info('No lexicon: vocabulary without lemmas, glosses and levels (run `waraqa lexicon download` to add them).');
      for (const path of await expandInputs(args.inputs)) {
        const input = await readInput(path);
        const analysis = analyse(segment(loadArticle(input.bytes, input.path, options)), lexicon as Lexicon | undefined);
        if (args.json) report.data(JSON.stringify(toJson(input.path, analysis)));
        else for (const line of summary(input.path, analysis)) report.data(line);
      }
    },
  );
}

/** The JSON Lines record of one input. */
function toJson(input: string, analysis: Analysis): object {
  const { article, sentences } = analysis.text;
  return {
    input,
    title: article.title ?? null,
    byline: article.byline ?? null,
    level: analysis.level,
    sentences: sentences.map((s) => ({ id: s.id, text: s.text, start: s.start, end: s.end, paragraph: s.paragraph })),
    vocabulary: analysis.vocabulary,
    names: analysis.names,
    facts: analysis.facts,
  };
}

/** A few lines a teacher can read: level, key words, names, facts. */
function summary(input: string, analysis: Analysis): string[] {
  const lines = [`${input}: ${analysis.text.article.title ?? ''}`, `level ${analysis.level}`];
  const words = analysis.vocabulary.slice(0, 15).map((v) => (v.gloss ? `${v.display} (${v.gloss})` : v.display));
  lines.push(`vocabulary: ${words.join('، ')}`);
  for (const name of analysis.names) lines.push(`${name.type}: ${name.name}${name.role ? ` — ${name.role}` : ''} ×${name.count}`);
  for (const fact of analysis.facts) if (fact.kind !== 'entity') lines.push(describe(fact));
  return lines;
}

function describe(fact: Fact): string {
  switch (fact.kind) {
    case 'number':
      return `number: ${fact.surface} = ${fact.value}${fact.counted ? ` ${fact.counted}` : ''}${fact.unit === '%' ? '%' : ''}`;
    case 'date':
      return `date (${fact.type}): ${fact.surface}`;
    case 'quote':
      return `quote: ${fact.speaker ?? '?'}${fact.speakerMention ? ` (${fact.speakerMention})` : ''} ${fact.verb}: «${fact.text}»`;
    default:
      return `${fact.type}: ${fact.name}`;
  }
}
