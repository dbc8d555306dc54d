/**
 * The boilerplate classifier, in the spirit of jusText: measure every block, mark the clutter
 * that announces itself, judge the rest on length, stop-word density and end punctuation, let
 * context decide short and borderline blocks, cut "read also" boxes, keep the densest run of
 * prose, then take the headline and the byline from what came before it. Every removed block
 * keeps its reason for `waraqa clean --explain`.
 */

import { isArabicText } from '../text/letters.js';
import type { Byline, Removed } from '../types.js';
import type { Block } from './block.js';
import { cutAfterReadAlso } from './cut-after-read-also.js';
import { type BlockFeatures, describeBlock, type WordCache } from './describe-block.js';
import { findMarker } from './find-marker.js';
import { findTitle, repeatsTitle } from './find-title.js';
import { judgeBlock, type Verdict } from './judge-block.js';
import { keepDensestRun } from './keep-densest-run.js';
import { matchKey } from './match-key.js';
import { parseByline } from './parse-byline.js';
import { resolveContext } from './resolve-context.js';

export interface Cleaned {
  readonly title?: string;
  readonly byline?: Byline;
  readonly paragraphs: readonly string[];
  readonly removed: readonly Removed[];
}

/** What a web page says about itself: its headline (h1, og:title) and byline. */
export interface PageHints {
  readonly title?: string;
  readonly byline?: string;
}

/** Markers that still leave a block usable when nothing reads like prose (a one-line input). */
const HARD_MARKERS = new Set([
  'latin-only',
  'symbols-only',
  'page-chrome',
  'bare-link',
  'copyright',
  'timestamp',
  'read-also',
  'terms',
  'form-field',
  'comment-form',
  'tags',
  'subscribe',
  'share',
  'advert',
  'navigation',
  'link',
]);

/** What a byline line is judged before it is recognised: too short to be prose. */
const BYLINE_REASONS = new Set(['short', 'no-sentence', 'isolated', 'fragment', 'page-chrome', 'link', 'after-read-also']);

/** Blocks → title, byline, body paragraphs and the removed blocks with reasons. */
export function cleanBlocks(blocks: readonly Block[], hints: PageHints = {}): Cleaned {
  const words: WordCache = new Map();
  const features = blocks.map((b) => describeBlock(b.text, words));
  const markers = blocks.map((b, i) => findMarker(b, features[i] as BlockFeatures));
  let verdicts: Verdict[] = features.map((f, i) => judgeBlock(f, markers[i]));

  const firstProse = verdicts.findIndex((v) => v.kind === 'good');
  const titleIndex =
    hints.title === undefined
      ? findTitle(
          blocks.map((b, i) => ({ text: b.text, features: features[i] as BlockFeatures, marker: markers[i], linkDensity: b.linkDensity })),
          firstProse === -1 ? blocks.length : firstProse,
        )
      : undefined;
  let title = hints.title ?? (titleIndex === undefined ? undefined : blocks[titleIndex]?.text);
  verdicts = markRepeats(verdicts, features, title === undefined ? '' : matchKey(title), titleIndex);
  verdicts = keepDensestRun(cutAfterReadAlso(resolveContext(verdicts), features), features);

  let paragraphs = blocks.filter((_, i) => verdicts[i]?.kind === 'good').map((b) => b.text);
  const firstKept = verdicts.findIndex((v) => v.kind === 'good');
  let bylineIndex: number | undefined;
  let byline: Byline | undefined;
  for (let i = firstKept - 1; i >= 0 && i !== titleIndex; i--) {
    const v = verdicts[i] as Verdict;
    if (v.kind !== 'bad' || !BYLINE_REASONS.has(v.reason)) continue;
    byline = parseByline((blocks[i] as Block).text);
    if (byline !== undefined) {
      bylineIndex = i;
      break;
    }
  }
  if (byline === undefined && hints.byline !== undefined) byline = parseByline(hints.byline) ?? authorOnly(hints.byline);

  const kept = new Set(verdicts.flatMap((v, i) => (v.kind === 'good' ? [i] : [])));
  if (kept.size === 0) {
    // Nothing reads like prose (a single sentence, a list): keep what is Arabic and not clutter.
    const usable = blocks.flatMap((_, i) =>
      (features[i] as BlockFeatures).arabicWords > 0 && !HARD_MARKERS.has(markers[i] ?? '') ? [i] : [],
    );
    // A title only when it heads what is left; otherwise it is just one of the lines.
    const headed = titleIndex !== undefined && usable[0] === titleIndex && usable.length > 1;
    for (const i of headed ? usable.slice(1) : usable) kept.add(i);
    if (titleIndex !== undefined && kept.has(titleIndex)) title = hints.title;
    paragraphs = blocks.filter((_, i) => kept.has(i)).map((b) => b.text);
  }
  const removed: Removed[] = [];
  blocks.forEach((b, i) => {
    const v = verdicts[i] as Verdict;
    if (v.kind !== 'bad' || kept.has(i) || i === bylineIndex || (i === titleIndex && title !== undefined)) return;
    removed.push({ text: b.text, reason: v.reason });
  });
  return {
    ...(title === undefined ? {} : { title }),
    ...(byline === undefined ? {} : { byline }),
    paragraphs,
    removed,
  };
}

/** Marks the headline's repeats (`repeated-title`) and short lines the page prints twice (`repeated`). */
function markRepeats(
  verdicts: readonly Verdict[],
  features: readonly BlockFeatures[],
  titleKey: string,
  titleIndex: number | undefined,
): Verdict[] {
  const counts = new Map<string, number>();
  for (const f of features) counts.set(f.key, (counts.get(f.key) ?? 0) + 1);
  return verdicts.map((v, i) => {
    const f = features[i] as BlockFeatures;
    if (i === titleIndex) return { kind: 'bad', reason: 'title' };
    if (v.kind === 'bad' && v.reason !== 'no-sentence') return v;
    if (titleKey !== '' && repeatsTitle(f.key, titleKey)) return { kind: 'bad', reason: 'repeated-title' };
    if (f.words < 15 && f.key !== '' && (counts.get(f.key) ?? 0) >= 2) return { kind: 'bad', reason: 'repeated' };
    return v;
  });
}

function authorOnly(text: string): Byline | undefined {
  const name = text.trim();
  return name.split(/\s+/).length <= 4 && isArabicText(name, ' ') ? { author: name } : undefined;
}
