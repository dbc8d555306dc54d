/**
 * Encoders for the re-encoded samples the load tests need. Node's TextEncoder writes only UTF-8,
 * so the single-byte Arabic code pages are encoded through the reverse of TextDecoder's own table
 * (bytes 0x80–0xFF), which keeps the tests consistent with how waraqa decodes them.
 */

/** A text → bytes encoder for a single-byte code page known to TextDecoder. */
export function singleByteEncoder(encoding: 'windows-1256' | 'iso-8859-6'): (text: string) => Uint8Array {
  const decoder = new TextDecoder(encoding);
  const reverse = new Map<string, number>();
  for (let byte = 0x80; byte <= 0xff; byte++) {
    const char = decoder.decode(new Uint8Array([byte]));
    if (char !== '\uFFFD' && !reverse.has(char)) reverse.set(char, byte);
  }
  return (text) => {
    const out: number[] = [];
    for (const char of text) {
      const code = char.codePointAt(0) as number;
      const byte = code < 0x80 ? code : reverse.get(char);
      if (byte === undefined) throw new Error(`${encoding} cannot encode U+${code.toString(16).toUpperCase()} «${char}»`);
      out.push(byte);
    }
    return new Uint8Array(out);
  };
}

/** UTF-16 in either byte order, with or without a byte-order mark. */
export function encodeUtf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  if (order === 'be') body.swap16();
  const mark = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  return new Uint8Array([...mark, ...body]);
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
