/**
 * Clutter that announces itself: a block whose words are a site widget's label or whose shape is
 * a time stamp, a link, a form field or a Latin-only line. Returns the reason id shown by
 * `waraqa clean --explain`, or undefined when the block must be judged on length and context.
 */
import {
  ADDRESS_MARKERS,
  ADVERT_MARKERS,
  COMMENT_FORM_MARKERS,
  COPYRIGHT_MARKERS,
  MORE_MARKERS,
  PHOTO_CREDIT_MARKERS,
  READ_ALSO_MARKERS,
  SHARE_MARKERS,
  SUBSCRIBE_MARKERS,
  TAG_MARKERS,
  TERMS_MARKERS,
} from '../data/boilerplate-markers.js';
import { MONTH_NAMES, TIME_WORDS, WEEKDAY_NAMES } from '../data/date-words.js';
import type { Block } from './block.js';
import type { BlockFeatures } from './describe-block.js';
import { endsWithPhrase, hasPhrase, matchKey, phraseKeys, startsWithPhrase } from './match-key.js';

const READ_ALSO = phraseKeys(READ_ALSO_MARKERS);
const COMMENT_FORM = phraseKeys(COMMENT_FORM_MARKERS);
const TERMS = phraseKeys(TERMS_MARKERS);
const COPYRIGHT = phraseKeys(COPYRIGHT_MARKERS);
const SHARE = phraseKeys(SHARE_MARKERS);
const SHARE_WORDS = new Set(SHARE.filter((k) => !k.includes(' ')));
const TAGS = phraseKeys(TAG_MARKERS);
const SUBSCRIBE = phraseKeys(SUBSCRIBE_MARKERS);
const SUBSCRIBE_ANYWHERE = phraseKeys(['الرسائل القصيرة', 'رسالة قصيرة', 'النشرة البريدية', 'النشرة الإخبارية', 'sms']);
const PHOTO_CREDIT = phraseKeys([...PHOTO_CREDIT_MARKERS, 'أ ف ب', 'أ ب', 'رويترز', 'د ب أ']);
const ADDRESS = phraseKeys(ADDRESS_MARKERS);
const ADVERT = phraseKeys(ADVERT_MARKERS);
const MORE = phraseKeys(MORE_MARKERS);
const DATE_WORDS = new Set(phraseKeys([...MONTH_NAMES, ...WEEKDAY_NAMES, ...TIME_WORDS]));

const URL = /(?:https?:\/\/|www\.)\S+|\b[\w-]+\.(?:com|net|org|info|news|tv)(?:\/\S*)?/gi;
const CLOCK = /\b\d{1,2}:\d{2}\b/;
const BREADCRUMB_SEPARATOR = /\s[›>|»/]\s/g;

/**
 * The reason `block` is clutter by its words or shape alone, or undefined. Marker words also occur
 * in news prose («اشترك أكثر من ألف عداء …», «تعليق الدراسة …», «حماية حقوق النشر …»), so each rule
 * asks for the shape of a widget as well: the label alone, a label and a colon, or a line that
 * does not end like a sentence.
 */
