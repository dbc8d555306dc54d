/**
 * A hand-made Worksheet with every section kind, for the GIFT and Moodle XML tests. The Arabic is
 * news-style text written for these tests; GIFT's special characters (~ = # { } : \), HTML's
 * (< > &), CDATA's end (]]>), a leading % or [html], -> and // are put inside article text on
 * purpose, as are «…» quotations and numbers.
 */
import type { ClozeSection, Section, Worksheet } from '../../src/types.js';

/** The passage: three paragraphs, each a sentence or two. */
export const PARAGRAPHS = [
  'قال وزير الخارجية: «نريد حلاً عادلاً {الآن}» في 12 مارس 2024.',
  'ارتفعت الأسعار بنسبة 50% ~ تقريباً = نصف ما كانت عليه # وفق التقرير \\ الرسمي.',
  'وأكدت الوزارة أن 2500 جندي -> سيغادرون // قبل نهاية العام <المقبل> & ما بعده ]]> ثم.',
];

/** A gap answer full of characters Moodle's cloze syntax reads (} # ~ / " \ and the * wildcard). */
export const ODD_ANSWER = 'حل~#{}:\\*/"عادل';

function cloze(bank: boolean): ClozeSection {
  return {
    kind: 'cloze',
    instruction: { ar: 'املأ الفراغات: بالكلمات المناسبة {من النص}.', en: 'Fill in the gaps.' },
    paragraphs: [
      [
        { kind: 'text', text: 'قال وزير ' },
        { kind: 'gap', number: 1 },
        { kind: 'text', text: ': «نريد حلاً عادلاً {الآن}» في 12 مارس 2024.' },
      ],
      [
        { kind: 'text', text: 'ارتفعت ' },
        { kind: 'gap', number: 2 },
        { kind: 'text', text: ' بنسبة 50% ~ تقريباً = نصف ما كانت عليه # وفق التقرير \\ الرسمي ' },
        { kind: 'gap', number: 3 },
        { kind: 'text', text: '.' },
      ],
      [
        { kind: 'gap', number: 4 },
        { kind: 'text', text: ' // قبل نهاية العام <المقبل> & ما بعده ]]> ثم.' },
      ],
    ],
    gaps: [
      { number: 1, answer: 'الخارجية', accepts: ['الخارجيه'], sentence: 0 },
      { number: 2, answer: 'الأسعار', accepts: ['الاسعار', 'الأسعار'], sentence: 1 },
      { number: 3, answer: 'الرسمي', accepts: [], sentence: 1 },
      { number: 4, answer: ODD_ANSWER, accepts: ['حل عادل'], sentence: 2 },
    ],
    bank: bank ? ['الرسمي', 'الأسعار', 'الداخلية', ODD_ANSWER, 'الخارجية', '%الشرقية'] : [],
  };
}

const SECTIONS = (bank: boolean): Section[] => [
  {
    kind: 'vocabulary',
    instruction: { ar: 'اقرأ الكلمات التالية.', en: 'Read these words.' },
    entries: [{ key: 'اسعار', display: 'الأسعار', forms: ['الأسعار'], count: 2, firstSentence: 1, firstSpan: [7, 14], score: 2 }],
  },
  cloze(bank),
  {
    kind: 'multipleChoice',
    instruction: { ar: 'اختر الإجابة الصحيحة.', en: 'Choose the right answer.' },
    items: [
      {
        number: 1,
        topic: 'number',
        stem: 'بكم ارتفعت الأسعار {تقريباً}؟ 50% = نصف: #1',
        options: ['%50 من السكان', '[html] نص', '=عادل ~ظالم', 'T'],
        answer: 2,
        sentence: 1,
      },
      {
        number: 2,
        topic: 'speaker',
        stem: '«من قال»: // هذا -> ذاك <b>؟</b> & \\n',
        options: ['وزير الخارجية', 'رئيس الوزراء \\ المتحدث', 'FALSE', '-> ]]> //'],
        answer: 0,
        sentence: 0,
      },
    ],
  },
  {
    kind: 'vocabularyInContext',
    instruction: { ar: 'اختر الكلمة المناسبة للفراغ.', en: 'Choose the word for the gap.' },
    items: [
      {
        number: 1,
        topic: 'vocabulary',
        stem: 'ارتفعت ______ بنسبة 50%.',
        options: ['الرواتب', 'الأسعار', 'الضرائب'],
        answer: 1,
        sentence: 1,
      },
    ],
  },
  {
    kind: 'trueFalse',
    instruction: { ar: 'ضع علامة صح أو خطأ.', en: 'True or false.' },
    items: [
      { number: 1, statement: 'قال الوزير: «نريد حلاً {الآن}».', answer: true, sentence: 0 },
      { number: 2, statement: 'غادر 3000 جندي ~ قبل نهاية العام = #خطأ', answer: false, swap: { from: '2500', to: '3000' }, sentence: 2 },
    ],
  },
  {
    kind: 'matching',
    topic: 'quoteSpeaker',
    instruction: { ar: 'صل كل قول بقائله.', en: 'Match each quotation to its speaker.' },
    left: ['«نريد حلاً عادلاً {الآن}»', '«التصعيد غير مسؤول: #لا»', '«لا نريد -> تصعيداً»'],
    right: ['المتحدث = الرسمي', 'وزير الخارجية', 'لويد أوستن', 'قاسم الأعرجي'],
    answer: [1, 0, 2],
    sentences: [0, 1, 2],
  },
  {
    kind: 'ordering',
    instruction: { ar: 'رتّب الأحداث كما وردت في النص.', en: 'Put the events in order.' },
    events: ['غادر الجنود -> البلاد', 'أعلن الوزير: «الحل»', 'ارتفعت الأسعار 50%'],
    answer: [1, 2, 0],
    sentences: [2, 0, 1],
  },
];

