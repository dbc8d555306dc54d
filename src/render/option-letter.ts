/** Letters for options, matching columns and events. */
import type { Digits } from '../options.js';
import { formatNumber } from './format-digits.js';
import { OPTION_LETTERS } from './labels.js';

/** Option letter for index `i`: 0 → أ. Past the list, the number itself. */
export function optionLetter(i: number, digits: Digits): string {
  return OPTION_LETTERS[i] ?? formatNumber(i + 1, digits);
}