export function findMarker(block: Block, f: BlockFeatures): string | undefined {
  const { text } = block;
  const { key, words } = f;
  const label = labelled(text);
  if (isBareLink(text)) return 'bare-link';
  if (f.arabicLetters === 0) return f.latinLetters > 0 ? 'latin-only' : 'symbols-only';
  if (block.chrome === true) return 'page-chrome';
  if (text.includes('©') || (words <= 30 && isWidget(key, COPYRIGHT, f, label, 15, true))) return 'copyright';
  if (isTimestamp(text, f)) return 'timestamp';
  if (words <= 30 && isWidget(key, READ_ALSO, f, label, 20)) return 'read-also';
  if (words <= 60 && isWidget(key, TERMS, f, label, 12, true)) return 'terms';
  if (words <= 6 && /\*\s*$/.test(text)) return 'form-field';
  if (isLabel(key, COMMENT_FORM)) return 'comment-form';
  if (words <= 40 && !f.endsSentence && startsWithPhrase(key, TAGS) !== undefined) return 'tags';
  if (words <= 30 && !f.endsSentence && (startsWithPhrase(key, SUBSCRIBE) !== undefined || hasPhrase(key, SUBSCRIBE_ANYWHERE)))
    return 'subscribe';
  if (isShareBar(key, words)) return 'share';
  if ((block.linkDensity ?? 0) >= 0.5 && !(f.endsSentence && words >= 20)) return 'link';
  if (isLabel(key, ADVERT)) return 'advert';
  if (
    !f.endsSentence &&
    words <= 15 &&
    (startsWithPhrase(key, PHOTO_CREDIT) !== undefined || endsWithPhrase(key, PHOTO_CREDIT) !== undefined)
  ) {
    return 'photo-credit';
  }
  if (words <= 60 && endsWithPhrase(key, MORE) !== undefined && !/[^.]\.\s*$/.test(text)) return 'more-teaser';
  if (!f.endsSentence && words <= 20 && hasPhrase(key, ADDRESS) && (/\d/.test(text) || (text.match(/[-–_|،,]/g)?.length ?? 0) >= 2))
    return 'address';
  if (!f.endsSentence && words <= 15 && (text.match(BREADCRUMB_SEPARATOR)?.length ?? 0) >= 2) return 'navigation';
  if (words <= 4 && /[-–—|_]\s*$/.test(text)) return 'fragment';
  return undefined;
}

/** A colon, dash or bar within the first few words: «اقرأ أيضا: …», «شروط النشر: …». */
function labelled(text: string): boolean {
  return /^[^:：|»\-–—.]{1,40}\s*[:：|»\-–—]/.test(text);
}

/**
 * `key` opens with one of `phrases` the way a widget does: the phrase alone, followed by a colon
 * or dash, or (when `anywhere`) holding it in a line that does not read as a sentence; a line
 * that continues past the phrase must not end like a sentence and must stay within `maxWords`.
 */
function isWidget(key: string, phrases: readonly string[], f: BlockFeatures, label: boolean, maxWords: number, anywhere = false): boolean {
  const start = startsWithPhrase(key, phrases);
  if (start !== undefined) return start === key || label || (!f.endsSentence && f.words <= maxWords);
  return anywhere && !f.endsSentence && f.words <= maxWords && hasPhrase(key, phrases);
}

/** `key` is one of `phrases` alone, or with a count: «التعليقات (3)», «إعلان». */
function isLabel(key: string, phrases: readonly string[]): boolean {
  const start = startsWithPhrase(key, phrases);
  if (start === undefined) return false;
  const rest = key.slice(start.length).trim();
  return rest === '' || /^\d+$/.test(rest);
}

/** A URL with at most a couple of words around it. */
function isBareLink(text: string): boolean {
  if (!URL.test(text)) return false;
  URL.lastIndex = 0;
  return matchKey(text.replace(URL, ' ')).split(' ').filter(Boolean).length < 3;
}

/** «آخر تحديث 15:07 بتوقيت أبوظبي», «GMT 21:03 2025 الأربعاء ,22 كانون الثاني / يناير». */
function isTimestamp(text: string, f: BlockFeatures): boolean {
  if (f.words > 14 || !/\d/.test(text)) return false;
  if (f.endsSentence && !CLOCK.test(text)) return false;
  const tokens = f.key.split(' ').filter(Boolean);
  let other = 0;
  let dated = CLOCK.test(text);
  for (const token of tokens) {
    if (/^\d+$/.test(token)) {
      if (/^(1[3-9]|20)\d\d$/.test(token)) dated = true;
      continue;
    }
    if (DATE_WORDS.has(token)) {
      if (token.length > 2) dated = true;
      continue;
    }
    other++;
  }
  return dated && other <= 2 && other * 3 <= tokens.length;
}

/** «شارك: فيسبوك تويتر واتساب» — most of the words are share targets. */
function isShareBar(key: string, words: number): boolean {
  if (words > 10) return false;
  const tokens = key.split(' ').filter(Boolean);
  const share = tokens.filter((t) => SHARE_WORDS.has(t)).length;
  return share > 0 && share * 2 >= tokens.length;
}
