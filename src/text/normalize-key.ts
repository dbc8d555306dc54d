/**
 * The normalised key every comparison uses (DESIGN.md): no diacritics (U+064B–U+065F, U+0670)
 * or tatweel (U+0640), أ إ آ ٱ → ا, ى → ي, ة → ه, Arabic-Indic and Persian digits → ASCII.
 * Display text keeps the writer's spelling. One pass over the text; most keys need no change
 * past the first test.
 *
 * @example normalizeKey('أَكَّدَ') // 'اكد'
 */
const NEEDS_WORK = /[\u0622\u0623\u0625\u0629\u0640\u0649\u064B-\u065F\u0660-\u0670\u0671\u06F0-\u06F9]/;

/** Longer texts than this (a word is shorter) are normalised by native passes. */
const LONG = 32;
const DROPPED = /[\u064B-\u065F\u0670\u0640]+/g;
const ALEFS = /[\u0622\u0623\u0625\u0671]/g;
const ALEF_MAQSURA = /\u0649/g;
const TA_MARBUTA = /\u0629/g;
const DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

export function normalizeKey(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  // A sentence or a paragraph: one native pass per kind of change costs less than the walk below
  // (each character maps on its own, so the passes cannot disturb one another).
  if (text.length > LONG) {
    return text
      .replace(DROPPED, '')
      .replace(ALEFS, 'ا')
      .replace(ALEF_MAQSURA, 'ي')
      .replace(TA_MARBUTA, 'ه')
      .replace(DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - (d.charCodeAt(0) >= 0x06f0 ? 0x06f0 : 0x0660) + 48));
  }
  // Unchanged letters are copied a run at a time (text.slice), not one string per character.
  let out = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < FIRST_MAPPED || c > LAST_MAPPED) continue;
    const mapped = MAPPED[c - FIRST_MAPPED];
    if (mapped === undefined) continue;
    out += text.slice(run, i) + mapped;
    run = i + 1;
  }
  return out + text.slice(run);
}

/**
 * What each character from U+0622 to U+06F9 becomes in a key ('' when dropped), undefined when it
 * stays: one lookup per character instead of a test per kind of change.
 */
const FIRST_MAPPED = 0x0622;
const LAST_MAPPED = 0x06f9;
const MAPPED: (string | undefined)[] = Array.from({ length: LAST_MAPPED - FIRST_MAPPED + 1 }, (_, k) => {
  const c = FIRST_MAPPED + k;
  if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) return '';
  if (c === 0x0622 || c === 0x0623 || c === 0x0625 || c === 0x0671) return 'ا';
  if (c === 0x0649) return 'ي';
  if (c === 0x0629) return 'ه';
  if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(c - 0x0660 + 48);
  if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(c - 0x06f0 + 48);
  return undefined;
});