/** The fixture worksheet; `bank` gives the cloze a word bank (as level 1 does). */
export function fixtureWorksheet(options: { bank?: boolean; version?: string; title?: string } = {}): Worksheet {
  let at = 0;
  const passage = PARAGRAPHS.map((text, index) => {
    const p = { index, start: at, end: at + text.length, text };
    at += text.length + 2;
    return p;
  });
  return {
    meta: {
      title: options.title ?? 'الأسعار والجنود: تقرير {تجريبي} / 2024',
      level: options.bank ? 1 : 2,
      seed: '7',
      version: options.version ?? 'A',
      createdFrom: 'test',
      generator: 'waraqa',
    },
    passage,
    vocabulary: [],
    sections: SECTIONS(options.bank ?? false),
    answerKey: [
      { section: 1, number: 1, answer: 'الخارجية', paragraph: 1, sentence: 1 },
      { section: 1, number: 2, answer: 'الأسعار', paragraph: 2, sentence: 2 },
      { section: 1, number: 4, answer: ODD_ANSWER, paragraph: 3, sentence: 3 },
    ],
    dropped: [],
    notes: [],
  };
}

/** The proof text the feedback must carry for a 0-based sentence id of the fixture. */
export function fixtureProof(sentence: number): string {
  const paragraph = ['١', '٢', '٣'][sentence];
  const number = ['١', '٢', '٣'][sentence];
  return `الفقرة ${paragraph}، الجملة ${number}`;
}

/**
 * Reads Moodle HTML back as text, one entry per `<p dir="rtl">` paragraph, entities decoded: what
 * a student would see.
 */
export function htmlLines(html: string): string[] {
  const lines = [...html.matchAll(/<p dir="rtl">(.*?)<\/p>/gs)].map((m) => decodeEntities(m[1] ?? ''));
  return lines;
}

/** Decodes the entities the exports write (named &amp; &lt; &gt; &quot; and numeric ones). */
export function decodeEntities(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|#\d+);/g, (_, name: string) => {
    if (name.startsWith('#')) return String.fromCharCode(Number(name.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"' }[name] ?? '';
  });
}

/** Arabic-Indic digits for a number, to check positions and labels independently of the code. */
export function indic(n: number): string {
  return String(n)
    .split('')
    .map((d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)])
    .join('');
}

/** A worksheet with one multiple-choice item, one true/false item and one matching, for properties. */
export function tinyWorksheet(
  stem: string,
  options: readonly string[],
  answer: number,
  statement: string,
  left: readonly string[],
  right: readonly string[],
): Worksheet {
  return {
    meta: { title: 'عنوان', level: 2, seed: '1', version: 'A', createdFrom: 'test', generator: 'waraqa' },
    passage: [],
    vocabulary: [],
    sections: [
      {
        kind: 'multipleChoice',
        instruction: { ar: 'اختر.', en: 'Choose.' },
        items: [{ number: 1, topic: 'number', stem, options, answer, sentence: 0 }],
      },
      {
        kind: 'trueFalse',
        instruction: { ar: 'صح أم خطأ.', en: 'True or false.' },
        items: [{ number: 1, statement, answer: true, sentence: 0 }],
      },
      {
        kind: 'matching',
        topic: 'quoteSpeaker',
        instruction: { ar: 'صل.', en: 'Match.' },
        left,
        right,
        answer: left.map((_, i) => i),
        sentences: left.map(() => 0),
      },
    ],
    answerKey: [],
    dropped: [],
    notes: [],
  };
}
