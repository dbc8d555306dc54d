/**
 * The lexicon download for real, against a local HTTP server on 127.0.0.1 serving the shared copy
 * (../shared/data/samer): success; a wrong checksum; a connection dropped half way; nothing
 * listening. Each failure must leave no file, partial or whole, in the cache folder.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWaraqaError } from '../../src/errors.js';
import { downloadLexicon } from '../../src/io/lexicon-download.js';
import { LEXICON_FILE, LEXICON_SHA256 } from '../../src/io/lexicon-source.js';

const SHARED = '../shared/data/samer/SAMER-Readability-Lexicon.tsv';
const present = existsSync(SHARED);
if (!present) console.warn(`skipping the lexicon download tests: ${SHARED} is absent`);

describe.skipIf(!present)('waraqa lexicon download (local server)', () => {
  let server: Server;
  let base = '';
  const body = present ? readFileSync(SHARED) : Buffer.alloc(0);

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/ok') {
        res.writeHead(200, { 'content-length': body.length });
        res.end(body);
      } else if (req.url === '/altered') {
        const altered = Buffer.from(body);
        altered[100] = (altered[100] ?? 0) ^ 1;
        res.writeHead(200, { 'content-length': altered.length });
        res.end(altered);
      } else if (req.url === '/drop') {
        res.writeHead(200, { 'content-length': body.length });
        res.write(body.subarray(0, Math.floor(body.length / 2)), () => setTimeout(() => res.socket?.destroy(), 20));
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const freshDest = (): string => path.join(mkdtempSync(path.join(os.tmpdir(), 'waraqa-lexicon-')), 'cache', 'waraqa', LEXICON_FILE);

  it('saves the file when the checksum matches, and reports progress', async () => {
    const dest = freshDest();
    const seen: number[] = [];
    const done = await downloadLexicon({ url: `${base}/ok`, dest, sha256: LEXICON_SHA256, onProgress: (r) => seen.push(r) });
    expect(done.sha256).toBe(LEXICON_SHA256);
    expect(readFileSync(dest).equals(body)).toBe(true);
    expect(seen.at(-1)).toBe(body.length);
    expect(readdirSync(path.dirname(dest))).toEqual([LEXICON_FILE]);
  });

  const failures: readonly { name: string; url: string; message: RegExp }[] = [
    { name: 'a wrong checksum', url: '/altered', message: /expected checksum/ },
    { name: 'a connection dropped half way', url: '/drop', message: /dropped|stopped after/ },
    { name: 'an HTTP error', url: '/missing', message: /404/ },
  ];
  for (const { name, url, message } of failures) {
    it(`leaves no file after ${name}`, async () => {
      const dest = freshDest();
      const error = await downloadLexicon({ url: `${base}${url}`, dest, sha256: LEXICON_SHA256 }).catch((e: unknown) => e);
      expect(isWaraqaError(error)).toBe(true);
      expect((error as Error).message).toMatch(message);
      expect(existsSync(dest)).toBe(false);
      expect(readdirSync(path.dirname(dest))).toEqual([]);
    });
  }

  it('says it could not reach the server when nothing listens (offline)', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const dest = freshDest();
    const error = await downloadLexicon({ url: `http://127.0.0.1:${port}/ok`, dest, sha256: LEXICON_SHA256 }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/could not reach 127\.0\.0\.1:\d+ .*ECONNREFUSED/);
    expect(existsSync(dest)).toBe(false);
  });
});
