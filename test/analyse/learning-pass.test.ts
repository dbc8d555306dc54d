/**
 * findFacts learns the quoted names that are organisations on its way through the text, and
 * reads the text again with all of them known beforehand when a quotation met earlier turns out
 * to be one of them. Either way the facts must be those of the reading with every name known
 * first (findFacts with an `onSentence` and no `onRestart`).
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.js';
import { findFacts } from '../../src/analyse/find-facts.js';
import type { Text } from '../../src/types.js';
import { FIXTURE_NAMES, fixtureJson } from './fixture-article.js';
import { textOf } from './text-of.js';

/** findFacts' result and whether it read the text a second time. */
function learnt(text: Text): { facts: unknown; restarted: boolean } {
  let restarted = false;
  const found = findFacts(
    text,
    undefined,
    () => {},
    true,
    () => {
      restarted = true;
    },
  );
  return { facts: found.facts, restarted };
}

/** findFacts with every quoted name known before the first sentence. */
function known(text: Text): unknown {
  return findFacts(text, undefined, () => {}).facts;
}

describe('findFacts: quoted names learnt on the way', () => {
  it('reads again when a quotation names an organisation made known only further on', () => {
    const text = textOf('وتحدث الرجل طويلا عن «الحشد الشعبي» أمس.', 'وأعلنت قوات «الحشد الشعبي» أنها انسحبت من المدينة.');
    const { facts, restarted } = learnt(text);
    expect(restarted).toBe(true);
    expect(facts).toEqual(known(text));
    const organisations = findFacts(text).facts.filter((f) => f.kind === 'entity' && f.type === 'organisation');
    expect(organisations.map((f) => f.sentence)).toEqual([0, 1]);
    // The analysis counts the words and names once, from the second reading.
    const names = analyse(text).names.filter((n) => n.name === 'الحشد الشعبي');
    expect(names).toEqual([{ name: 'الحشد الشعبي', type: 'organisation', count: 2, sentences: [0, 1] }]);
    const withdrew = analyse(text).vocabulary.find((v) => v.forms.includes('انسحبت'));
    expect(withdrew?.count).toBe(1);
  });

  it('needs no second reading when the name is known first', () => {
    const text = textOf('وأعلنت قوات «الحشد الشعبي» أنها انسحبت من المدينة.', 'وتحدث الرجل طويلا عن «الحشد الشعبي» أمس.');
    const { facts, restarted } = learnt(text);
    expect(restarted).toBe(false);
    expect(facts).toEqual(known(text));
  });

  it('gives the facts of the first-pass reading on the fixture articles, their paragraphs in any order', () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (const name of FIXTURE_NAMES) {
      const article = fixtureJson(name);
      const paragraphs = [article.title ?? '', ...article.paragraphs];
      for (let round = 0; round < 8; round++) {
        const order = paragraphs.map((p) => ({ p, key: random() })).sort((a, b) => a.key - b.key);
        const text = textOf(...order.map((o) => o.p));
        expect(learnt(text).facts).toEqual(known(text));
      }
    }
  });
});
