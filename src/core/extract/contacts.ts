// Contacts that took place: triggers → participants → traps → date and attributes → one contact per pair and date.
import type { Contact, ContactMode, PersonRef } from '../types.js';
import type { RichContext } from './build-context.js';
import {
  SUBJECT_INITIATES, findDuration, findInitiatorCue, findTone, isUnconfirmedCue,
} from './contact-attributes.js';
import { mergeDrafts, toContact, type Draft, type MergeOptions } from './contact-merge.js';
import { objectsAfter, subjectsBefore } from './contact-participants.js';
import { calledAName, negatedBefore, plannedAfter } from './contact-traps.js';
import { findTriggers, mayHoldContact, modeOf, opensWithSince, type Trigger } from './contact-verbs.js';
import { findDates, type DateMention } from './dates.js';
import { readLabel } from './quote-labels.js';
import { insideQuote } from './quote-marks.js';
import { firstPersonSubjects, frontedSubject, possessivePair, relativeSubject, sincePair, verbObjectPair } from './contact-subjects.js';

/** A sentence that refers back to the conversation just reported: "The conversation took place at ...". */
const ANAPHORIC_CALL = /\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]heir|[Dd]uring|[Aa]fter|[Ii]n)\s+(?:[\w-]+\s+)?(?:(?:tele)?phone\s+|video\s+)?(?:conversation|call|talks|meeting|discussion|exchanges?|videoconference|video conference)\b|\b(?:it|they|It|They) lasted\b/;
const CALL_WORDS = /conversation|call|talks|meeting|discussion|exchange|conference|lasted/;
/** An earlier contact the article recalls ("had last spoken", "previously met"); "earlier in the day" is not one. */
const PREVIOUS = /\b(?:last|previous(?:ly)?|prior|had (?:already|once))\b|\bearlier (?:this|last) (?:year|month)\b/i;
/** A sentence that recalls background: "Recall, in December A and B met …", "As a reminder, …". */
const RECALL = /^(?:Recall|We (?:will |would like to )?recall|We (?:will )?remind|As a reminder|It will be recalled|It should be recalled)\b/;
const QUESTION = /\?[”"»’']?\s*$/;
/**
 * "I met President B in Astana in March and he asked me one question: how fast can you build?": a question set off
 * by a colon well into the sentence asks only itself. A label's colon ("Q: Has A spoken with B?") opens the question.
 */
const asksOnly = (text: string): boolean => {
  if (!QUESTION.test(text)) return false;
  const colon = text.lastIndexOf(': ');
  return colon < 0 || text.slice(0, colon).includes('?') || (readLabel(text)?.end ?? 0) > colon;
};
/** How far back a bare "they" may reach for its pair, and a call noun ("the call") for its call. */
const THEY_REACH = 2;
const CALL_REACH = 3;
/** How far a sentence about "the conversation" (its tone, length, confirmation) may reach back for it. */
const ATTRIBUTE_REACH = 12;

/** The date a trigger's sentence gives it: the nearest event date after it (before the next trigger), else before it. */
function dateFor(dates: DateMention[], t: Trigger, prevEnd: number, nextStart: number, text: string, namesIn: (from: number, to: number) => boolean = () => false): DateMention | null {
  // "since they met in Copenhagen on Oct. 2": a date bounding the main clause dates the contact of its own clause.
  // The trigger may hold the "since" itself: "has not spoken to B since their meeting in May".
  const sinceClause = /\bsince\s+(?:\S+\s+){0,3}$/i.test(text.slice(Math.max(0, t.start - 30), t.start)) || opensWithSince(t);
  const usable = dates.filter((d) => (!d.bound || (sinceClause && d.start > t.start && !/[,;]/.test(text.slice(t.end, d.start)))) &&
    !d.planned && (d.value !== null || d.partial !== null));
  // "said on Monday she had met B": the day of saying is not the day of the meeting.
  // "held talks, the first meeting since Russia launched its invasion in February 2022": a date inside a later
  // "since" clause dates what that clause tells.
  // "about the July 28 election": a date that modifies a noun names that event, not the contact.
  const attributive = (d: DateMention): boolean => /\bthe\s+$/i.test(text.slice(Math.max(0, d.start - 5), d.start)) && /^\s+(?!of\b|and\b|or\b|to\b|in\b|at\b)[a-z]/.test(text.slice(d.end, d.end + 20));
  // "Last week he met B in London, the department said, and he is due in Riyadh in December": a date in the next
  // clause (a new subject after "and") is that clause's.
  const nextClause = (d: DateMention): boolean => /,\s*(?:and|but)\s+(?:he|she|they|it|we|I)\b/.test(text.slice(t.end, d.start));
  return usable.find((d) => d.start >= t.start && d.start < nextStart && !/\bsince\b/i.test(text.slice(t.end, d.start)) && !attributive(d) && !nextClause(d)) ??
    [...usable].reverse().find((d) => d.end <= t.start && d.start >= prevEnd && !d.reporting && !inRelativeClause(text, d, t.start, namesIn)) ?? whenDate(dates, t, text) ??
    // "said last month he had spoken with B": a month of saying, with no date of its own, is the contact's month.
    usable.find((d) => d.reporting && d.grain === 'month' && d.end <= t.start && d.start >= prevEnd) ?? null;
}

/**
 * "The chancellor, who was sworn in on Tuesday, had breakfast with B": a date inside a relative clause set off by
 * commas dates that clause. Not when the clause names someone ("Stubb, who played golf with Trump in March, said he
 * raised icebreakers with him"): then it tells the contact itself.
 */
function inRelativeClause(text: string, d: DateMention, triggerStart: number, namesIn: (from: number, to: number) => boolean): boolean {
  const open = text.slice(0, d.start).search(/,\s+(?:who|which)\s[^,]*$/u);
  const close = text.indexOf(',', d.end);
  return open >= 0 && close >= 0 && close < triggerStart && !namesIn(open, close);
}

/** "… since A visited Beijing in April, when he also met B": a "when" clause happens at the date it follows. */
function whenDate(dates: DateMention[], t: Trigger, text: string): DateMention | null {
  if (!text.includes('when')) return null;
  const before = dates.filter((d) => d.end <= t.start && (d.value !== null || d.partial !== null) && !d.planned);
  const last = before[before.length - 1];
  if (!last || !/^[^.;]{0,12}?,?\s+when\s[^,;.]{0,60}$/.test(text.slice(last.end, t.start))) return null;
  const d = { ...last, bound: false };
  // A "when" clause explains an earlier date: the contact it tells is background, not the one reported.
  RECALLED.add(d);
  return d;
}

/** Dates that make their contact a recalled one ("since March, when A called B"). */
const RECALLED = new WeakSet<DateMention>();

/** "spoke to him by phone", "talked over the phone": the mode words may follow the object. */
const MODE_AFTER = /^[,\s]*(?:(?:again|also|briefly|twice|once)\s+)?(?:(?:on|over|by|via|in|through)\s+(?:a\s+|the\s+)?(?:secure\s+)?((?:tele)?phone|video(?:\s?link|\s?conference|\s?call)?|videoconference|person))\b/i;

/** "A and B discussed the border by phone": a plural verb's mode may stand later in its clause. */
const MODE_LATER_IN_CLAUSE = /^[^.;,]{0,60}?\b(?:by|over|via) (?:the |a )?((?:tele)?phone|video(?:\s?link|\s?conference|\s?call)?|videoconference)\b/i;

function modeAround(t: Trigger, text: string, objectEnd: number): ContactMode {
  // "the two held a second round of talks by phone": "talks" says in person only when nothing in the clause says how.
  const talksOnly = t.mode === 'in-person' && t.shape === 'plural' && /\b(?:talks|meeting|discussions?)\b/i.test(t.text) && !/\bmet\b/i.test(t.text);
  if (t.mode !== 'unknown' && !talksOnly) return t.mode;
  if (t.shape === 'plural') {
    const later = MODE_LATER_IN_CLAUSE.exec(text.slice(t.end));
    if (later?.[1]) return modeOf(later[1]);
    if (talksOnly) return t.mode;
  }
  const m = MODE_AFTER.exec(text.slice(Math.max(objectEnd, t.end)));
  return m?.[1] ? modeOf(m[1].toLowerCase() === 'person' ? 'in person' : m[1]) : 'unknown';
}

export type ContactOptions = MergeOptions;

/** What the scan remembers across sentences for anaphora ("the two men", "the call", "they"). */
interface Memory {
  pair: PersonRef[] | null;
  pairSentence: number;
  /** Earlier pairs, latest last: "the two ministers" may mean an earlier pair whose roles fit. */
  pairs: PersonRef[][];
  /** The latest contact with a date of its own ("on the same day" takes it). */
  dated: Draft | null;
  draft: Draft | null;
  /** Who held a call whose other participants are named later ("a video call chaired by A"). */
  caller: { people: PersonRef[]; sentence: number; mode: ContactMode; initiated: boolean } | null;
}

/** `pairs`: one contact of the subject with each object ("A spoke with B and C" reports two conversations). */
interface Found { subjects: PersonRef[]; objects: PersonRef[]; objectEnd: number; pairs?: boolean }

/**
 * "A spoke with B and C on Monday" reports conversations of A with each; "A met B and C", "a video conference with
 * B and C" bring them together. Only a talking verb (not a meeting, not a call noun) with one subject splits.
 */
function spokeWithEach(t: Trigger, subjects: PersonRef[], objects: PersonRef[], rest: string): boolean {
  return subjects.length === 1 && objects.length >= 2 && talkedWithEach(t) && !JOINT_AFTER.test(rest);
}

/** "…with B, and with C in a trilateral call": the clause after the objects makes it one joint contact. */
const JOINT_AFTER = /^[^.;]{0,40}?\b(?:in|on|during|via)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+)?(?:trilateral|three-way|four-way|joint|multilateral|group|conference)\b/i;

