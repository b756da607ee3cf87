// Subjects a contact trigger finds away from the plain "A <verb> B" order: first person ("I met B", "Pat and I
// spoke"), relative clauses ("the conversation he had with B"), possessive pairs ("their talks"), fronted clauses ("In
// a phone call with B, A said"), and "A urged B …, in a video call".
import type { PersonRef } from '../types.js';
import type { RichContext } from './build-context.js';
import { firstPersonBefore, firstPersonSpeaker } from './contact-speaker.js';
import { opensWithSince, type Trigger } from './contact-verbs.js';
import { resolvePronoun } from './pronouns.js';

/** "the conversation he had with", "the talks they held with": the relative clause's pronoun is the subject. */
const REL_PRONOUN = /\b(he|she|they|I|we)\s+(?:had|held|has had|have had|had held)\b/;

/** "I met B", "Pat and I spoke", "we held talks": the speaker of the turn or quote, with a partner named or recent. */
export function firstPersonSubjects(ctx: RichContext, s: number, t: Trigger, lastPair: PersonRef[] | null): PersonRef[] | null {
  const text = ctx.sentences[s]?.text ?? '';
  const fp = firstPersonBefore(text, t.start);
  if (!fp) return null;
  const speaker = firstPersonSpeaker(ctx, s, fp.index);
  if (!speaker) return null;
  const out = [speaker];
  const named = fp.partner ? ctx.people.mentionsIn(s).find((m) => m.end <= fp.index && /^\s+and\s+$/.test(text.slice(m.end, fp.index))) : undefined;
  if (named && named.person !== speaker) out.push(named.person);
  else if (fp.plural && t.shape === 'plural') {
    // "we met": the speaker and the person the speaker last named (in this turn), else the pair just reported.
    const other = recentOther(ctx, s, fp.index, speaker) ?? lastPair?.find((p) => p !== speaker) ?? null;
    if (other) out.push(other);
  }
  return out;
}

/** The last person named before `at` in this sentence or the two before it in the same paragraph, other than `not`. */
function recentOther(ctx: RichContext, s: number, at: number, not: PersonRef): PersonRef | null {
  const para = ctx.sentences[s]?.paragraph;
  for (let k = s; k >= Math.max(0, s - 2); k--) {
    if (ctx.sentences[k]?.paragraph !== para) break;
    const ms = ctx.people.mentionsIn(k).filter((m) => (k < s || m.end <= at) && m.person !== not);
    const m = ms[ms.length - 1];
    if (m) return m.person;
  }
  return null;
}

/**
 * "In a phone call with B on Friday, A said …", "After meeting B, A told reporters …": a fronted clause holding the
 * trigger has its subject in the main clause, the name right after the clause's comma.
 */
