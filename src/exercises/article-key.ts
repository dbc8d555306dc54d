/**
 * The whole article as an option key, worked out once per analysis: every draw's true or false
 * statements and every check ask whether a changed statement is still in the article.
 */
import type { Analysis } from '../types.js';
import { optionKey } from './option-key.js';
import { perAnalysis } from './per-analysis.js';

export const articleKey: (analysis: Analysis) => string = perAnalysis((analysis) => optionKey(analysis.text.text));