/** A talking verb with "with" ("spoke with B and C"): one conversation per object, never one among the objects. */
function talkedWithEach(t: Trigger): boolean {
  return t.verb && t.shape === 'with' && /^(?:spoke|spoken|speaks|talked|chatted|conferred)\b/i.test(t.text) &&
    !/\b(?:video|conference|together|jointly|three-way|trilateral)\b/i.test(t.text);
}

/** Find the contacts of an article, in order of first mention (the first is the article's lead contact). */
export function extractContacts(ctx: RichContext, opts: ContactOptions = {}): Contact[] {
  const drafts: Draft[] = [];
  const mem: Memory = { pair: null, pairSentence: -1, pairs: [], dated: null, draft: null, caller: null };
  for (const sentence of ctx.sentences) {
    const s = sentence.index;
    const text = sentence.text;
    const here: Draft[] = [];
    const lower = text.toLowerCase();
    // A question states nothing: "Has A spoken with B since April?", "Is there a call planned between A and B?"
    if (mayHoldContact(lower) && !asksOnly(text)) {
      const triggers = findTriggers(text, lower);
      const dates = triggers.length > 0 ? findDates(text, ctx.referenceDate) : [];
      triggers.forEach((t, k) => {
        const extra: Draft[] = [];
        const d = readTrigger(ctx, s, t, mem, dates, triggers[k - 1]?.end ?? 0, triggers[k + 1]?.start ?? text.length, extra);
        if (d) here.push(d, ...extra);
      });
    }
    const anaphor = here.length === 0 && drafts.length > 0 && CALL_WORDS.test(lower) ? ANAPHORIC_CALL.exec(text) : null;
    const recent = anaphor ? antecedent(drafts, s, anaphor[0]) : null;
    for (const d of here.length > 0 ? here : recent ? [recent] : []) applyAttributes(ctx, d, text, s);
    // "The tête-à-tête was followed by an expanded meeting …": a new meeting, not more people in the one told.
    if (lower.includes('accompanied')) addCompanions(ctx, s, here.length === 1 ? here[0] : here.length === 0 && mem.draft && s - mem.draft.sentence <= CALL_REACH && !lower.includes('followed by') ? mem.draft : undefined);
    drafts.push(...here);
    if (here.length > 0) mem.draft = here[here.length - 1] ?? mem.draft;
    for (const d of here) if (!d.previous && (d.date !== null || d.partial !== null)) mem.dated = d;
  }
  for (const d of drafts) d.initiator ??= resolveCue(ctx, d);
  return mergeDrafts(drafts, opts).map(toContact);
}

