// Cleaning time for a ~5 MB input (decode + clean, the whole of `loadArticle`): the sample
// article's body repeated with varied clutter between the copies (time stamps, read-also boxes,
// teaser lists, comment forms, Latin lines, copyright), as UTF-8, as windows-1256 (the detector
// path) and as a ~1 MB web page. Budget: under 1 s for the 5 MB inputs. Also checks that doubling
// the input about doubles the time (nothing quadratic).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadArticle } from '../../dist/load/load-article.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sample = readFileSync(path.join(root, 'articles/us-iraq-talks.txt'), 'utf8');
const body = sample.split('\n').filter((l) => l.trim().length > 60 && /[.»]$/.test(l.trim()));
const CLUTTER = [
  (i) => `آخر تحديث ${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} بتوقيت مكة`,
  (i) => `اقرأ أيضا: عنوان خبر آخر رقم ${i} عن الاقتصاد والسياسة`,
  (i) => `GMT 0${i % 10}:1${i % 10} 2024 الأحد ,${(i % 28) + 1} كانون الثاني / يناير`,
  () => 'الإسم *\nالبريد الإلكتروني *\nتعليق *',
  (i) => `site-${i} news portal`,
  () => 'جميع الحقوق محفوظة © 2024',
  (i) => `شارك: فيسبوك تويتر واتساب ${i}`,
  (i) => `مواضيع ذات صلة\nخبر قصير ${i} عن الطقس\nوزير يفتتح مشروعا جديدا رقم ${i}`,
];

/** ~`bytes` of text: copies of the body with a different clutter block between copies. */
function makeText(bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const chunk = `${CLUTTER[i % CLUTTER.length](i)}\n\n${body.join('\n\n')}\n\n`;
    parts.push(chunk);
    size += Buffer.byteLength(chunk);
  }
  return `${body[0]?.slice(0, 60)}\n\n${parts.join('')}`;
}

function encode1256(text) {
  const decoder = new TextDecoder('windows-1256');
  const reverse = new Map();
  for (let b = 0x80; b <= 0xff; b++) reverse.set(decoder.decode(new Uint8Array([b])), b);
  const out = new Uint8Array(text.length * 2);
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0);
    out[n++] = c < 0x80 ? c : (reverse.get(ch) ?? 0x3f);
  }
  return out.subarray(0, n);
}

/** Best of `runs` wall-clock timings of loadArticle, and the CPU time of that run, in ms. */
function time(bytes, name, runs = 3) {
  let best = { wall: Number.POSITIVE_INFINITY, cpu: 0 };
  for (let r = 0; r < runs; r++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const article = loadArticle(bytes, name, { maxBytes: 16 * 1024 * 1024 });
    const wall = performance.now() - start;
    const used = process.cpuUsage(cpu);
    if (wall < best.wall) best = { wall, cpu: (used.user + used.system) / 1000 };
    if (article.paragraphs.length === 0) throw new Error(`${name}: no paragraphs`);
  }
  return best;
}

export default async () => {
  const MB = 1024 * 1024;
  const text5 = makeText(5 * MB - 64 * 1024);
  const utf8 = new TextEncoder().encode(text5);
  const win = encode1256(text5);
  const half = new TextEncoder().encode(makeText(2.5 * MB));
  const html = new TextEncoder().encode(
    `<!doctype html><html><body><nav><a href="/">الرئيسية</a></nav><article>${makeText(1 * MB)
      .split('\n')
      .filter(Boolean)
      .map((l) => `<p>${l}</p>`)
      .join('')}</article><footer>جميع الحقوق محفوظة</footer></body></html>`,
  );
  time(half, 'warm-up.txt', 1);
  const t5 = time(utf8, 'bench.txt');
  const t25 = time(half, 'half.txt');
  const t1256 = time(win, 'bench-1256.txt');
  const page = time(html, 'bench.html', 1);
  return [
    { name: `clean ${(utf8.length / MB).toFixed(1)} MB UTF-8 text (wall)`, value: t5.wall, unit: 'ms', budget: 1000 },
    { name: `clean ${(utf8.length / MB).toFixed(1)} MB UTF-8 text (CPU)`, value: t5.cpu, unit: 'ms' },
    { name: `clean ${(win.length / MB).toFixed(1)} MB windows-1256 text (wall)`, value: t1256.wall, unit: 'ms', budget: 1000 },
    { name: `clean ${(html.length / MB).toFixed(1)} MB web page (wall)`, value: page.wall, unit: 'ms' },
    { name: 'clean time ratio 5 MB / 2.5 MB (≈2 when linear)', value: t5.cpu / Math.max(1, t25.cpu), unit: 'x', budget: 3 },
  ];
};
