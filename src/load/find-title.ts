/**
 * The headline of a pasted page: among the blocks before the first paragraph of prose, the one
 * that the page repeats (sites print the headline again in breadcrumbs, share boxes and related
 * lists), else the first one that looks like a headline and is neither a question (a sidebar's
 * poll) nor a caption, else the first one that looks like a headline (3–25 words, mostly not links, no full stop or colon at
 * the end). Site names are shorter than three words, which keeps them out.
 */
import type { BlockFeatures } from './describe-block.js';
import { parseByline } from './parse-byline.js';

/** Markers that can sit in a headline («… في شارع …», «… صورة …») and do not rule it out. */
const SOFT_MARKERS = new Set(['address', 'photo-credit', 'more-teaser', 'no-sentence']);

export interface TitleCandidate {
  readonly text: string;
  readonly features: BlockFeatures;
  readonly marker: string | undefined;
  readonly linkDensity?: number | undefined;
}

/** Index of the headline block among `blocks[0 .. before)`, or undefined. */
export function findTitle(blocks: readonly TitleCandidate[], before: number): number | undefined {
  const candidates: number[] = [];
  for (let i = 0; i < Math.min(before, blocks.length); i++) {
    const { text, features: f, marker, linkDensity } = blocks[i] as TitleCandidate;
    if ((marker !== undefined && !SOFT_MARKERS.has(marker)) || (linkDensity ?? 0) >= 0.5) continue;
    // Bylines and lines with clock times (prayer times, stamps) are not headlines.
    if (parseByline(text) !== undefined || /\d{1,2}:\d{2}/.test(text)) continue;
    if (f.arabicWords < 3 || f.words > 25 || /[.:]["»”)]*\s*$/.test(text)) continue;
    candidates.push(i);
  }
  const repeated = candidates.find((i) => {
    const key = (blocks[i] as TitleCandidate).features.key;
    return blocks.some((b, j) => j !== i && b.features.key.includes(key));
  });
  // Else the first that is not a question (sidebars ask polls) and carries no caption marker.
  const plain = candidates.find((i) => {
    const { text, marker } = blocks[i] as TitleCandidate;
    return marker === undefined && !/[?؟]["»”)]*\s*$/.test(text);
  });
  return repeated ?? plain ?? candidates[0];
}

/** True when `key` is the title again, perhaps with a site name or a second copy around it. */
export function repeatsTitle(key: string, titleKey: string): boolean {
  if (titleKey.length === 0 || !key.includes(titleKey)) return false;
  const rest = key.split(titleKey).join(' ').trim();
  return rest.length === 0 || rest.split(' ').length <= 4;
}
