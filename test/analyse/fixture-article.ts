/**
 * The test articles of test/fixtures/analyse (news texts written for the tests: sport, economy,
 * education, health), read as JSON or as the Article the loader would give.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../../src/types.js';

export const FIXTURE_NAMES = ['sport', 'economy', 'education', 'health'] as const;

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/analyse');

/** The fixture's title and paragraphs. */
export function fixtureJson(name: string): { title?: string; paragraphs: string[] } {
  return JSON.parse(readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8')) as { title?: string; paragraphs: string[] };
}

/** The fixture as an Article. */
export function fixtureArticle(name: string): Article {
  const json = fixtureJson(name);
  return {
    ...(json.title === undefined ? {} : { title: json.title }),
    paragraphs: json.paragraphs,
    source: { path: `${name}.json`, encoding: 'utf-8', format: 'text', bytes: 0 },
    removed: [],
  };
}
