/**
 * Persons, places, organisations and quotations: the hard cases, in sentences written for these
 * tests in the style of Arabic news (none is taken from the sample article).
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.js';
import { roleWords } from '../../src/analyse/role-words.js';
import type { EntityFact, QuoteFact } from '../../src/types.js';
import { textOf } from './text-of.js';

const entitiesOf = (...paragraphs: string[]) =>
  analyse(textOf(...paragraphs))
    .facts.filter((f): f is EntityFact => f.kind === 'entity')
    .map((f) => (f.role === undefined ? `${f.type}: ${f.name}` : `${f.type}: ${f.name} (${f.role})`));

const quotesOf = (...paragraphs: string[]) =>
  analyse(textOf(...paragraphs))
    .facts.filter((f): f is QuoteFact => f.kind === 'quote')
    .map((f) => ({ speaker: f.speaker, mention: f.speakerMention, text: f.text }));

describe('names', () => {
  const rows: readonly [string, string, string[]][] = [
    [
      'a person after a title and its complement',
      'وصل وزير الخارجية المصري سامح فهمي إلى عمّان.',
      ['person: سامح فهمي (وزير الخارجية المصري)', 'place: عمّان'],
    ],
    [
      'a rank and an appositive role',
      'أعلن العميد خالد منصور الناطق باسم الجيش انتهاء العملية.',
      ['person: خالد منصور (العميد، الناطق باسم الجيش)'],
    ],
    [
      'a role with ل and a construct',
      'قال رئيس الاتحاد الأردني لكرة القدم علي الزعبي إن الملعب جاهز.',
      ['organisation: الاتحاد الأردني لكرة القدم', 'person: علي الزعبي (رئيس الاتحاد الأردني لكرة القدم)'],
    ],
    ['a given name and a family name', 'وشاركت رنا الحسن في الورشة.', ['person: رنا الحسن']],
    ['one word after a title is not a name', 'عقد المؤتمر الصحفي عقب المباراة.', []],
    ['a counted title is not a person', 'يحتاج العالم إلى 44 مليون معلم إضافي بحلول عام 2030.', []],
    ['a place after a cue word', 'وقع الانفجار في منطقة تل الهوى شمال المدينة.', ['place: تل الهوى']],
    ['no place from a cue and an adjective', 'أقامت القوات منطقة عازلة على الحدود.', []],
    ['a country with a clitic', 'عاد الوفد من لبنان وبغداد.', ['place: لبنان', 'place: بغداد']],
    ['a headed organisation with a nisba', 'أعلنت وزارة الصحة الفلسطينية حصيلة جديدة.', ['organisation: وزارة الصحة الفلسطينية']],
    ['a quoted name after a head word', 'تبنى تنظيم «داعش» الهجوم.', ['organisation: داعش']],
    ['a definite head with an agreeing nisba', 'رفع البنك المركزي الأردني سعر الفائدة.', ['organisation: البنك المركزي الأردني']],
    ['no organisation from a disagreeing adjective', 'ارتفع مؤشر البورصة الرئيسي.', []],
    ['a team named by a country', 'فاز منتخب كوت ديفوار بالمباراة.', ['organisation: منتخب كوت ديفوار', 'place: كوت ديفوار']],
    ['a bracketed abbreviation', 'حذرت منظمة الصحة العالمية (الصحة) من الوباء.', ['organisation: منظمة الصحة العالمية']],
  ];
  it.each(rows)('%s', (_why, sentence, expected) => {
    expect(entitiesOf(sentence)).toEqual(expected);
  });
});

describe('quotations and their speakers', () => {
  it('takes the named speaker after the verb', () => {
    expect(quotesOf('وقال وزير المالية سالم العلي إن «الموازنة متوازنة».')).toEqual([
      { speaker: 'سالم العلي', mention: undefined, text: 'الموازنة متوازنة' },
    ]);
  });

  it('resolves a role mention to the person of an earlier sentence', () => {
    expect(quotesOf('وصل وزير الدفاع الفرنسي جان دوبون إلى بيروت.', 'وأكد الوزير الفرنسي أن بلاده «لن تتخلى عن لبنان».')).toEqual([
      { speaker: 'جان دوبون', mention: 'الوزير الفرنسي', text: 'لن تتخلى عن لبنان' },
    ]);
  });

  it('gives a bare «وقال» the speaker of the previous sentence', () => {
    expect(quotesOf('وحذرت المديرة سارة الخوري من أن «الوضع خطير».', 'وقال «نحتاج إلى دعم عاجل».').map((q) => q.speaker)).toEqual([
      'سارة الخوري',
      'سارة الخوري',
    ]);
  });

  it('chains a participle to the same speaker', () => {
    expect(quotesOf('اعتبر المحلل كريم ناصر أن القرار «متأخر» مؤكدا أنه «ضروري».').map((q) => q.speaker)).toEqual([
      'كريم ناصر',
      'كريم ناصر',
    ]);
  });

  it('takes up the verb again after a relative clause only with إن/أن', () => {
    expect(quotesOf('وقال الحارس ياسين علي، الذي لعب ست مباريات، إن «النهائي مختلف».').map((q) => q.speaker)).toEqual(['ياسين علي']);
    expect(quotesOf('وأضاف أن الهجمات التي نفذتها «ميليشيات مسلحة» مستمرة.')).toEqual([]);
  });

  it('ignores quoted phrases with no verb of saying', () => {
    expect(quotesOf('تعرضت القاعدة لهجوم بـ«طائرات مسيرة» فجرا.')).toEqual([]);
  });

  it('reads the words of a role for matching mentions', () => {
    expect(roleWords('وزير الدفاع الأميركي')).toEqual(['وزير', 'دفاع', 'اميركي']);
    expect(roleWords('السفيرة الأميركية بالعراق')).toEqual(['سفير', 'اميركي', 'عراق']);
  });
});
