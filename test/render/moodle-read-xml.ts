/** Reads a Moodle XML export back with fast-xml-parser, after checking it is well-formed XML. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';

export interface XmlText {
  readonly text: string;
  readonly format?: string;
}
export interface XmlAnswer extends XmlText {
  readonly fraction: string;
}
export interface XmlQuestion {
  readonly type: string;
  readonly name?: XmlText;
  readonly category?: XmlText;
  readonly questiontext?: XmlText;
  readonly generalfeedback?: XmlText;
  readonly single?: string;
  readonly shuffleanswers?: string;
  readonly hidden?: string;
  readonly answer?: XmlAnswer[];
  readonly subquestion?: (XmlText & { answer: [XmlText] })[];
}

/** Parses an export the way Moodle's reader sees it: CDATA as text, numbers left as strings. */
export function readMoodleXml(xml: string): XmlQuestion[] {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (name) => name === 'question' || name === 'answer' || name === 'subquestion',
  });
  const doc = parser.parse(xml) as { quiz: { question: XmlQuestion[] } };
  return doc.quiz.question;
}
