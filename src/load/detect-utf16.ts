/**
 * Recognises UTF-16 without a byte-order mark. Arabic letters are U+06xx and ASCII spaces,
 * digits and punctuation are U+00xx, so in UTF-16 text almost every high byte is 0x00 or 0x06
 * (0x20 for dashes and quotes, 0xFB–0xFE for presentation forms). Such text has NUL bytes and
 * must be recognised before the UTF-8 check, which it would pass.
 */
const HIGH_BYTES = new Set([0x00, 0x06, 0x20, 0xfb, 0xfc, 0xfd, 0xfe]);

/** `utf-16le`, `utf-16be`, or undefined when the NUL bytes do not fall like UTF-16's. */
export function detectUtf16(sample: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.floor(sample.length / 2);
  if (pairs === 0) return undefined;
  let evenHigh = 0;
  let oddHigh = 0;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    const even = sample[i] as number;
    const odd = sample[i + 1] as number;
    if (HIGH_BYTES.has(even)) evenHigh++;
    if (HIGH_BYTES.has(odd)) oddHigh++;
    if (even === 0) evenNul++;
    if (odd === 0) oddNul++;
  }
  if (oddHigh / pairs >= 0.9 && oddNul > 0 && evenNul / pairs < 0.05) return 'utf-16le';
  if (evenHigh / pairs >= 0.9 && evenNul > 0 && oddNul / pairs < 0.05) return 'utf-16be';
  return undefined;
}
