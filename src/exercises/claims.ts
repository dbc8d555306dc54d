/**
 * Sentences already used by earlier items, with the answer each item hides and the text it shows.
 * A later item may use the same sentence only when neither shows the other's answer — the rule the
 * checker enforces (see `giveaway` in check-items.ts), applied while choosing so nothing is wasted.
 */
import { memo } from './memo.js';
import { mentionedIn } from './mentioned-in.js';
import { optionKey } from './option-key.js';

export interface Claim {
  /** The hidden answer, or `''` when the item hides none that is a word of the article. */
  readonly key: string;
  /** What the item prints. */
  readonly text: string;
}

/** A recorded claim, with what the checks read of it worked out when first read. */
class Recorded implements Claim {
  private keyKeyMemo: string | undefined;
  private textKeyMemo: string | undefined;
  private mentionsMemo: ((candidate: string) => boolean) | undefined;
  constructor(
    readonly key: string,
    readonly text: string,
  ) {}
  get keyKey(): string {
    this.keyKeyMemo ??= optionKey(this.key);
    return this.keyKeyMemo;
  }
  get textKey(): string {
    this.textKeyMemo ??= optionKey(this.text);
    return this.textKeyMemo;
  }
  get mentions(): (candidate: string) => boolean {
    this.mentionsMemo ??= mentionedIn(this.text);
    return this.mentionsMemo;
  }
}

export type Claims = Map<number, Claim[]>;

/** Records an item on `sentence`. */
export function claim(claims: Claims, sentence: number, item: Claim): void {
  const recorded = new Recorded(item.key, item.text);
  const earlier = claims.get(sentence);
  if (earlier) earlier.push(recorded);
  else claims.set(sentence, [recorded]);
}

/** True when an item hiding `key` and printing `text` on `sentence` would give away, or be given away by, an earlier one. */
export function clashes(claims: ReadonlyMap<number, readonly Claim[]>, sentence: number, item: Claim): boolean {
  const earlier = claims.get(sentence);
  if (!earlier) return false;
  // What is read of the item is worked out when a rule first needs it (most rules stop earlier).
  let shows: ((candidate: string) => boolean) | undefined;
  let itemKey: string | undefined;
  const quote = asksSpeaker(item.text) ? quoted(item.text) : '';
  return earlier.some((claimed) => {
    const e = recorded(claimed);
    if (e.key !== '') {
      shows ??= mentionedIn(item.text);
      if (shows(e.key)) return true;
    }
    if (item.key !== '' && e.mentions(item.key)) return true;
    if (e.key !== '') {
      itemKey ??= optionKey(item.key);
      if (e.keyKey === itemKey) return true;
    }
    return (quote !== '' && e.textKey.includes(quote)) || (item.key === '' && e.key === '' && alike(item.text, e.text));
  });
}

/** A claim as `claim` recorded it (or worked out now, for one made elsewhere). */
function recorded(c: Claim): Recorded {
  return c instanceof Recorded ? c : new Recorded(c.key, c.text);
}

/** Two printed texts that share most of their words: the sheet would print one statement twice. */
function alike(a: string, b: string): boolean {
  const x = longWords(a).list;
  const y = longWords(b).set;
  if (x.length < 5 || y.size < 5) return false;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared >= 0.6 * Math.min(x.length, y.size);
}

/** The words of more than two letters of a printed text, as a list and a set (remembered: a claim is compared again and again). */
const longWords: (text: string) => { readonly list: readonly string[]; readonly set: ReadonlySet<string> } = memo((text) => {
  const list = optionKey(text)
    .split(' ')
    .filter((w) => w.length > 2);
  return { list, set: new Set(list) };
}, 5_000);

/** «من قال: «…»؟» asks whose a quotation is: printing that quotation elsewhere asks it twice. */
function asksSpeaker(text: string): boolean {
  return text.startsWith('من قال');
}

/**
 * The first words of the first «…» in a text, normalised, or `''`: two items printing one
 * quotation ask it twice, even when each shortens it differently.
 */
const quoted: (text: string) => string = memo(findQuoted, 5_000);

function findQuoted(text: string): string {
  const inside = text.match(/«([^»]{8,})»/)?.[1] ?? '';
  return optionKey(inside.replace(/…$/, '')).split(' ').slice(0, 5).join(' ');
}
