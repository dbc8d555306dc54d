/**
 * Every option waraqa reads, with its default, in one place. The CLI and the config file only
 * produce a `Partial<Options>`; `resolveOptions` fills the rest so that stages read a complete,
 * frozen object.
 */
import type { Level } from './types.js';

export type Format = 'html' | 'pdf' | 'md' | 'txt' | 'json' | 'gift' | 'moodle-xml';
export type Paper = 'a4' | 'letter';
export type Digits = 'arabic' | 'latin';
export type InstructionLanguage = 'ar' | 'en' | 'both';

/** How many items each section asks for; `0` leaves a section out. */
export interface ItemCounts {
  readonly vocabulary: number;
  readonly cloze: number;
  readonly multipleChoice: number;
  readonly vocabularyInContext: number;
  readonly trueFalse: number;
  readonly matching: number;
  readonly ordering: number;
}

export interface Options {
  /** Worksheet level: 1 easier (fewer items, word bank, far distractors) to 3 harder. Default 2. */
  readonly level: Level;
  /** Seed for every random choice; default derived from the article's content. */
  readonly seed?: string;
  /** Number of versions (A, B, C …) with shuffled items and options. Default 1. */
  readonly versions: number;
  /** Output formats. Default `['html', 'json']`. */
  readonly formats: readonly Format[];
  readonly paper: Paper;
  readonly digits: Digits;
  readonly instructions: InstructionLanguage;
  readonly largePrint: boolean;
  /** Item counts; default from the level (see `itemsForLevel`). */
  readonly items: ItemCounts;
  /** Largest input accepted, in bytes. Default 5 MB. */
  readonly maxBytes: number;
  /** A folder whose templates/partials override the built-in ones by name. */
  readonly templates?: string;
  /** Path of the SAMER lexicon TSV (else WARAQA_LEXICON, else the user cache). */
  readonly lexicon?: string;
  /** Chromium executable for PDF (else CHROME_PATH, else the usual install paths). */
  readonly chrome?: string;
}

export const FORMATS: readonly Format[] = ['html', 'pdf', 'md', 'txt', 'json', 'gift', 'moodle-xml'];
export const LEVELS: readonly Level[] = [1, 2, 3];
export const PAPERS: readonly Paper[] = ['a4', 'letter'];
export const DIGITS: readonly Digits[] = ['arabic', 'latin'];
export const INSTRUCTION_LANGUAGES: readonly InstructionLanguage[] = ['ar', 'en', 'both'];
/** The sections `--items` can name, e.g. `--items cloze=8,trueFalse=6`. */
export const ITEM_KINDS: readonly (keyof ItemCounts)[] = [
  'vocabulary',
  'cloze',
  'multipleChoice',
  'vocabularyInContext',
  'trueFalse',
  'matching',
  'ordering',
];
/** Where `waraqa generate` writes when neither `--out` nor the config file says. */
export const DEFAULT_OUT_DIR = 'out';
/** The config file looked for in the working folder when `--config` is not given. */
export const CONFIG_FILE = 'waraqa.config.json';
export const MAX_BYTES = 5 * 1024 * 1024;
export const MAX_VERSIONS = 26;

/** Item counts per level: level 1 asks for fewer items than level 3. */
export function itemsForLevel(level: Level): ItemCounts {
  const byLevel: Record<Level, ItemCounts> = {
    1: { vocabulary: 10, cloze: 6, multipleChoice: 6, vocabularyInContext: 4, trueFalse: 6, matching: 4, ordering: 4 },
    2: { vocabulary: 12, cloze: 8, multipleChoice: 8, vocabularyInContext: 6, trueFalse: 6, matching: 5, ordering: 4 },
    3: { vocabulary: 15, cloze: 10, multipleChoice: 10, vocabularyInContext: 8, trueFalse: 8, matching: 6, ordering: 6 },
  };
  return byLevel[level];
}

export interface OptionsInput extends Partial<Omit<Options, 'items'>> {
  readonly items?: Partial<ItemCounts>;
}

/** Fills every option the caller left out with its default. */
export function resolveOptions(input: OptionsInput = {}): Options {
  const level = input.level ?? 2;
  const options: Options = {
    level,
    versions: input.versions ?? 1,
    formats: input.formats ?? ['html', 'json'],
    paper: input.paper ?? 'a4',
    digits: input.digits ?? 'arabic',
    instructions: input.instructions ?? 'ar',
    largePrint: input.largePrint ?? false,
    items: { ...itemsForLevel(level), ...input.items },
    maxBytes: input.maxBytes ?? MAX_BYTES,
    ...(input.seed === undefined ? {} : { seed: input.seed }),
    ...(input.templates === undefined ? {} : { templates: input.templates }),
    ...(input.lexicon === undefined ? {} : { lexicon: input.lexicon }),
    ...(input.chrome === undefined ? {} : { chrome: input.chrome }),
  };
  return Object.freeze(options);
}
