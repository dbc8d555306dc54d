/**
 * The clutter classifier on small hand-made pages (each row says what it checks), the markers and
 * bylines it recognises, and a generalisation property: renaming the sample's site (its Arabic and
 * Latin names, which appear in many of its clutter lines) changes nothing — the rules key on the
 * shape of clutter, not on this one site's strings.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Cleaned, cleanBlocks } from '../../src/load/clean-blocks.js';
import { describeBlock } from '../../src/load/describe-block.js';
import { findMarker } from '../../src/load/find-marker.js';
import { loadArticle } from '../../src/load/load-article.js';
import { parseByline } from '../../src/load/parse-byline.js';
import { splitLines } from '../../src/load/split-lines.js';
import { MAX_BYTES } from '../../src/options.js';
import { utf8 } from './encode.js';

const clean = (text: string): Cleaned => cleanBlocks(splitLines(text));

// Body sentences written for these tests.
const P1 = 'أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية خلال العام المقبل.';
const P2 = 'وقال الوزير إن الخطة تشمل قروضا ميسرة وتدريبا على أساليب الري الحديثة في عدد من المحافظات.';
const P3 = 'ومن المنتظر أن يبدأ تنفيذ المرحلة الأولى في شهر مارس بعد موافقة البرلمان على الميزانية.';
const P4 = 'وأكد مسؤولون في الوزارة أن الدعم سيصل إلى أكثر من عشرة آلاف أسرة في السنة الأولى من البرنامج.';

const CASES: readonly {
  name: string;
  text: string;
  title?: string;
  byline?: object;
  paragraphs: readonly string[];
  reasons?: readonly string[];
}[] = [
  {
    name: 'one Arabic sentence is kept as the article (no title taken from it)',
    text: 'ذهب الولد إلى المدرسة.',
    paragraphs: ['ذهب الولد إلى المدرسة.'],
  },
  { name: 'two short lines: both kept, no title invented', text: 'مرحبا بكم\nهذا نص قصير', paragraphs: ['مرحبا بكم', 'هذا نص قصير'] },
  {
    name: 'headline, dateline byline and body',
    text: `خطة حكومية لدعم المزارعين\nالقاهرة - أحمد علي\n\n${P1}\n\n${P2}`,
    title: 'خطة حكومية لدعم المزارعين',
    byline: { place: 'القاهرة', author: 'أحمد علي' },
    paragraphs: [P1, P2],
  },
  {
    name: 'an inline «اقرأ أيضا» between paragraphs is cut, the article goes on',
    text: `خطة حكومية لدعم المزارعين\n${P1}\nاقرأ أيضا: ارتفاع أسعار الأسمدة في الأسواق\n${P2}\n${P3}`,
    title: 'خطة حكومية لدعم المزارعين',
    paragraphs: [P1, P2, P3],
    reasons: ['read-also'],
  },
  {
    name: 'a related box at the end: teasers go, even one that reads like a sentence',
    text: `خطة حكومية لدعم المزارعين\n${P1}\n${P2}\n${P3}\nمواضيع ذات صلة\nوزير الزراعة يزور حقول القمح\nانطلاق موسم جني الزيتون في الشمال بمشاركة واسعة.\nأسعار الخضر ترتفع قبل العيد`,
    title: 'خطة حكومية لدعم المزارعين',
    paragraphs: [P1, P2, P3],
    reasons: ['read-also', 'after-read-also'],
  },
  {
    name: 'a subheading between paragraphs is part of the article',
    text: `خطة حكومية لدعم المزارعين\n${P1}\n${P2}\nقروض ميسرة\n${P3}\n${P4}`,
    title: 'خطة حكومية لدعم المزارعين',
    paragraphs: [P1, P2, 'قروض ميسرة', P3, P4],
  },
  {
    name: 'a subheading made of marker words («تعليق» = suspension) does not end the article',
    text: `خطة حكومية لدعم المزارعين\n${P1}\n${P2}\nتعليق الدراسة في المدارس\n${P3}\n${P4}`,
    title: 'خطة حكومية لدعم المزارعين',
    paragraphs: [P1, P2, 'تعليق الدراسة في المدارس', P3, P4],
  },
  {
    name: 'comments after a comment header are not the article',
    text: `خطة حكومية لدعم المزارعين\n${P1}\n${P2}\n${P3}\nالتعليقات\nسعيد\nخطوة ممتازة وننتظر التنفيذ الفعلي على الأرض قريبا.\nمريم\nأتمنى أن يشمل الدعم صغار المزارعين في الجنوب أيضا.`,
    title: 'خطة حكومية لدعم المزارعين',
    paragraphs: [P1, P2, P3],
    reasons: ['comment-form', 'far-from-body'],
  },
  {
    name: 'time stamps, share bars, tags, SMS and copyright lines',
    text: `آخر تحديث: 12:30 الأحد 5 مايو 2024\nخطة حكومية لدعم المزارعين\nشارك: فيسبوك تويتر واتساب\n${P1}\n${P2}\nالوسوم: الزراعة، الحكومة\nللاشتراك في خدمة الرسائل القصيرة أرسل «زراعة» إلى 1234\n© 2024 جميع الحقوق محفوظة`,
    title: 'خطة حكومية لدعم المزارعين',
    paragraphs: [P1, P2],
    reasons: ['timestamp', 'share', 'tags', 'subscribe', 'copyright'],
  },
  {
    name: 'the headline printed again with the site name is removed',
    text: `خطة حكومية لدعم المزارعين\nجريدة الغد - خطة حكومية لدعم المزارعين\n${P1}\n${P2}`,
    title: 'خطة حكومية لدعم المزارعين',
    paragraphs: [P1, P2],
    reasons: ['repeated-title'],
  },
];

describe('cleanBlocks', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const out = clean(c.text);
      expect(out.paragraphs).toEqual(c.paragraphs);
      expect(out.title).toBe(c.title);
      if (c.byline !== undefined) expect(out.byline).toEqual(c.byline);
      const reasons = out.removed.map((r) => r.reason);
      for (const reason of c.reasons ?? []) expect(reasons).toContain(reason);
    });
  }
});

const MARKERS: readonly { text: string; reason: string | undefined }[] = [
  { text: 'آخر تحديث 15:07:19 بتوقيت أبوظبي', reason: 'timestamp' },
  { text: 'نشر في: 2024/03/21 - 08:15', reason: 'timestamp' },
  { text: 'وتوفي في 3 مارس 1990.', reason: undefined },
  { text: 'اقرأ أيضًا: الذهب يرتفع', reason: 'read-also' },
  { text: 'إقرأ ايضا', reason: 'read-also' },
  { text: 'ولم تكشف الشرطة عن مزيد من التفاصيل.', reason: undefined },
  { text: 'افتتح المحافظ منفذا جديدا لبيع السلع... المزيد', reason: 'more-teaser' },
  { text: 'البريد الإلكتروني *', reason: 'form-field' },
  { text: 'سياسة الخصوصية', reason: 'terms' },
  { text: 'تصوير: محمد حسن', reason: 'photo-credit' },
  { text: 'الرئيس خلال المؤتمر (أرشيفية)', reason: 'photo-credit' },
  { text: 'https://example.com/news/1', reason: 'bare-link' },
  { text: 'Security Code*', reason: 'latin-only' },
  { text: 'الرئيسية › أخبار › اقتصاد', reason: 'navigation' },
  { text: 'إعلان', reason: 'advert' },
  { text: 'ص.ب 3030، الشارقة - هاتف 5555', reason: 'address' },
  { text: 'ودعا الحزب أنصاره إلى المشاركة في الانتخابات المقبلة بكثافة.', reason: undefined },
  { text: 'التعليقات (3)', reason: 'comment-form' },
  // Marker words in news prose and subheadings (written for these tests): no marker.
  { text: 'اشترك أكثر من ألف عداء في الماراثون الذي أقيم صباح اليوم في العاصمة.', reason: undefined },
  { text: 'تعليق الدراسة في المدارس', reason: undefined },
  { text: 'أقر البرلمان قانونا جديدا لحماية حقوق النشر والملكية الفكرية.', reason: undefined },
  { text: 'وقالت الشركة إنها عدلت سياسة الخصوصية الخاصة بها بعد انتقادات واسعة من المستخدمين.', reason: undefined },
  { text: 'المزيد من الضحايا سقطوا في القصف الذي استهدف الحي الليلة الماضية.', reason: undefined },
  { text: 'إعلان الحكومة الجديدة', reason: undefined },
  { text: 'وأرسلت الوزارة الرسائل القصيرة إلى المواطنين لتحذيرهم من العاصفة.', reason: undefined },
  { text: 'الموضوعات التي ناقشها المجلس شملت التعليم والصحة.', reason: undefined },
  { text: 'شارع الحمرا يستعيد حيويته', reason: undefined },
];

describe('findMarker', () => {
  for (const c of MARKERS) {
    it(`${c.text} → ${c.reason ?? 'no marker'}`, () => expect(findMarker({ text: c.text }, describeBlock(c.text))).toBe(c.reason));
  }
});

const BYLINES: readonly { line: string; byline: object | undefined }[] = [
  { line: 'واشنطن - محمد صالح', byline: { place: 'واشنطن', author: 'محمد صالح' } },
  { line: 'دبي – سارة عبد الله الكعبي', byline: { place: 'دبي', author: 'سارة عبد الله الكعبي' } },
  { line: 'بقلم: ليلى حداد', byline: { author: 'ليلى حداد' } },
  { line: 'كتب - علي حسن', byline: { author: 'علي حسن' } },
  { line: 'كتب: أحمد سمير الأحد 12 مايو 2024 10:30 ص', byline: { author: 'أحمد سمير' } },
  { line: 'صوت الإمارات -', byline: undefined },
  { line: 'صوت الإمارات - واشنطن وبغداد بصدد بدء محادثات إنهاء الوجود العسكري', byline: undefined },
  { line: 'قال الوزير إن الخطة جاهزة.', byline: undefined },
];

describe('parseByline', () => {
  for (const c of BYLINES) it(c.line, () => expect(parseByline(c.line)).toEqual(c.byline));
});

const SAMPLE = path.resolve(import.meta.dirname, '../../articles/us-iraq-talks.txt');

describe.skipIf(!existsSync(SAMPLE))('not a list of one site’s strings', () => {
  const text = readFileSync(SAMPLE, 'utf8');
  const base = loadArticle(utf8(text), 'sample.txt', { maxBytes: MAX_BYTES });
  const arabicWord = fc.string({ unit: fc.constantFrom(...'ابتجحدرسصطعفقلمنهوي'.split('')), minLength: 3, maxLength: 7 });
  const latinWord = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split('')), minLength: 4, maxLength: 12 });

  it('renaming the site (Arabic and Latin names) gives the same article', () => {
    fc.assert(
      fc.property(fc.tuple(arabicWord, arabicWord), latinWord, ([a, b], latin) => {
        const renamed = text.replaceAll('صوت الإمارات', `${a} ${b}`).replaceAll('emiratesvoice', latin).replaceAll('emirates', latin);
        const article = loadArticle(utf8(renamed), 'renamed.txt', { maxBytes: MAX_BYTES });
        expect(article.paragraphs).toEqual(base.paragraphs);
        expect(article.title).toBe(base.title);
        expect(article.byline).toEqual(base.byline);
      }),
      { numRuns: 40 },
    );
  });
});
