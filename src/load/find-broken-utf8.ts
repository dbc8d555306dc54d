/**
 * Tells UTF-8 with a few broken sequences (a truncated download, a bad copy) from text in another
 * encoding. Both fail strict UTF-8, but in the first almost every non-ASCII byte still belongs to
 * a valid sequence, while windows-1256 or ISO-8859-6 text breaks at nearly every letter. Reading
 * broken UTF-8 as windows-1256 would give plausible-looking nonsense, so it is refused instead.
 */

export interface BrokenUtf8 {
  /** Byte offset of the first invalid sequence. */
  readonly offset: number;
  /** Number of invalid sequences. */
  readonly count: number;
}

/** Where `bytes` breaks, when it is mostly valid UTF-8; undefined when it is something else. */
export function findBrokenUtf8(bytes: Uint8Array): BrokenUtf8 | undefined {
  let valid = 0;
  let invalid = 0;
  let first = -1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = ((bytes[i + k] as number) & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length;
    } else {
      invalid++;
      if (first === -1) first = i;
      i++;
    }
  }
  return invalid > 0 && valid >= invalid * 9 ? { offset: first, count: invalid } : undefined;
}
