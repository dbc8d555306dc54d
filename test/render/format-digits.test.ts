import { describe, expect, it } from 'vitest';
import { formatDigits, formatNumber } from '../../src/render/format-digits.js';

describe('formatDigits', () => {
  it.each([
    // [why, text, style, expected]
    ['Latin digits to Arabic-Indic', 'نحو 2500 جندي', 'arabic', 'نحو ٢٥٠٠ جندي'],
    ['Arabic-Indic to Latin', 'أكثر من ١٥٠ هجوما', 'latin', 'أكثر من 150 هجوما'],
    ['Persian digits too', 'سال ۱۴۰۲', 'arabic', 'سال ١٤٠٢'],
    ['a decimal point becomes the Arabic decimal separator', '3.5 مليون', 'arabic', '٣٫٥ مليون'],
    ['and back', '٣٫٥ مليون', 'latin', '3.5 مليون'],
    ['thousands separator', '12,000 كتاب', 'arabic', '١٢٬٠٠٠ كتاب'],
    ['a percent sign follows the style', 'نسبة 3.5%', 'arabic', 'نسبة ٣٫٥٪'],
    ['and back', 'نسبة ٤٠٪', 'latin', 'نسبة 40%'],
    ['a percent sign without a number is left alone', 'نسبة % فقط', 'arabic', 'نسبة % فقط'],
    ['a time keeps its colons', '15:07:19', 'arabic', '١٥:٠٧:١٩'],
    ['a sentence-final dot is not a decimal point', 'عام 2014.', 'arabic', 'عام ٢٠١٤.'],
    ['F-16 is a name', 'طائرة F-16 فوق الحفل', 'arabic', 'طائرة F-16 فوق الحفل'],
    ['COVID-19 is a name', 'وباء COVID-19', 'arabic', 'وباء COVID-19'],
    ['5G is a name', 'شبكات 5G', 'arabic', 'شبكات 5G'],
    ['text without digits is unchanged', 'لا أرقام هنا', 'arabic', 'لا أرقام هنا'],
  ] as const)('%s', (_, text, style, expected) => {
    expect(formatDigits(text, style)).toBe(expected);
  });

  it('formats numbers in either style', () => {
    expect(formatNumber(1207, 'arabic')).toBe('١٢٠٧');
    expect(formatNumber(1207, 'latin')).toBe('1207');
  });
});