export function frontedSubject(ctx: RichContext, s: number, t: Trigger, objectEnd: number): PersonRef[] {
  const text = ctx.sentences[s]?.text ?? '';
  if (/[,;:]/.test(text.slice(0, t.start)) || !/^(?:\s*|\S+\s+)?(?:In|During|After|Following|Speaking|Before|On|At|Over)\b/.test(text)) return [];
  const comma = text.indexOf(',', objectEnd);
  if (comma < 0 || comma - objectEnd > 60) return [];
  const m = ctx.people.mentionsIn(s).find((x) => x.start > comma);
  if (!m || !/^[\s,]*(?:(?:[\p{Lu}][\p{L}.’'-]*|the|of)\s+)*$/u.test(text.slice(comma, m.start))) return [];
  return [m.person];
}

/** Only a title or role before the sentence's first name: it stands in subject position. */
const SUBJECT_START = /^(?:[\p{Lu}][\p{L}.’'-]*\s+|(?:the|of|and)\s+)*$/u;

/**
 * "A assured B that …, in a telephone call on Tuesday": a bare call noun after a clause whose subject A (the
 * sentence's first name) acts on B by one verb is the call of A and B.
 */
export function verbObjectPair(ctx: RichContext, s: number, at: number): PersonRef[] {
  const text = ctx.sentences[s]?.text ?? '';
  const [a, b] = ctx.people.mentionsIn(s).filter((m) => m.end <= at);
  if (!a || !b || a.person === b.person || !SUBJECT_START.test(text.slice(0, a.start))) return [];
  // The object's title stands between: "A urged President B …".
  // "A said Thursday he had urged President B …": the pronoun after A's own "said" is A.
  return /^\s+(?:(?:said|says)(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?(?:\s+that)?\s+(?:he|she)\s+(?:had\s+|has\s+)?)?(?:also\s+)?(?:[a-z]+ed|told)\s+(?:\p{Lu}[\p{L}.’'-]*\s+)*$/u.test(text.slice(a.end, b.start)) ? [a.person, b.person] : [];
}

/** "the conversation he had on Monday with B": the pronoun of the relative clause is the subject. */
export function relativeSubject(ctx: RichContext, s: number, t: Trigger, lastPair: PersonRef[] | null): PersonRef[] | null {
  if (t.verb) return null;
  const m = REL_PRONOUN.exec(t.text);
  if (!m?.[1]) return null;
  const at = t.start + m.index;
  const w = m[1].toLowerCase();
  if (w === 'i' || w === 'we') {
    const p = firstPersonSpeaker(ctx, s, at);
    return p ? [p] : null;
  }
  if (w === 'they') return lastPair;
  const p = resolvePronoun(ctx, s, at);
  // "A informed his counterpart B of the conversation he had with C": "he" is the clause's subject, and a name
  // standing after a verb is an object; without a subject name, say nothing.
  const named = ctx.people.mentionsIn(s).find((m) => m.person === p && m.end <= at);
  if (named && !/^(?:[\p{Lu}][\p{L}.’'-]*\s+|(?:the|of|and)\s+)*$/u.test(ctx.sentences[s]?.text.slice(0, named.start) ?? '')) return [];
  return p ? [p] : null;
}

/** "during their talks in Astana", "in their phone call": the pair just reported. */
export function possessivePair(t: Trigger, lastPair: PersonRef[] | null, named: PersonRef[] = []): PersonRef[] | null {
  if (t.verb || !/\btheir\s/i.test(t.text)) return null;
  // "Cho said he had conveyed Seoul's position to Wang during their meeting": two people named in the sentence
  // before "their" are its antecedent, whatever pair was reported before.
  if (named.length === 2) return named;
  return lastPair;
}

/** The verb a "since their meeting" follows, and its object: "has not spoken to B since", "had not met B since". */
const SINCE_VERB = /\b(?:spoken|spoke|talked|met|seen|been in (?:touch|contact))\s+(?:(?:with|to)\s+)?([^,;]*?)\s*$/u;
/** "since they met", "since the two last spoke": the plural subject of a "since" clause, just before its verb. */
const SINCE_THEY = /\bsince\s+(?:they|the two)\s+(?:(?:had|have|last|first|were|was)\s+)*$/iu;
/** A pronoun subject just before the verb's auxiliaries: "she had not spoken with B since". */
const PRONOUN_SUBJECT = /\b(?:he|she)\s+(?:(?:has|had|have|did|does|was|is|not|never|yet|also|still|n[’']t)\s+)*$/iu;

/**
 * "A has not spoken to B since their meeting in May", "she had not spoken with B since their last call": "their" is
 * the clause's subject and the object of its verb, not the pair reported before. Null when the trigger is not such a
 * "since"; empty when it is but one of the two is not known (then no one is guessed).
 */
export function sincePair(ctx: RichContext, s: number, t: Trigger, before: (at: number) => PersonRef[]): PersonRef[] | null {
  const text = ctx.sentences[s]?.text ?? '';
  // "since their last call" (the trigger opens with "since") or "since they met" (the plural subject after it).
  const sinceNoun = opensWithSince(t);
  const they = sinceNoun ? null : SINCE_THEY.exec(text.slice(Math.max(0, t.start - 30), t.start));
  if (!they && !sinceNoun) return null;
  const sinceAt = they ? Math.max(0, t.start - 30) + they.index : t.start;
  const v = SINCE_VERB.exec(text.slice(0, sinceAt));
  if (!v) return null;
  const objectFrom = v.index + v[0].trimEnd().length - (v[1] ?? '').length;
  const named = ctx.people.mentionsIn(s).find((m) => m.start >= objectFrom && m.end <= sinceAt)?.person;
  const pronoun = PRONOUN_SUBJECT.exec(text.slice(0, v.index));
  const subject = pronoun ? resolvePronoun(ctx, s, pronoun.index, named ? [named] : []) : before(v.index)[0];
  // "He has not spoken with him since they met": an object pronoun is someone other than the subject.
  const object = named ?? (/^(?:him|her)\b/iu.test(v[1] ?? '') && subject ? resolvePronoun(ctx, s, objectFrom, [subject]) ?? undefined : undefined);
  return object && subject && object !== subject ? [subject, object] : [];
}
