/** fast-check strings for the Moodle export properties: special characters, Arabic, any Unicode. */
import fc from 'fast-check';
import { flattenText } from '../../src/render/moodle-text.js';

/** Characters GIFT, HTML, XML, Moodle or the text layer read specially, plus Arabic, «…» and spaces. */
const SPECIAL = [
  ...'~=#{}:\\%[]<>&/-*"\'!«»،؟؛ \n\t\r',
  '->',
  '//',
  '::',
  '####',
  '[html]',
  '%50%',
  '\\n',
  '&amp;',
  '&#37;',
  ']]>',
  '--',
  '{1:SHORTANSWER:=x}',
];
const ARABIC = [...'ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةىًٌٍَُِّْـ٠١٢٣٤٥٦٧٨٩0123456789'];

/** Any text: mostly special characters and Arabic, sometimes any code units or graphemes. */
export const anyText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...SPECIAL, ...ARABIC), maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
);

/** Text that is not empty once flattened (the exports skip empty options). */
export const someText = anyText.filter((s) => flattenText(s) !== '');
