// Contacts that took place: triggers → participants → traps → date and attributes → one contact per pair and date.
import type { Contact, ContactMode, PersonRef } from '../types.js';
import type { RichContext } from './build-context.js';
import {
  SUBJECT_INITIATES, findDuration, findInitiatorCue, findTone, isUnconfirmedCue, type InitiatorCue,
} from './contact-attributes.js';
import { objectsAfter, subjectsBefore } from './contact-participants.js';
import { calledAName, negatedBefore, plannedAfter } from './contact-traps.js';
import { MAY_HOLD_CONTACT, findTriggers, modeOf, type Trigger } from './contact-verbs.js';
import { findDates, type DateMention } from './dates.js';

/** A contact found in one sentence, before contacts of the same pair are merged. */
interface Draft {
  people: PersonRef[];
  sentence: number;
  evidence: string;
  date: string | null;
  partial: string | null;
  /** "had last spoken", "the last time ... met": an earlier contact, not the one the article reports. */
  previous: boolean;
  mode: ContactMode;
  initiator: PersonRef | null;
  cue: InitiatorCue | null;
  duration: string | null;
  tone: string | null;
  unconfirmed: boolean;
}

/** A sentence that refers back to the conversation just reported: "The conversation took place at ...". */
const ANAPHORIC_CALL = /\b(?:the|this|that|their|the two men's|the)\s+(?:(?:tele)?phone\s+|video\s+)?(?:conversation|call|talks|meeting|discussion|exchange)\b/iu;
const PREVIOUS = /\b(?:last|previous(?:ly)?|earlier|prior|had (?:already|once))\b/iu;
/** How far back a bare "they" may reach for its pair. */
const THEY_REACH = 2;

/** The date a trigger's sentence gives it: the nearest event date after it (before the next trigger), else before it. */
function dateFor(dates: DateMention[], t: Trigger, prevEnd: number, nextStart: number): DateMention | null {
  const usable = dates.filter((d) => !d.bound && (d.value !== null || d.partial !== null));
  return usable.find((d) => d.start >= t.start && d.start < nextStart) ??
    [...usable].reverse().find((d) => d.end <= t.start && d.start >= prevEnd) ?? null;
}

export interface ContactOptions {
  /** The article's event date (lead paragraph), given to contacts the text does not date. */
  eventDate?: string | null;
  eventPartial?: string | null;
}

/** Find the contacts of an article, in order of first mention (the first is the article's lead contact). */
export function extractContacts(ctx: RichContext, opts: ContactOptions = {}): Contact[] {
  const drafts: Draft[] = [];
  let lastPair: PersonRef[] | null = null;
  let lastDraft: Draft | null = null;
  let lastPairSentence = -1;

  for (const sentence of ctx.sentences) {
    const s = sentence.index;
    const text = sentence.text;
    const here: Draft[] = [];
    if (MAY_HOLD_CONTACT.test(text)) {
      const triggers = findTriggers(text);
      const dates = triggers.length > 0 ? findDates(text, ctx.referenceDate) : [];
      triggers.forEach((t, k) => {
        const pair = t.shape === 'plural' && /\bthey\b/iu.test(text.slice(Math.max(0, t.start - 30), t.start)) &&
          s - lastPairSentence > THEY_REACH ? null : lastPair;
        const found = participantsOf(ctx, s, t, pair, lastDraft);
        if (found === null) return;
        const { people, objectEnd } = found;
        if (people.length === 2) { lastPair = people; lastPairSentence = s; }
        if (people.length < 2 || negatedBefore(text, t.start, t.verb) || plannedAfter(text, t.end)) return;
        const d = dateFor(dates, t, triggers[k - 1]?.end ?? 0, triggers[k + 1]?.start ?? text.length);
        if (d?.future) return;
        const draft: Draft = {
          people, sentence: s, evidence: text, date: d?.value ?? null, partial: d?.partial ?? null,
          previous: PREVIOUS.test(text.slice(Math.max(0, t.start - 40), t.end)), mode: modeAround(t, text, objectEnd),
          initiator: t.subjectInitiated ? (people[0] ?? null) : null, cue: null, duration: null, tone: null,
          unconfirmed: false,
        };
        if (t.shape === 'participants' && lastDraft) draft.mode = lastDraft.mode;
        here.push(draft);
      });
    }
    const targets = here.length > 0 ? here : lastDraft && s - lastDraft.sentence <= 3 && ANAPHORIC_CALL.test(text) ? [lastDraft] : [];
    for (const d of targets) applyAttributes(ctx, d, text, s);
    for (const d of here) drafts.push(d);
    if (here.length > 0) lastDraft = here[here.length - 1] ?? lastDraft;
  }
  for (const d of drafts) d.initiator ??= resolveCue(ctx, d);
  return mergeDrafts(drafts, opts).map(toContact);
}

/** "spoke to him by phone", "talked over the phone": the mode words may follow the object. */
const MODE_AFTER = /^[,\s]*(?:(?:on|over|by|via|in|through)\s+(?:a\s+|the\s+)?(?:secure\s+)?((?:tele)?phone|video(?:\s?link|\s?conference|\s?call)?|videoconference|person))\b/iu;

function modeAround(t: Trigger, text: string, objectEnd: number): ContactMode {
  if (t.mode !== 'unknown') return t.mode;
  const m = MODE_AFTER.exec(text.slice(Math.max(objectEnd, t.end)));
  return m?.[1] ? modeOf(m[1].toLowerCase() === 'person' ? 'in person' : m[1]) : 'unknown';
}

/** Participants of one trigger, or null when the trigger cannot be read. */
function participantsOf(
  ctx: RichContext, s: number, t: Trigger, lastPair: PersonRef[] | null, lastDraft: Draft | null,
): { people: PersonRef[]; objectEnd: number } | null {
  const text = ctx.sentences[s]?.text ?? '';
  const uniq = (xs: PersonRef[]): PersonRef[] => [...new Set(xs)];
  switch (t.shape) {
    case 'with':
    case 'direct': {
      const subjects = subjectsBefore(ctx, s, t.start, lastPair);
      const obj = objectsAfter(ctx, s, t.end, subjects, lastPair);
      if (obj.people.length === 0) return { people: [], objectEnd: t.end };
      if (/^called/iu.test(t.text) && calledAName(text, obj.objectEnd)) return null;
      return { people: uniq([...subjects, ...obj.people]), objectEnd: obj.objectEnd };
    }
    case 'between': {
      const obj = objectsAfter(ctx, s, t.end, [], lastPair);
      return { people: uniq(obj.people), objectEnd: obj.objectEnd };
    }
    case 'plural': {
      const subjects = subjectsBefore(ctx, s, t.start, lastPair);
      return { people: subjects.length >= 2 ? subjects : [], objectEnd: t.end };
    }
    case 'participants': {
      const listed = objectsAfter(ctx, s, t.end, [], null);
      return { people: uniq([...(lastDraft?.people ?? []), ...listed.people]), objectEnd: listed.objectEnd };
    }
  }
}

/** Duration, tone, initiator and confirmation cues of a sentence, applied to a contact. */
function applyAttributes(ctx: RichContext, d: Draft, text: string, s: number): void {
  d.duration ??= findDuration(text);
  d.tone ??= findTone(text);
  d.cue ??= findInitiatorCue(text);
  if (!d.initiator && SUBJECT_INITIATES.test(text)) {
    const m = SUBJECT_INITIATES.exec(text);
    const subj = m ? subjectsBefore(ctx, s, m.index, null)[0] : undefined;
    if (subj && d.people.includes(subj)) d.initiator = subj;
  }
  if (isUnconfirmedCue(text)) d.unconfirmed = true;
}

/** The participant an initiator cue names: a side ("the American side") or a name. */
function resolveCue(ctx: RichContext, d: Draft): PersonRef | null {
  if (!d.cue) return null;
  if (d.cue.kind === 'name') {
    const p = ctx.people.resolve(d.cue.text, d.sentence);
    return p && d.people.includes(p) ? p : null;
  }
  const country = d.cue.country;
  const nat = (p: PersonRef): string | null => ctx.people.infoOf(p)?.nationality ?? null;
  const same = d.people.filter((p) => nat(p) === country);
  if (same.length === 1) return same[0] ?? null;
  // "the American side" in a call between a Russian and someone of unknown nationality is the other one.
  const others = d.people.filter((p) => nat(p) !== null && nat(p) !== country);
  if (same.length === 0 && others.length === d.people.length - 1) return d.people.find((p) => nat(p) === null) ?? null;
  return null;
}

const keyOf = (d: Draft): string => d.people.map((p) => p.name).sort().join('|');
const dateOf = (d: Draft): string | null => d.date ?? d.partial;

/** Fold `b` into `a`: the first stated mode, initiator, duration and tone win. */
function absorb(a: Draft, b: Draft): void {
  if (a.mode === 'unknown') a.mode = b.mode;
  a.initiator ??= b.initiator;
  a.cue ??= b.cue;
  a.duration ??= b.duration;
  a.tone ??= b.tone;
  a.unconfirmed ||= b.unconfirmed;
  if (!dateOf(a)) { a.date = b.date; a.partial = b.partial; }
  a.previous &&= b.previous;
}

/**
 * One contact per pair and date. Undated reports join the first dated report of the same pair that is not an
 * earlier contact ("had last spoken on May 13" stays apart); what is still undated takes the article's event date;
 * an earlier contact without a date is dropped (it cannot be told from the reported one).
 */
function mergeDrafts(drafts: Draft[], opts: ContactOptions): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const same = out.filter((o) => keyOf(o) === keyOf(d));
    const date = dateOf(d);
    let into: Draft | undefined;
    if (date) into = same.find((o) => dateOf(o) === date) ?? (d.previous ? undefined : same.find((o) => !dateOf(o) && !o.previous));
    else into = d.previous ? same.find((o) => o.previous) : same.find((o) => !o.previous) ?? same[0];
    if (into) absorb(into, d);
    else out.push({ ...d, people: [...d.people] });
  }
  const final: Draft[] = [];
  for (const d of out) {
    if (!dateOf(d)) {
      if (d.previous) continue;
      d.date = opts.eventDate ?? null;
      d.partial = opts.eventDate ? null : opts.eventPartial ?? null;
    }
    const twin = final.find((o) => keyOf(o) === keyOf(d) && dateOf(o) !== null && dateOf(o) === dateOf(d));
    if (twin) absorb(twin, d);
    else final.push(d);
  }
  return final;
}

function toContact(d: Draft): Contact {
  return {
    participants: d.people.map((p) => p.name),
    date: d.date,
    dateInferred: false,
    mode: d.mode,
    initiator: d.initiator?.name ?? null,
    duration: d.duration,
    tone: d.tone,
    unconfirmed: d.unconfirmed,
    evidence: d.evidence,
    partialDate: d.partial,
  };
}
