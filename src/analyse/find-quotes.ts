/**
 * Quotations: «…» after a verb of saying (قال، أكد، حذر … and the participles مؤكدا، منددا that
 * chain a second one), with the speaker resolved — the name right after the verb; a role written
 * instead of a name (المتحدث، الوزير الأميركي) resolved to the person of the article who holds it;
 * an implicit subject (ووصفتها، معتبرا) taken from the sentence's subject; a bare «وقال» from the
 * previous speaker.
 */
import { WEAK_REPORTING } from '../data/reporting-verbs.js';
import type { QuoteFact, Sentence } from '../types.js';
import type { QuotedSpan } from './find-guillemets.js';
import type { Mention, RoleMention } from './mention.js';
import { roleCovers, roleWords } from './role-words.js';
import type { Word } from './sentence-words.js';
import { Feature } from './word-features.js';
import { reportingVerbOf } from './word-shape.js';

/** Words between a verb of saying and the name of its subject, at most. */
const MAX_SUBJECT_GAP = 8;
/** Words between a verb of saying and its quotation, at most. */
const MAX_GAP = 22;
/** Relative pronouns: a quotation after one belongs to a relative clause, not to the verb. */
const RELATIVES = new Set(['التي', 'الذي', 'الذين', 'اللتي', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي']);
/** Particles that take up the reported speech again after an interruption. */
const RESUMERS = new Set(['ان', 'بان', 'وان']);

export interface SentenceFinds {
  readonly sentence: Sentence;
  readonly words: readonly Word[];
  readonly mentions: readonly Mention[];
  readonly roles: readonly RoleMention[];
  /** Quoted spans of the sentence that are not organisation names. */
  readonly quotes: readonly QuotedSpan[];
}

interface Speaker {
  readonly name: string;
  readonly mention?: string;
  readonly person: boolean;
}

/** Quote facts of the whole text, in order. */
export function findQuotes(finds: readonly SentenceFinds[], text: string): QuoteFact[] {
  const next = quoteFinder(text);
  return finds.flatMap((find) => next(find));
}

/**
 * The quote finder as a step per sentence, in document order: it remembers the persons named so
 * far and the last speaker, so that the caller need not keep every sentence's words alive.
 */
export function quoteFinder(text: string): (find: SentenceFinds) => readonly QuoteFact[] {
  const persons: Mention[] = [];
  const roleCache = new Map<string, string[]>();
  let lastSpeaker: Speaker | undefined;
  return (find) => {
    // Both lists made only when the sentence has something for them (most have neither).
    let out: QuoteFact[] | undefined;
    const { words, mentions, roles } = find;
    let verbs: Verb[] | undefined;
    for (const w of words) {
      if ((w.features & Feature.reporting) === 0) continue;
      const lemma = reportingVerbOf(w);
      if (lemma === undefined) continue;
      const subject = subjectAfter(w.index, mentions, roles, persons, roleCache);
      // A weak verb (ذكر، أشار …) counts only with a subject of its own.
      if (WEAK_REPORTING.has(lemma) && !subject) continue;
      const verb: Verb = subject ? { index: w.index, verb: w.token.text, speaker: subject } : { index: w.index, verb: w.token.text };
      if (verbs === undefined) verbs = [verb];
      else verbs.push(verb);
    }
    for (const m of mentions) if (m.type === 'person') persons.push(m);
    // Only the last MAX_LOOKBACK persons are ever looked at (resolveRole): a long text keeps no more.
    if (persons.length > 2 * MAX_LOOKBACK) persons.splice(0, persons.length - MAX_LOOKBACK);
    if (verbs === undefined) return NO_QUOTE_FACTS;
    let sentenceSpeaker = sentenceSubject(find, persons, roleCache);
    // Index loops below, no copies of `verbs` or slices of `words`: this runs for every sentence
    // with a verb of saying.
    for (const quote of find.quotes) {
      let at = -1;
      for (let k = 0; k < words.length; k++) {
        if ((words[k] as Word).token.start > quote.open) {
          at = (words[k] as Word).index;
          break;
        }
      }
      if (at < 0) continue;
      // The last verb before the quotation.
      let v = verbs.length - 1;
      while (v >= 0 && (verbs[v] as Verb).index >= at) v--;
      const verb = verbs[v];
      if (!verb || at - verb.index > MAX_GAP + 1) continue;
      // The words between the verb and the word before the quotation's first.
      const from = verb.index + 1;
      const to = at - 1;
      if (hasMark(words, from, to)) continue;
      // After a relative clause the quotation belongs to the verb again only once «إن/أن» resumes it.
      const relative = lastRelative(words, from, to);
      if (relative >= 0 && !hasResumer(words, relative + 1, to)) continue;
      const speaker = verb.speaker ?? earlierSpeaker(verbs, verb.index) ?? sentenceSpeaker ?? lastSpeaker;
      const inner = text.slice(quote.open + 1, quote.close).trim();
      if (inner.length === 0) continue;
      const fact: { -readonly [K in keyof QuoteFact]: QuoteFact[K] } = {
        kind: 'quote',
        sentence: find.sentence.id,
        span: [quote.open, quote.close + 1],
        surface: text.slice(quote.open, quote.close + 1),
        text: inner,
        verb: verb.verb,
      };
      if (speaker?.name) fact.speaker = speaker.name;
      if (speaker?.mention) fact.speakerMention = speaker.mention;
      if (out === undefined) out = [fact];
      else out.push(fact);
      if (speaker) sentenceSpeaker = speaker;
    }
    let named: Verb | undefined;
    for (let v = verbs.length - 1; v >= 0 && named === undefined; v--) if ((verbs[v] as Verb).speaker?.person) named = verbs[v];
    if (named?.speaker) lastSpeaker = named.speaker;
    else if (sentenceSpeaker?.person) lastSpeaker = sentenceSpeaker;
    return out ?? NO_QUOTE_FACTS;
  };
}

/** What a sentence without quote facts gives (never written to). */
const NO_QUOTE_FACTS: readonly QuoteFact[] = [];

/** A verb of saying of the sentence: its word index, its text, and its subject if it has one. */
interface Verb {
  readonly index: number;
  readonly verb: string;
  readonly speaker?: Speaker;
}

/** Whether words `from…to-1` hold a quotation mark « or ». */
function hasMark(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const written = (words[k] as Word).token.text;
    if (written === '«' || written === '»') return true;
  }
  return false;
}

/** The index of the last relative pronoun among words `from…to-1`, or -1. */
function lastRelative(words: readonly Word[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (RELATIVES.has((words[k] as Word).key)) return k;
  return -1;
}

/** Whether words `from…to-1` hold a particle that resumes the reported speech. */
function hasResumer(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (RESUMERS.has((words[k] as Word).key)) return true;
  return false;
}

/** The subject of the first verb before word `index` that has one. */
function earlierSpeaker(verbs: readonly Verb[], index: number): Speaker | undefined {
  for (let v = 0; v < verbs.length; v++) {
    const verb = verbs[v] as Verb;
    if (verb.index < index && verb.speaker) return verb.speaker;
  }
  return undefined;
}

/** The speaker named right after a verb: a person (with role), a role mention, a place or body. */
function subjectAfter(
  verb: number,
  mentions: readonly Mention[],
  roles: readonly RoleMention[],
  persons: readonly Mention[],
  roleCache: Map<string, string[]>,
): Speaker | undefined {
  // Index loops, not find() with a closure: this runs for every verb of saying.
  const next = verb + 1;
  for (let k = 0; k < mentions.length; k++) {
    const mention = mentions[k] as Mention;
    if ((mention.roleFirst ?? mention.first) === next) return { name: mention.name, person: mention.type === 'person' };
  }
  for (let k = 0; k < roles.length; k++) {
    const role = roles[k] as RoleMention;
    // A role that names no one we know stays unresolved rather than borrowing another speaker.
    if (role.first === next) return resolveRole(role, persons, roleCache) ?? { name: '', mention: role.text, person: false };
  }
  // «قال ممثل المنظمة في اليمن أحمد الشامي»: a person named within the words after the verb.
  for (let k = 0; k < mentions.length; k++) {
    const later = mentions[k] as Mention;
    if (later.type === 'person' && later.first > next && later.first - verb <= MAX_SUBJECT_GAP) return { name: later.name, person: true };
  }
  return undefined;
}

/** How far back a role mention looks for the person who holds the role. */
const MAX_LOOKBACK = 60;
/** The person of the article whose role covers the mention's words, most recent first. */
function resolveRole(role: RoleMention, persons: readonly Mention[], roleCache: Map<string, string[]>): Speaker | undefined {
  for (let k = persons.length - 1; k >= 0 && k >= persons.length - MAX_LOOKBACK; k--) {
    const person = persons[k] as Mention;
    if (person.role === undefined) continue;
    let words = roleCache.get(person.role);
    if (!words) {
      words = roleWords(person.role);
      roleCache.set(person.role, words);
    }
    if (roleCovers(words, role.words)) {
      return { name: person.name, mention: role.text, person: true };
    }
  }
  return undefined;
}

/**
 * The subject a sentence opens with, for verbs with none of their own: the first person it names
 * (وكرر رئيس الوزراء … السوداني)، or a place or body right after its first word (واستنكرت بغداد).
 */
function sentenceSubject(find: SentenceFinds, persons: readonly Mention[], roleCache: Map<string, string[]>): Speaker | undefined {
  const firstQuote = find.quotes[0];
  const limit = firstQuote === undefined ? Number.POSITIVE_INFINITY : firstQuote.open;
  const { mentions, roles } = find;
  for (let k = 0; k < mentions.length; k++) {
    const person = mentions[k] as Mention;
    if (person.type === 'person' && person.span[0] < limit && (person.roleFirst ?? person.first) <= 4)
      return { name: person.name, person: true };
  }
  for (let k = 0; k < roles.length; k++) {
    const role = roles[k] as RoleMention;
    if (role.first <= 4) {
      const resolved = resolveRole(role, persons, roleCache);
      if (resolved) return resolved;
      break;
    }
  }
  if ((find.words[0] as Word | undefined)?.isWord !== true) return undefined;
  for (let k = 0; k < mentions.length; k++) {
    const body = mentions[k] as Mention;
    if (body.type !== 'person' && body.first === 1) return { name: body.name, person: false };
  }
  return undefined;
}