const ACCOMPANIED = /\b(?:(will|would|is expected to|are expected to|to)\s+be\s+|(?:was|were|is|are|had been)\s+)?accompanied\s+by\b/gi;
/** "Foreign Minister C, who accompanied the President in the meeting": C before, the participant right after. */
const ACCOMPANIED_ACTIVE = /\b(?:who\s+)?(?:had\s+|also\s+)*accompanied\s+(?!by\b)/gi;

/**
 * "A, accompanied by C and D, met B", "The President, who was accompanied by C, held a meeting with the delegation":
 * who came with a participant took part too. Only when a participant of the contact is named in the sentence
 * before the phrase (the contact of this sentence, or the one just told), and not when the company is still planned.
 */
function addCompanions(ctx: RichContext, s: number, d: Draft | undefined): void {
  if (!d) return;
  const text = ctx.sentences[s]?.text ?? '';
  for (const m of text.matchAll(ACCOMPANIED)) {
    if (m[1]) continue;
    const before = ctx.people.mentionsIn(s).filter((x) => x.end <= m.index);
    if (!before.some((x) => d.people.includes(x.person))) continue;
    for (const p of objectsAfter(ctx, s, m.index + m[0].length, [], null).people) if (!d.people.includes(p)) d.people.push(p);
  }
  for (const m of text.matchAll(ACCOMPANIED_ACTIVE)) {
    const mentions = ctx.people.mentionsIn(s);
    const after = m.index + m[0].length;
    const object = mentions.find((x) => x.start >= after && /^(?:(?:the|his|her)\s+)?$/i.test(text.slice(after, x.start)))?.person;
    const companion = [...mentions].reverse().find((x) => x.end <= m.index && !/[.;]/.test(text.slice(x.end, m.index)))?.person;
    if (object && companion && d.people.includes(object) && !d.people.includes(companion)) d.people.push(companion);
  }
}

