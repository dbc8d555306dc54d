/**
 * The normalised key every comparison uses (DESIGN.md): no diacritics (U+064B–U+065F, U+0670)
 * or tatweel (U+0640), أ إ آ ٱ → ا, ى → ي, ة → ه, Arabic-Indic and Persian digits → ASCII.
 * Display text keeps the writer's spelling. One pass over the text; most keys need no change
 * past the first test.
 *
 * @example normalizeKey('أَكَّدَ') // 'اكد'
 */
const NEEDS_WORK = /[\u0622\u0623\u0625\u0629\u0640\u0649\u064B-\u065F\u0660-\u0670\u0671\u06F0-\u06F9]/;

/** Longer texts than this (a word is shorter) are normalised by a native search for what changes. */
const LONG = 32;
/** Runs of the characters NEEDS_WORK looks for. */
const MAPPED_RUNS = /[\u0622\u0623\u0625\u0629\u0640\u0649\u064B-\u065F\u0660-\u0670\u0671\u06F0-\u06F9]+/g;

export function normalizeKey(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  // A sentence or a paragraph: a native search for the characters that change costs less than the
  // walk below.
  if (text.length > LONG) return text.replace(MAPPED_RUNS, mapRun);
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
 * A run of the characters NEEDS_WORK looks for, mapped: one native search finds the runs of a
 * long text (about one character in twenty), and only they are read here, where a pass per kind
 * of change would copy the whole text up to five times.
 */
function mapRun(run: string): string {
  if (run.length === 1) return MAPPED[run.charCodeAt(0) - FIRST_MAPPED] ?? run;
  let out = '';
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    out += MAPPED[c - FIRST_MAPPED] ?? run[i];
  }
  return out;
}

/**
 * What each character from U+0622 to U+06F9 becomes in a key ('' when dropped), undefined when it
 * stays: one lookup per character instead of a test per kind of change.
 */
const FIRST_MAPPED = 0x0622;
const LAST_MAPPED = 0x06f9;
const MAPPED: (string | undefined)[] = Array.from({ length: LAST_MAPPED - FIRST_MAPPED + 1 }, (_, k) => {
  const c = FIRST_MAPPED + k;
  if (isDroppedFromKey(c)) return '';
  if (c === 0x0622 || c === 0x0623 || c === 0x0625 || c === 0x0671) return 'ا';
  if (c === 0x0649) return 'ي';
  if (c === 0x0629) return 'ه';
  if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(c - 0x0660 + 48);
  if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(c - 0x06f0 + 48);
  return undefined;
});

/** Whether a key drops code unit `c`: a diacritic (U+064B–U+065F, U+0670) or the tatweel (U+0640). */
export function isDroppedFromKey(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640;
}
