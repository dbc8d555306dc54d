/**
 * Recognises files that are clearly not text by their first bytes (magic numbers), so that a
 * teacher who passes a photo or a PDF of the article hears what the file is.
 */
const SIGNATURES: readonly { readonly name: string; readonly bytes: readonly number[] }[] = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a ZIP archive (or a .docx / .odt document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b, 0x08] },
  { name: 'a Word 97–2003 document', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
];

/** What kind of binary file `bytes` starts like, or undefined. @example findBinarySignature(png) // 'a PNG image' */
export function findBinarySignature(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b))?.name;
}