/**
 * The contact "the call" / "the meeting" refers to: the most recent within reach whose mode fits the noun, preferring
 * the contact the article reports over an earlier one it recalls ("The two ministers last spoke in April").
 */
function antecedent(drafts: readonly Draft[], s: number, phrase: string): Draft | null {
  const near = drafts.filter((d) => s - d.sentence <= ATTRIBUTE_REACH).reverse();
  const meeting = /\b(?:meeting|talks|summit)\b/i.test(phrase);
  const call = /\b(?:call|phone|video|conversation|videoconference)\b/i.test(phrase);
  const fits = (d: Draft): boolean => (meeting ? d.mode !== 'phone' && d.mode !== 'video' : call ? d.mode !== 'in-person' : true);
  return near.find((d) => !d.previous && fits(d)) ?? near.find(fits) ?? near[0] ?? null;
}

/** One trigger → a draft contact, or null (a trap, or fewer than two people). Updates the anaphora memory. */
function readTrigger(ctx: RichContext, s: number, t: Trigger, mem: Memory, dates: DateMention[], prevEnd: number, nextStart: number, extra: Draft[]): Draft | null {
  const text = ctx.sentences[s]?.text ?? '';
  // "The two Ministers welcomed that they had been able to hold a meeting": "they" is the plural phrase before it.
  const theyTooFar = /\bthey\b/i.test(text.slice(Math.max(0, t.start - 30), t.start)) && s - mem.pairSentence > THEY_REACH &&
    !/\b(?:the two|both)\s+\w+\s+(?:\w+\s+)?(?:welcomed|noted|said|stressed|agreed|recalled|confirmed)\s+(?:that\s+)?they\b/i.test(text.slice(Math.max(0, t.start - 80), t.start));
  const pair = theyTooFar ? null : fittingPair(text.slice(Math.max(0, t.start - 60), t.start), mem, (fits, byRole) => namedPair(ctx, s, t.start, fits, byRole));
  const found = participantsOf(ctx, s, t, pair, mem);
  if (found === null) return null;
  // The cue may stand before a long subject: "refused to comment whether A and the American President B spoke".
  // Only a subject in the trigger's own clause ("On Tuesday, at the invitation of A, …, where the two met" is not).
  // "he had not spoken to B since they met": a time clause has its own subject, and the main clause's negation is
  // not its own.
  const subjectAt = ctx.people.mentionsIn(s).find((m) => found.subjects.includes(m.person) && m.end <= t.start && !/[,;:]|\b(?:since|when|after|while)\s/i.test(text.slice(m.end, t.start)))?.start;
  const negated = negatedBefore(text, t.start, t.verb) || plannedAfter(text, t.end, !t.verb) ||
    (subjectAt !== undefined && negatedBefore(text, subjectAt, false));
  const heldCall = /call|conference|meeting|talks|summit/i.test(t.text);
  if (t.shape === 'host' || (heldCall && found.objects.length === 0 && found.subjects.length > 0 && t.shape !== 'plural')) {
    // "a video call chaired by A", "A held a video call with European leaders": participants come later.
    const people = t.shape === 'host' ? found.objects : found.subjects;
    if (!negated && people.length > 0) mem.caller = { people, sentence: s, mode: modeAround(t, text, t.end), initiated: t.initiator === 'subject' };
    if (t.shape === 'host') return null;
  }
  const people = [...new Set([...found.subjects, ...found.objects])];
  // Two who co-chaired a commission are background to the article's pair: a later "their talks" is not theirs.
  if (people.length === 2 && !t.background) { mem.pair = people; mem.pairSentence = s; mem.pairs.push(people); }
  const anaphoric = t.shape === 'participants' || (t.shape === 'took-part' && /\b(?:the|their)\s+(?:[\w-]+\s+)?(?:call|meeting|videoconference|conference|talks)\b/i.test(t.text));
  if (anaphoric && mem.draft && s - mem.draft.sentence <= CALL_REACH) {
    // "Participants in the call included ...", "was also attended by ...", "X also joined the video conference":
    // more people in the call just reported.
    for (const p of [...found.subjects, ...found.objects]) if (!mem.draft.people.includes(p)) mem.draft.people.push(p);
    return null;
  }
  if (people.length < 2 || negated) return null;
  const d = dateFor(dates, t, prevEnd, nextStart, text, (from, to) => ctx.people.mentionsIn(s).some((m) => m.start > from && m.end <= to)) ?? sameDay(text, mem);
  if (d?.future) return null;
  if (found.pairs) {
    // One draft per object; the caller keeps the last as the draft "the call" refers to.
    const [first, ...rest] = found.objects.map((o) => ({ ...found, objects: [o], pairs: false }));
    extra.push(...rest.map((f) => draftOf(ctx, s, t, f, d, mem)));
    return first ? draftOf(ctx, s, t, first, d, mem) : null;
  }
  return draftOf(ctx, s, t, found, d, mem);
}

