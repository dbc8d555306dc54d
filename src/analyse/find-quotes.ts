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
export function quoteFinder(text: string): (find: SentenceFinds) => QuoteFact[] {
  const persons: Mention[] = [];
  const roleCache = new Map<string, string[]>();
  let lastSpeaker: Speaker | undefined;
  return (find) => {
    const out: QuoteFact[] = [];
    const { words, mentions, roles } = find;
    const verbs: { index: number; verb: string; speaker?: Speaker }[] = [];
    for (const w of words) {
      if ((w.features & Feature.reporting) === 0) continue;
      const lemma = reportingVerbOf(w);
      if (lemma === undefined) continue;
      const subject = subjectAfter(w.index, mentions, roles, persons, roleCache);
      verbs.push(subject ? { index: w.index, verb: w.token.text, speaker: subject } : { index: w.index, verb: w.token.text });
      if (WEAK_REPORTING.has(lemma) && !subject) verbs.pop();
    }
    for (const m of mentions) if (m.type === 'person') persons.push(m);
    // Only the last MAX_LOOKBACK persons are ever looked at (resolveRole): a long text keeps no more.
    if (persons.length > 2 * MAX_LOOKBACK) persons.splice(0, persons.length - MAX_LOOKBACK);
    if (verbs.length === 0) return out;
    let sentenceSpeaker = sentenceSubject(find, persons, roleCache);
    for (const quote of find.quotes) {
      const firstInside = words.find((w) => w.token.start > quote.open);
      if (!firstInside) continue;
      const at = firstInside.index;
      const verb = [...verbs].reverse().find((v) => v.index < at);
      if (!verb || at - verb.index > MAX_GAP + 1) continue;
      const between = words.slice(verb.index + 1, at - 1);
      if (between.some((w) => w.token.text === '«' || w.token.text === '»')) continue;
      // After a relative clause the quotation belongs to the verb again only once «إن/أن» resumes it.
      const relative = between.findLastIndex((w) => RELATIVES.has(w.key));
      if (relative >= 0 && !between.slice(relative + 1).some((w) => RESUMERS.has(w.key))) continue;
      const speaker = verb.speaker ?? verbs.find((v) => v.index < verb.index && v.speaker)?.speaker ?? sentenceSpeaker ?? lastSpeaker;
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
      out.push(fact);
      if (speaker) sentenceSpeaker = speaker;
    }
    const named = [...verbs].reverse().find((v) => v.speaker?.person);
    if (named?.speaker) lastSpeaker = named.speaker;
    else if (sentenceSpeaker?.person) lastSpeaker = sentenceSpeaker;
    return out;
  };
}

/** The speaker named right after a verb: a person (with role), a role mention, a place or body. */
function subjectAfter(
  verb: number,
  mentions: readonly Mention[],
  roles: readonly RoleMention[],
  persons: readonly Mention[],
  roleCache: Map<string, string[]>,
): Speaker | undefined {
  const next = verb + 1;
  const mention = mentions.find((m) => (m.roleFirst ?? m.first) === next);
  if (mention) return { name: mention.name, person: mention.type === 'person' };
  const role = roles.find((r) => r.first === next);
  // A role that names no one we know stays unresolved rather than borrowing another speaker.
  if (role) return resolveRole(role, persons, roleCache) ?? { name: '', mention: role.text, person: false };
  // «قال ممثل المنظمة في اليمن أحمد الشامي»: a person named within the words after the verb.
  const later = mentions.find((m) => m.type === 'person' && m.first > next && m.first - verb <= MAX_SUBJECT_GAP);
  if (later) return { name: later.name, person: true };
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
  const person = find.mentions.find((m) => m.type === 'person' && m.span[0] < limit && (m.roleFirst ?? m.first) <= 4);
  if (person) return { name: person.name, person: true };
  const role = find.roles.find((r) => r.first <= 4);
  if (role) {
    const resolved = resolveRole(role, persons, roleCache);
    if (resolved) return resolved;
  }
  const body = find.mentions.find((m) => m.type !== 'person' && m.first === 1 && (find.words[0] as Word).isWord);
  if (body) return { name: body.name, person: false };
  return undefined;
}
