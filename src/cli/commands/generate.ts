/** `waraqa generate`: articles in, worksheets out. */
import path from 'node:path';
import type { Argv } from 'yargs';
import { expandInputs, readInput } from '../../io/read-input.js';
import { readTemplates } from '../../io/read-templates.js';
import { writeFiles } from '../../io/write-files.js';
import { FORMATS, type Format, resolveOptions } from '../../options.js';
import { buildWorksheets, renderWorksheets } from '../../pipeline.js';
import type { Level } from '../../types.js';
import type { Reporter } from '../reporter.js';
import { slugFor } from '../slug.js';

interface GenerateArgs {
  inputs: string[];
  out: string;
  seed?: string;
  format: string[];
  level: number;
  versions: number;
}

export function generateCommand(yargs: Argv, report: Reporter): Argv {
  return yargs.command<GenerateArgs>(
    'generate <inputs...>',
    'Make a worksheet from each article (files, folders, or - for standard input).',
    (y) =>
      y
        .positional('inputs', { type: 'string', array: true, demandOption: true, describe: 'article files, folders or -' })
        .option('out', { alias: 'o', type: 'string', default: 'out', describe: 'output folder; each article goes to <out>/<name>/' })
        .option('seed', { type: 'string', describe: 'seed for every random choice (default: from the article)' })
        .option('format', {
          alias: 'f',
          type: 'string',
          array: true,
          default: ['html', 'json'],
          describe: `formats, comma-separated: ${FORMATS.join(', ')}`,
          coerce: (values: string[]) => values.flatMap((v) => v.split(',')).filter(Boolean),
        })
        .option('level', { type: 'number', choices: [1, 2, 3], default: 2, describe: 'worksheet level' })
        .option('versions', { type: 'number', default: 1, describe: 'versions A, B, C … with items shuffled' })
        .check((argv) => {
          const bad = (argv.format as string[]).filter((f) => !FORMATS.includes(f as Format));
          if (bad.length > 0) throw new Error(`unknown format ${bad.join(', ')}; expected one of ${FORMATS.join(', ')}`);
          return true;
        })
        .example('$0 generate articles/us-iraq-talks.txt', 'worksheet.html and worksheet.json in out/us-iraq-talks/')
        .example('$0 generate articles/ --seed 7 --versions 2', 'two versions of every article in the folder')
        .example('cat article.txt | $0 generate - --out sheets', 'read the article from standard input') as Argv<GenerateArgs>,
    async (argv) => {
      const options = resolveOptions({
        level: argv.level as Level,
        versions: argv.versions,
        formats: argv.format as Format[],
        ...(argv.seed === undefined ? {} : { seed: argv.seed }),
      });
      const assets = await readTemplates();
      for (const input of await expandInputs(argv.inputs)) {
        const { bytes } = await readInput(input);
        const built = buildWorksheets(bytes, input, options);
        const dir = path.join(argv.out, slugFor(input));
        const written = await writeFiles(dir, renderWorksheets(built.worksheets, options, assets));
        for (const file of written) report.info(`wrote ${file}`);
      }
    },
  );
}