function draftOf(ctx: RichContext, s: number, t: Trigger, found: Found, d: DateMention | null, mem: Memory): Draft {
  const text = ctx.sentences[s]?.text ?? '';
  const people = [...new Set([...found.subjects, ...found.objects])];
  const fromCaller = (t.shape === 'participants' || t.shape === 'took-part') && mem.caller && s - mem.caller.sentence <= CALL_REACH;
  const initiator = t.initiator === 'subject' ? found.subjects[0] : t.initiator === 'object' ? found.objects[0] :
    fromCaller && mem.caller?.initiated ? mem.caller.people[0] : undefined;
  return {
    people, sentence: s, evidence: text, date: d?.value ?? null, partial: d?.partial ?? null,
    // "during their talks in Astana in July": a dated "their <meeting>" recalls an earlier contact of the pair.
    previous: PREVIOUS.test(text.slice(Math.max(0, t.start - 40), t.end)) || RECALL.test(text) || (d !== null && RECALLED.has(d)) || (!t.verb && d !== null && /\btheir\s/i.test(t.text)),
    mode: fromCaller && mem.caller && modeAround(t, text, found.objectEnd) === 'unknown' ? mem.caller.mode : modeAround(t, text, found.objectEnd),
    initiator: initiator ?? null, cue: null, duration: null, tone: null, unconfirmed: false,
  };
}

/**
 * Role words of a plural phrase, the role each person must hold for the phrase to fit, whether a prime minister is
 * one of them, and whether the phrase may reach past its paragraph for people named before it.
 */
interface PluralRole { phrase: RegExp; office: RegExp; primeMinister: boolean; acrossParagraphs: boolean }
const PLURAL_ROLE: PluralRole[] = [
  { phrase: /\b(?:two|both|the) (?:foreign |defen[cs]e |trade |finance )?ministers\b/i, office: /\b(?:minister|secretary)\b/i, primeMinister: false, acrossParagraphs: true },
  { phrase: /\b(?:two|both|the) presidents\b/i, office: /\bpresident\b/i, primeMinister: false, acrossParagraphs: true },
  // "The leaders last spoke in May": heads of state or government, not the ministers reported since.
  { phrase: /\b(?:two|both|the) leaders\b/i, office: /\b(?:president|prime minister|premier|chancellor|king|queen|emir|amir|sultan|crown prince|taoiseach)\b/i, primeMinister: true, acrossParagraphs: false },
];

const fitsPlural = (rule: PluralRole, role: string | null): boolean =>
  role !== null && rule.office.test(role) && (rule.primeMinister || !/\bprime minister\b/i.test(role));

