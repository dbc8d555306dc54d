/**
 * bytes → text, in the order DESIGN.md gives: a byte-order mark; NUL bytes (UTF-16 without a
 * mark, else binary); strict UTF-8 (mostly-valid UTF-8 with broken sequences is refused); then a `<meta charset>`, jschardet's guess and the two Arabic
 * single-byte encodings (windows-1256, ISO-8859-6), keeping the reading that looks most like
 * Arabic text.
 */
import { createRequire } from 'node:module';
import { WaraqaError } from '../errors.js';
import { detectUtf16 } from './detect-utf16.js';
import { findBinarySignature } from './find-binary-signature.js';
import { findBrokenUtf8 } from './find-broken-utf8.js';

export interface Decoded {
  readonly text: string;
  /** WHATWG name of the encoding, e.g. `utf-8`, `utf-16le`, `windows-1256`. */
  readonly encoding: string;
}

/** How much of the file the detectors look at: enough to decide, cheap on 5 MB. */
const SAMPLE_BYTES = 64 * 1024;
/** jschardet is the slow part; 16 KB is plenty for it to tell the Arabic code pages apart. */
const DETECTOR_BYTES = 16 * 1024;
const EXPECTED = 'expected an Arabic article as plain text or a web page';

/** Decodes `bytes`; throws WaraqaError `binary` or `undecodable` naming `path`. */
export function decodeBytes(bytes: Uint8Array, path: string): Decoded {
  const signature = findBinarySignature(bytes);
  if (signature !== undefined) {
    throw new WaraqaError(
      'binary',
      `${path}: this is ${signature}, not text; ${EXPECTED}.`,
      'Copy the article text into a .txt file, or save the web page as .html.',
    );
  }
  const bom = bomEncoding(bytes);
  if (bom !== undefined) return { text: decodeStrict(bytes, bom, path), encoding: bom };
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (sample.includes(0)) {
    const utf16 = detectUtf16(sample);
    if (utf16 === undefined) {
      throw new WaraqaError(
        'binary',
        `${path}: holds NUL bytes that are not UTF-16 text; it looks like a binary file; ${EXPECTED}.`,
        'Open it in the program that made it and save or export it as text (UTF-8).',
      );
    }
    return { text: decodeStrict(bytes, utf16, path), encoding: utf16 };
  }
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const broken = findBrokenUtf8(bytes);
  if (broken !== undefined) {
    throw new WaraqaError(
      'undecodable',
      `${path}: is UTF-8 text with ${broken.count} broken byte sequence${broken.count === 1 ? '' : 's'} (the first at byte ${broken.offset}); expected valid UTF-8 or another text encoding.`,
      'The file was probably cut or damaged in copying; save or download the article again.',
    );
  }
  return decodeLegacy(bytes, sample, path);
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function decodeStrict(bytes: Uint8Array, encoding: string, path: string): string {
  const text = tryDecode(bytes, encoding);
  if (text === undefined) {
    throw new WaraqaError(
      'undecodable',
      `${path}: starts like ${encoding} text but holds bytes that are not valid ${encoding}; ${EXPECTED}.`,
      'Save the file again as UTF-8.',
    );
  }
  return text;
}

/**
 * jschardet, required on first use: most inputs are UTF-8 and never need it, and loading it
 * costs a one-sheet run ~45 ms of its start-up (test/bench/cli.bench.mjs).
 */
function detector(): typeof import('jschardet') {
  return createRequire(import.meta.url)('jschardet') as typeof import('jschardet');
}

/** Picks among the charset the page declares, jschardet's guess and the Arabic code pages. */
function decodeLegacy(bytes: Uint8Array, sample: Uint8Array, path: string): Decoded {
  const guess = detector().detect(sample.subarray(0, DETECTOR_BYTES));
  const guessed = guess.encoding === null ? undefined : guess.encoding.toLowerCase();
  const labels = [declaredCharset(sample), guessed, 'windows-1256', 'iso-8859-6'].filter((l): l is string => l !== undefined);
  const readings: { text: string; encoding: string; share: number }[] = [];
  for (const label of new Set(labels)) {
    const encoding = whatwgName(label);
    if (encoding === undefined || encoding === 'utf-8' || readings.some((r) => r.encoding === encoding)) continue;
    const text = tryDecode(bytes, encoding);
    if (text === undefined || !looksLikeText(text.slice(0, SAMPLE_BYTES))) continue;
    readings.push({ text, encoding, share: arabicLetterShare(text.slice(0, SAMPLE_BYTES)) });
  }
  // The most Arabic reading wins when it is Arabic at all; otherwise trust the declared or guessed one.
  let best = readings[0];
  for (const r of readings) if (best !== undefined && r.share >= 0.5 && r.share > best.share + 0.02) best = r;
  if (best === undefined) {
    const named = guessed === undefined ? 'no encoding' : `${guessed} (confidence ${Math.round(guess.confidence * 100)}%)`;
    throw new WaraqaError(
      'undecodable',
      `${path}: no encoding reads these bytes as text: they are not UTF-8 or UTF-16, and windows-1256, ISO-8859-6 and the detector's guess (${named}) give no readable text; ${EXPECTED}.`,
      'Save the article again as UTF-8 text.',
    );
  }
  return { text: best.text, encoding: best.encoding };
}

function declaredCharset(sample: Uint8Array): string | undefined {
  const head = String.fromCharCode(...sample.subarray(0, 2048));
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
}

function whatwgName(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

function tryDecode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Text has spaces between words and almost no control characters. */
function looksLikeText(text: string): boolean {
  if (text.length === 0) return true;
  const spaces = text.match(/\s/g)?.length ?? 0;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  const controls = text.match(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g)?.length ?? 0;
  return spaces * 40 >= text.length && controls * 100 <= text.length;
}

function arabicLetterShare(text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const arabic = text.match(/\p{Script=Arabic}/gu)?.length ?? 0;
  return letters === 0 ? 0 : arabic / letters;
}
