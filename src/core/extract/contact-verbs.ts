// The language patterns that state a conversation between people. Each trigger says where its participants stand.
import type { ContactMode } from '../types.js';

/** How a trigger finds its participants. */
export type TriggerShape =
  /** "A spoke with B", "A held talks with B", "A had a phone call with B": subject before, object after. */
  | 'with'
  /** "A phoned B", "A met B": subject before, direct object after. */
  | 'direct'
  /** "the conversation between A and B": both after. */
  | 'between'
  /** "A and B spoke", "the two men talked": a plural subject, no object. */
  | 'plural'
  /** "Participants in the call included A, B and C": a list after, joined to the call before. */
  | 'participants';

export interface Trigger {
  shape: TriggerShape;
  start: number;
  /** Where the object (or list) search starts. */
  end: number;
  text: string;
  /** The trigger is a verb ("spoke") rather than a noun ("a call with"); verbs need a tense check. */
  verb: boolean;
  mode: ContactMode;
  /** The subject made the call ("phoned", "rang", "called B"). */
  subjectInitiated: boolean;
}

/** Words allowed between a contact verb and its "with"/"to": "spoke by phone today with", "talked for about an hour with". */
const GAP = '(?:\\s+(?:by|phone|telephone|the|on|over|via|video|videolink|link|today|yesterday|tonight|personally|directly|again|separately|briefly|privately|also|earlier|later|first|for|about|around|an|a|hour|hours|minutes?|last|week|night|morning|evening|afternoon|once|twice|extensively|at|length|virtually|in|person|several|times|late|early|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\\d+|two|three|half|secure|line|frequently|regularly|repeatedly)){0,7}';

const SPEAK_VERB = '(?:spoke|spoken|speaks|speak|speaking|talked|talks|talk|talking|conferred|confers|consulted|chatted|met|meets|meet|meeting|negotiated|conversed)';
const VERB_WITH = new RegExp(`\\b(${SPEAK_VERB})${GAP}\\s+(with|to)\\b`, 'giu');

/** Nouns of a conversation: "a telephone conversation with", "another phone call with", "held talks with". */
const CALL_NOUN = '(?:(?:tele)?phone|video|virtual|in-person|face-to-face|secure|conference|brief|lengthy|(?:\\d+|one|two|three|half)-(?:hour|minute)|hour-long|[a-z]+-minute)?[ -]?(?:call|calls|conversation|conversations|talks|talk|meeting|meetings|discussion|discussions|videoconference|video ?call|video ?conference|chat|exchange|summit|phone ?call|telephone ?call|contact|contacts)';
const NOUN_WITH = new RegExp(`\\b(${CALL_NOUN})\\s+with\\b`, 'giu');
const NOUN_BETWEEN = new RegExp(`\\b(${CALL_NOUN})\\s+(?:\\w+\\s+){0,2}?between\\b`, 'giu');

/** Direct objects: "phoned Nikolai Patrushev", "rang him", "called Biden on Friday", "met Lavrov in Geneva". */
const DIRECT = /\b(phoned|telephoned|rang|rung|called|contacted|dialled|dialed|met)(?:\s+(?:back|up|again|personally|separately|briefly))?\s+(?=[\p{Lu}]|him\b|her\b|them\b|his\b|her\b|the\s+\p{Lu})/gu;

/** Subject-only verbs after a plural subject: "A and B spoke", "the two men talked for about an hour". */
const PLURAL_VERB = new RegExp(`\\b((?:have |has |had |also |last |then |later |first |reportedly |briefly |both )*(?:spoke|spoken|talked|met|conferred|chatted|held talks|held a (?:phone |telephone |video )?(?:call|conversation|meeting)|had a (?:phone |telephone |video )?(?:call|conversation|talk)))\\b`, 'giu');

/** "Participants in the call included A, B and C" (readouts list every participant). */
const PARTICIPANTS = /\b(?:participants|those taking part|other participants|attendees|also (?:on|in) the call (?:were|was))\b[^.;]{0,40}?\b(?:included|include|were|was)\b/giu;

/** The mode a trigger implies by its own words; "call" alone is "unknown". */
export function modeOf(words: string): ContactMode {
  const w = words.toLowerCase();
  if (/\b(?:video|videoconference|videolink|virtual|virtually|zoom|teleconference)\b/u.test(w)) return 'video';
  if (/\b(?:phone|phoned|telephone|telephoned|rang|rung|dialled|dialed)\b|phone ?call/u.test(w)) return 'phone';
  if (/\b(?:met|meet|meets|meeting|meetings|summit|in-person|in person|face-to-face|visit|visited|hosted)\b/u.test(w)) return 'in-person';
  return 'unknown';
}

/** All contact triggers in a sentence, in text order. */
export function findTriggers(text: string): Trigger[] {
  const out: Trigger[] = [];
  const push = (t: Trigger): void => {
    if (!out.some((o) => t.start < o.end && t.end > o.start)) out.push(t);
  };
  for (const m of text.matchAll(NOUN_BETWEEN)) {
    push({ shape: 'between', start: m.index, end: m.index + m[0].length, text: m[0], verb: false, mode: modeOf(m[0]), subjectInitiated: false });
  }
  for (const m of text.matchAll(NOUN_WITH)) {
    push({ shape: 'with', start: m.index, end: m.index + m[0].length, text: m[0], verb: false, mode: modeOf(m[0]), subjectInitiated: false });
  }
  for (const m of text.matchAll(VERB_WITH)) {
    push({ shape: 'with', start: m.index, end: m.index + m[0].length, text: m[0], verb: true, mode: modeOf(m[0]), subjectInitiated: false });
  }
  for (const m of text.matchAll(DIRECT)) {
    const v = (m[1] ?? '').toLowerCase();
    const initiated = v !== 'met' && v !== 'contacted';
    push({ shape: 'direct', start: m.index, end: m.index + m[0].length, text: m[0], verb: true, mode: v === 'called' ? 'unknown' : modeOf(m[0]), subjectInitiated: initiated });
  }
  for (const m of text.matchAll(PLURAL_VERB)) {
    push({ shape: 'plural', start: m.index, end: m.index + m[0].length, text: m[0], verb: true, mode: modeOf(m[0]), subjectInitiated: false });
  }
  for (const m of text.matchAll(PARTICIPANTS)) {
    push({ shape: 'participants', start: m.index, end: m.index + m[0].length, text: m[0], verb: false, mode: 'unknown', subjectInitiated: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Cheap test run before anything else: sentences without these words hold no contact. */
export const MAY_HOLD_CONTACT = /\b(?:spo|spe|talk|met|meet|confer|consult|chat|negotiat|convers|call|phon|rang|rung|contact|dial|particip|summit|exchange|discussion)/iu;