/**
 * The pair "the two ministers" refers to: the latest pair whose roles fit the phrase ("the two ministers" after a
 * call between a prime minister and a president means the ministers reported before), else the latest pair.
 */
function fittingPair(before: string, mem: Memory, named: (fits: (p: PersonRef) => boolean, byRole: boolean) => PersonRef[] | null): PersonRef[] | null {
  const plural = PLURAL_PHRASE.test(before);
  if (!mem.pair) {
    if (!plural) return null;
    const rule = PLURAL_ROLE.find((r) => r.phrase.test(before));
    // With no contact reported yet, "the two leaders" may name the pair the lead paragraph introduced.
    return rule ? named((p) => fitsPlural(rule, p.role), rule.acrossParagraphs || /\btwo\s/i.test(before)) : named(() => true, false);
  }
  if (!/ministers|presidents|leaders/.test(before)) return mem.pair;
  const rule = PLURAL_ROLE.find((r) => r.phrase.test(before));
  if (!rule) return mem.pair;
  const fit = (p: PersonRef): boolean => fitsPlural(rule, p.role);
  const fits = (pair: PersonRef[]): boolean => pair.every(fit);
  if (fits(mem.pair)) return mem.pair;
  for (let i = mem.pairs.length - 1; i >= Math.max(0, mem.pairs.length - 4); i--) {
    const pair = mem.pairs[i];
    if (pair && fits(pair)) return pair;
  }
  // "Zelensky arrived to meet Erdogan … On February 3 the presidents had a call": the two presidents named last.
  return named(fit, rule.acrossParagraphs) ?? mem.pair;
}

/** A plural subject standing for two people named before: "when the two met", "the presidents had a call". */
const PLURAL_PHRASE = /\b(?:the two|both|the pair|the (?:two )?(?:presidents|ministers|leaders))\b(?:\s+[a-z][\w-]*){0,2}\s*$/i;

/**
 * The last two people named before `at` (this sentence, else the two before it in the paragraph) who fit: what a
 * plural phrase means when no contact was reported before it ("A said B made no requests when the two met").
 */
function namedPair(ctx: RichContext, s: number, at: number, fits: (p: PersonRef) => boolean, byRole: boolean): PersonRef[] | null {
  const para = ctx.sentences[s]?.paragraph;
  const seen: PersonRef[] = [];
  for (let k = s; k >= Math.max(0, s - 2); k--) {
    // A bare "the two" stays in its paragraph; "the presidents" names its people by their office.
    if (k < s && !byRole && ctx.sentences[k]?.paragraph !== para) break;
    const ms = ctx.people.mentionsIn(k).filter((m) => k < s || m.end <= at);
    for (let i = ms.length - 1; i >= 0; i--) {
      const p = ms[i]?.person;
      if (p && fits(p) && !seen.includes(p)) seen.push(p);
    }
    if (seen.length >= 2) break;
  }
  return seen.length >= 2 ? [seen[1] as PersonRef, seen[0] as PersonRef] : null;
}

const SAME_DAY = /\b(?:the same day|that (?:same )?day|later that day|that evening|the same evening)\b/i;

/** "On the same day, A and B held …": the date of the contact just reported. */
function sameDay(text: string, mem: Memory): DateMention | null {
  const prev = mem.dated;
  if (!prev || !/same|that/.test(text) || !SAME_DAY.test(text)) return null;
  return { start: 0, end: 0, text: '', value: prev.date, partial: prev.partial, grain: 'day', bound: false, future: false, reporting: false, planned: false };
}

/** A comma and a subordinator: the words after it describe another event ("…, when the minister visited …"). */
const TIME_CLAUSE = /,\s*(?:when|while|after|before|as|because|since|during which)\b/i;

/** Where the first of `people` is named after `from` in sentence `s` (the sentence end when none is). */
function firstMentionAfter(ctx: RichContext, s: number, from: number, people: PersonRef[]): number {
  return ctx.people.mentionsIn(s).find((m) => m.start >= from && people.includes(m.person))?.start ?? (ctx.sentences[s]?.text.length ?? from);
}

/** A tour of several places before a participle: "visited A, B and C in March, meeting …", "toured the region, …". */
const TOUR_BEFORE = /\b(?:visited|toured|travel(?:l)?ed to|(?:flew|went|headed) to|a tour of)\s+[^.;]*?\b(?:and|,)\s+[^.;]*?,\s*$|\btoured\s[^.;]*,\s*$/i;

