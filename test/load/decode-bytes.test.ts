/**
 * Decoding: each encoding Arabic files arrive in, in the order DESIGN.md gives, and each kind of
 * bytes that is refused (binary signatures, NUL bytes that are not UTF-16, broken UTF-8, bytes no
 * encoding reads). Texts are short original sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { type ErrorCode, WaraqaError } from '../../src/errors.js';
import { decodeBytes } from '../../src/load/decode-bytes.js';
import { encodeUtf16, singleByteEncoder, utf8 } from './encode.js';

const TEXT = 'افتتحت المدينة مكتبة عامة جديدة يوم السبت، وقال رئيس البلدية إنها «مفتوحة للجميع».\nوتضم المكتبة 20 ألف كتاب.';

const GOOD: readonly { name: string; bytes: Uint8Array; encoding: string }[] = [
  { name: 'UTF-8', bytes: utf8(TEXT), encoding: 'utf-8' },
  { name: 'UTF-8 with BOM', bytes: utf8(`\uFEFF${TEXT}`), encoding: 'utf-8' },
  { name: 'UTF-16LE with BOM', bytes: encodeUtf16(TEXT, 'le', true), encoding: 'utf-16le' },
  { name: 'UTF-16LE without BOM', bytes: encodeUtf16(TEXT, 'le', false), encoding: 'utf-16le' },
  { name: 'UTF-16BE with BOM', bytes: encodeUtf16(TEXT, 'be', true), encoding: 'utf-16be' },
  { name: 'UTF-16BE without BOM', bytes: encodeUtf16(TEXT, 'be', false), encoding: 'utf-16be' },
  { name: 'windows-1256', bytes: singleByteEncoder('windows-1256')(TEXT.repeat(3)), encoding: 'windows-1256' },
  { name: 'ISO-8859-6', bytes: singleByteEncoder('iso-8859-6')(TEXT.replace(/[«»]/g, '"').repeat(3)), encoding: 'iso-8859-6' },
];

function codeOf(f: () => unknown): ErrorCode | 'none' {
  try {
    f();
    return 'none';
  } catch (error) {
    if (error instanceof WaraqaError) return error.code;
    throw error;
  }
}

const cycle = (length: number, from: number, to: number) => Uint8Array.from({ length }, (_, i) => from + (i % (to - from + 1)));

const BAD: readonly { name: string; bytes: Uint8Array; code: ErrorCode; says: RegExp }[] = [
  { name: 'PNG', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), code: 'binary', says: /PNG image/ },
  { name: 'PDF', bytes: utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), code: 'binary', says: /PDF document/ },
  { name: 'ZIP', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]), code: 'binary', says: /ZIP archive/ },
  { name: 'GIF', bytes: utf8('GIF89a\u0001\u0000'), code: 'binary', says: /GIF image/ },
  { name: 'JPEG', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]), code: 'binary', says: /JPEG image/ },
  { name: 'NUL bytes that are not UTF-16', bytes: cycle(400, 0, 255), code: 'binary', says: /NUL bytes that are not UTF-16/ },
  {
    name: 'UTF-8 with a broken sequence',
    bytes: new Uint8Array([...utf8('نص عربي'), 0xd8, 0x80, 0x80, ...utf8(' سليم في الباقي.')]),
    code: 'undecodable',
    says: /broken byte sequence .*byte 15/,
  },
  {
    name: 'high bytes with no spaces (no encoding reads them)',
    bytes: cycle(600, 0x80, 0xff),
    code: 'undecodable',
    says: /no encoding reads these bytes/,
  },
];

describe('decodeBytes', () => {
  for (const c of GOOD) {
    it(`reads ${c.name}`, () => {
      const decoded = decodeBytes(c.bytes, 'x.txt');
      expect(decoded.encoding).toBe(c.encoding);
      const want = c.encoding === 'iso-8859-6' ? TEXT.replace(/[«»]/g, '"') : TEXT;
      expect(decoded.text.replace(/^\uFEFF/, '').startsWith(want)).toBe(true);
    });
  }
  for (const c of BAD) {
    it(`refuses ${c.name}`, () => {
      expect(codeOf(() => decodeBytes(c.bytes, 'x.bin'))).toBe(c.code);
      expect(() => decodeBytes(c.bytes, 'x.bin')).toThrow(/^x\.bin: /);
      expect(() => decodeBytes(c.bytes, 'x.bin')).toThrow(c.says);
    });
  }
  it('reads a web page in windows-1256 that declares it', () => {
    const page = `<html><head><meta charset="windows-1256"></head><body><p>${TEXT}</p></body></html>`;
    expect(decodeBytes(singleByteEncoder('windows-1256')(page), 'p.html').encoding).toBe('windows-1256');
  });
});