/** "met A, B and C in turn", "… one by one": one contact with each. */
const EACH_AFTER = /^\s+(?:in turn|one by one|one after (?:the )?other|individually|respectively)\b/i;

/** Participants of one trigger, or null when the trigger is a trap by its own shape ("called X a Y"). */
function participantsOf(ctx: RichContext, s: number, t: Trigger, lastPair: PersonRef[] | null, mem: Memory): Found | null {
  const text = ctx.sentences[s]?.text ?? '';
  const callerNear = mem.caller && s - mem.caller.sentence <= CALL_REACH ? mem.caller.people : [];
  switch (t.shape) {
    case 'with':
    case 'direct': {
      let subjects = firstPersonSubjects(ctx, s, t, lastPair) ?? relativeSubject(ctx, s, t, lastPair) ?? subjectsBefore(ctx, s, t.start, lastPair);
      const obj = objectsAfter(ctx, s, t.end, subjects, lastPair);
      if (subjects.length === 0 && obj.people.length > 0) subjects = frontedSubject(ctx, s, t, obj.objectEnd);
      // Verb-final order: the verb must follow the object ("with the Russian President B telephoned").
      // A direct object may be followed by where and how: "B in the Chancellery with military honours received".
      if (t.verbAt !== undefined && !(t.shape === 'direct' ? /^(?:\s*\([^)]*\))?(?:\s+(?:in|at|with|on)\s[^.;,]{0,60})?\s*$/ : /^\s*$/).test(text.slice(obj.objectEnd, t.verbAt))) return null;
      if (t.shape === 'direct' && obj.people.length > 0 && calledAName(text, obj.objectEnd, /^called(?! on)/i.test(t.text))) return null;
      // "visited Bamako and Niamey in March, meeting A and B": the places were visited; the people belong to the
      // participle after the comma (its own trigger).
      if (t.shape === 'direct' && obj.people.length > 0 && /,\s+[a-z]+ing\b/.test(text.slice(t.end, firstMentionAfter(ctx, s, t.end, obj.people)))) return null;
      // "called on B to resign", "called on B for restraint": an appeal, not a visit.
      if (/^called on/i.test(t.text) && /^[^.;]{0,40}?\b(?:to|for|not to)\s/i.test(text.slice(obj.objectEnd))) return null;
      // "Ontario premier spoke with B and C" whose subject names no one found: B and C did not speak with each other.
      if (subjects.length === 0 && obj.people.length >= 2 && talkedWithEach(t)) return null;
      // "held separate phone calls with B and C", "spoke separately with …", "phoned B and then C": one call each.
      // "visited Bamako, Ouagadougou and Niamey in March, meeting A and B": a tour's meetings, one in each place.
      const each = subjects.length === 1 && obj.people.length >= 2 &&
        (/\bseparate(?:ly)?\b/i.test(text.slice(Math.max(0, t.start - 20), t.end)) || /\band then\b/.test(text.slice(t.end, obj.objectEnd)) || EACH_AFTER.test(text.slice(obj.objectEnd)) ||
          (/^meeting\b/i.test(t.text) && TOUR_BEFORE.test(text.slice(0, t.start))));
      if (each || spokeWithEach(t, subjects, obj.people, text.slice(obj.objectEnd))) return { subjects, objects: obj.people.filter((p) => !subjects.includes(p)), objectEnd: obj.objectEnd, pairs: true };
      return { subjects, objects: obj.people.filter((p) => !subjects.includes(p)), objectEnd: obj.objectEnd };
    }
    case 'host': {
      const obj = objectsAfter(ctx, s, t.end, [], null);
      return { subjects: [], objects: obj.people, objectEnd: obj.objectEnd };
    }
    case 'between': {
      const obj = objectsAfter(ctx, s, t.end, [], lastPair);
      return { subjects: [], objects: obj.people, objectEnd: obj.objectEnd };
    }
    case 'plural': {
      const since = sincePair(ctx, s, t, (at) => subjectsBefore(ctx, s, at, lastPair));
      if (since) return { subjects: since, objects: [], objectEnd: t.end };
      // Only people the sentence itself tells of: not one named inside a quotation ("“Austin emphasized …,” B said
      // following their call": "their" is the call reported before, not Austin and B).
      const namedBefore = !t.verb && /\btheir\s/i.test(t.text)
        ? [...new Set(ctx.people.mentionsIn(s).filter((m) => m.end <= t.start && !insideQuote(text, m.start)).map((m) => m.person))] : [];
      const found = firstPersonSubjects(ctx, s, t, lastPair) ?? possessivePair(t, lastPair, namedBefore) ?? subjectsBefore(ctx, s, t.start, lastPair);
      // Verb-final order: "had the chancellor with A and B telephoned" — A and B are the objects of "with".
      const subjects = /\bwith\s+(?:\S+\s+){0,6}$/.test(objectLead(ctx, s, found)) ? [] : found;
      if (subjects.length < 2 && !t.verb) return { subjects: verbObjectPair(ctx, s, t.start), objects: [], objectEnd: t.end };
      // "A and B met in Doha, where together with C they held a meeting": C took part too.
      // Not in a time clause about something else: "…last met in Vilnius in December, when A visited troops alongside C".
      const along0 = subjects.length >= 2 ? /\b(?:together with|along with|alongside)\s/.exec(text.slice(t.end)) : null;
      const along = along0 && !TIME_CLAUSE.test(text.slice(t.end, t.end + along0.index)) ? along0 : null;
      const more = along ? objectsAfter(ctx, s, t.end + along.index + along[0].length - 1, subjects, null).people : [];
      return { subjects: subjects.length >= 2 ? subjects : [], objects: more, objectEnd: t.end };
    }
    case 'participants': {
      const listed = objectsAfter(ctx, s, t.end, [], null);
      const draftNear = mem.draft && s - mem.draft.sentence <= CALL_REACH;
      return { subjects: draftNear ? [] : callerNear, objects: listed.people, objectEnd: listed.objectEnd };
    }
    case 'took-part': {
      // "A took part ... in a videoconference ..., alongside B, C and D"; "A and B took part in the call, along with C".
      const subjects = subjectsBefore(ctx, s, t.start, lastPair);
      const along = /\b(?:alongside|along with|together with|with)\s/.exec(text.slice(t.end));
      const listed = along ? objectsAfter(ctx, s, t.end + along.index + along[0].length - 1, subjects, null).people : [];
      const anaphoric = /\bthe\s+(?:[\w-]+\s+)?(?:call|meeting|videoconference|conference|talks)\b/i.test(t.text);
      return { subjects: [...(anaphoric ? callerNear : []), ...subjects], objects: listed, objectEnd: t.end };
    }
  }
}

/** The text before the first of `people` named in sentence `s` (empty when none is named there). */
function objectLead(ctx: RichContext, s: number, people: PersonRef[]): string {
  const first = ctx.people.mentionsIn(s).find((m) => people.includes(m.person));
  return first ? (ctx.sentences[s]?.text ?? '').slice(Math.max(0, first.start - 60), first.start) : '';
}

/** "The meeting took place at China's mission": a later sentence may say how a contact took place. */
const MODE_LATER: [RegExp, ContactMode][] = [
  [/\b(?:the|this|their)\s+(?:meeting|talks)\s+(?:took place|was held|were held)\b|\bin person\b|\bface-to-face\b/i, 'in-person'],
  [/\b(?:the|this|their)\s+(?:(?:tele)?phone)\s+(?:call|conversation)\b|\bby (?:tele)?phone\b/i, 'phone'],
  [/\b(?:the|this|their)\s+(?:video\s?(?:call|conference|link)|videoconference)\b/i, 'video'],
];

/** Duration, tone, initiator and confirmation cues of a sentence, applied to a contact. */
function applyAttributes(ctx: RichContext, d: Draft, text: string, s: number): void {
  if (d.mode === 'unknown' && d.sentence !== s) d.mode = MODE_LATER.find(([re]) => re.test(text))?.[1] ?? 'unknown';
  d.duration ??= findDuration(text);
  d.tone ??= findTone(text);
  d.cue ??= findInitiatorCue(text);
  if (!d.initiator) {
    const m = SUBJECT_INITIATES.exec(text);
    const subj = m ? subjectsBefore(ctx, s, m.index, null)[0] : undefined;
    if (subj && d.people.includes(subj)) d.initiator = subj;
  }
  if (isUnconfirmedCue(text)) d.unconfirmed = true;
}

/** The participant an initiator cue names: a side ("the American side") or a name. */
function resolveCue(ctx: RichContext, d: Draft): PersonRef | null {
  if (!d.cue) return null;
  if (d.cue.kind === 'order') return (d.cue.last ? d.people[d.people.length - 1] : d.people[0]) ?? null;
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
