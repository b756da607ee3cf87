// Sentences that use the words of a conversation without one having taken place: negations, attempts, plans,
// hopes ("no need for a meeting with", "declined to meet with", "will speak on Thursday", "called X a Y").

/** Words that, shortly before a trigger in its clause, mean the contact did not happen (yet). */
const CUE_BEFORE = new RegExp(
  '\\b(?:not|never|no|nor|neither|without|declined|declines|refused|refuses|refusing|failed|fails|tried|tries|trying|' +
    'attempts?|attempted|attempting|sought|seeks?|seeking|hopes?|hoped|hoping|wants?|wanted|wish(?:es|ed)?|plans?|' +
    'planned|planning|expects?|expected|intends?|intended|intention|proposes?|proposed|proposal|offers?|offered|' +
    'invites?|invited|invitation|ready|willing|need|needs|requests?|requested|asked|agreed|agrees?|prepares?|' +
    'prepared|preparing|scheduled?|due|possible|potential|prospects?|will|would|could|should|might|may|must|can|' +
    'cannot|shall|gonna|going|await(?:s|ed|ing)?|demand(?:s|ed)?|urged|urges|pushed|pushing|pressed|pressing|' +
    'instead|rather|lack|absence|unable|impossible|chance|idea|whether|if|unless|ahead|upcoming|next|future|' +
    'possibility|arrange|arranged|arranging|organise|organize|set up|call(?:s|ed|ing)? for|' +
    // "where it is foreseen that he meets with B" (translated): a plan.
    'foresee(?:s|n)?|envisag(?:e|es|ed)|anticipated|' +
    // "officials were exploring a phone call between the leaders": weighed, not held.
    'explor(?:e|es|ed|ing)|consider(?:s|ed|ing)?|mull(?:s|ed|ing)?|weigh(?:s|ed|ing))\\b',
  'u',
);

/**
 * "at the request of the EU side", "according to request", "at Kyiv's invitation": the contact took place at someone's
 * asking. The request words are the initiator's cue, not a plan, so they leave the clause before the trap test.
 */
const HELD_ON_REQUEST = /\b(?:at|on|upon|according to|in response to)\s+(?:the\s+|an?\s+|his\s+|her\s+|their\s+|its\s+)?(?:\p{L}+(?:\s+(?:side|party))?[’']s\s+)?(?:request|invitation|initiative|proposal)(?:\s+of\b)?/giu;

/** A call noun after a preposition ("in a phone call", "during talks"): the clause's verb happened inside the call. */
const IN_CALL = /^(?:in|during|over|via)\s/i;
/** Past-tense speech acts that a call carries out rather than plans: "agreed", "urged", "asked", "pressed". */
const SAID_IN_CALL = /\b(?:agreed|urged|asked|requested|pressed|pushed|demanded|proposed|offered|invited)\b/g;

/** A call noun after "since" ("since their last call"): a contact that took place. */
const SINCE_CALL = /^since\s/i;

/** Present-tense "is in (close) …" before "contact/touch with": a standing state. */
const STANDING_NOUN = /^(?:contacts?|touch|communication)\b/i;
const STANDING = /\b(?:is|are|remains?|stays?|keeps?)\s+in\s+(?:(?:close|constant|regular|permanent|frequent|direct|daily|continuous)\s+)?$/i;

/** A request verb and, however far after it in the sentence, "for a <call noun>": the call was asked for. */
const ASKED_FOR = /\b(?:asked|asks|requested|requests|pressed|pushed|appealed|lobbied|sought|called)\b[^.;]{0,80}\bfor\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$/i;

/** "n't" glued to its verb: "can't", "didn't", "haven't". */
const NEGATED_CONTRACTION = /n[’']t\b/;

/** After a trigger: the contact is planned, or it is a request ("a call is planned for next week"). */
// The plan must be in the trigger's own clause: "A spoke with B on Monday, and a second call was expected" is a contact.
// Not past a new clause: "had spoken with B earlier this week and that she was due to visit …" is a plan of the visit.
// "spoke by phone on Monday and agreed to keep working together ahead of next year's review": a past verb after
// "and" starts a predicate of its own, and the plan is its.
const CUE_AFTER = /^(?:(?!\band (?:that|he|she|they|it|who|which)\s|\band (?:also )?[a-z]+ed\s)[^.;,]){0,80}?\b(?:(?:is|are|was|were|has been|had been|have been|would be|will be)\s+(?:planned|scheduled|expected|set|due|possible|likely|being (?:planned|prepared|arranged))|(?:will|would|shall|is to|are to)\s+(?:be\s+held|take\s+place|convene)|next (?:week|month|year)|in (?:a|one|two|three|four|five|six|a few|\d+) (?:days?|weeks?|months?)\b(?! (?:ago|earlier|before))|later this (?:week|month|year)|in the coming (?:days|weeks|months)|tomorrow|no date (?:has|had) (?:yet )?been (?:set|fixed|agreed)|(?:is|are|was|were) yet to be (?:set|scheduled|arranged|agreed))\b/i;

/** Media and public settings: "spoke to CNN's Jake Tapper" is an interview, not a conversation between officials. */
export const MEDIA = /\b(?:CNN|BBC|NBC|ABC|CBS|Fox|MSNBC|NPR|PBS|Reuters|AP|AFP|TASS|RIA|Interfax|Sky|Al Jazeera|[Rr]adio|[Tt]elevision|TV|[Nn]ewspaper|[Pp]odcast|[Cc]hannel|[Pp]rogramme|[Pp]rogram|[Ss]how|[Mm]agazine|[Nn]etwork|[Ii]nterview|[Rr]eporters|[Jj]ournalists|[Pp]ress|[Nn]ews conference|[Bb]riefing|[Aa]udience|[Cc]rowd|[Rr]ally)\b/;

/** The last `n` words of a clause before `end` (the clause starts after the last , ; : ( or quote mark). */
export function clauseBefore(text: string, end: number, n = 7): string {
  let i = end - 1;
  let words = 0;
  let inWord = false;
  for (; i >= 0; i--) {
    const c = text.charCodeAt(i);
    // , ; : ( — – end the clause.
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 0x2014 || c === 0x2013) break;
    const space = c <= 32;
    if (space && inWord && ++words >= n) break;
    inWord = !space;
  }
  return text.slice(i + 1, end).trim();
}

const REPORT_THAT = /^(.*)\b(?:confirm(?:s|ed)?|said|says|announced|added|stated|noted|reported|disclosed|revealed|recalled|recall) that(?:\s+|$)/;

/** A time clause opened just before the trigger, and the present-tense verbs that make it speak of the future. */
const PRESENT_TIME_CLAUSE = /\b(?:[Ww]hen|[Ww]henever|[Oo]nce|[Uu]ntil|[Aa]s soon as)(?:\s+\S+){0,4}\s*$/;
const PRESENT_VERB = /^(?:have|has|hold|holds|meet|meets|speak|speaks|talk|talks)\b/;

/**
 * "Peskov denied reports that Putin had spoken with B", "refuted the publications of some media, that Putin had a
 * secret conversation with B": a denied report is no contact, however far the "that" stands from the denial.
 */
const DENIED_REPORT = /\b(?:denied|denies|deny|denying|refuted|refutes|refuting|dismissed|dismisses|rejected|rejects)\b[^.;?!]{0,100}?\bthat\b[^.;?!]*$/i;

/** True when the words before a trigger negate it or make it a plan, hope or attempt. */
export function negatedBefore(text: string, triggerStart: number, verb: boolean): boolean {
  // "Mr. Lamamra is in contact with both parties", "remains in close touch with": a standing state, no one event.
  if (STANDING_NOUN.test(text.slice(triggerStart, triggerStart + 14)) && STANDING.test(text.slice(Math.max(0, triggerStart - 40), triggerStart))) return true;
  // "has not spoken to B since their meeting in May": "since" presupposes the meeting; only a modal before it
  // ("will have …") could still undo it.
  if (SINCE_CALL.test(text.slice(triggerStart, triggerStart + 6))) return /\b(?:will|would|shall)\b/.test(clauseBefore(text, triggerStart));
  const lead = text.slice(Math.max(0, triggerStart - 180), triggerStart);
  // "He has asked, through the Burkinabe side, for a meeting between A and B": a request across the commas.
  if (lead.includes('for') && ASKED_FOR.test(lead)) return true;
  if (lead.includes('that') && DENIED_REPORT.test(lead)) return true;
  // The clause's first word may be capitalised ("If the Secretary had called him"); "May" elsewhere is a month.
  let window = clauseBefore(text, triggerStart).replace(/[“”"«»]/g, '').replace(/^\s*\p{Lu}(?=\p{Ll}*(?:\s|$))/u, (c) => c.toLowerCase());
  // "I can confirm that A had a call with B": the modal belongs to the reporting verb, not to the contact (unless
  // the report itself is negated: "would not confirm that").
  const report = REPORT_THAT.exec(window);
  if (report && !/\b(?:not|never|no|cannot|declined|refused|unable)\b|n[’']t\b/.test(report[1] ?? '')) window = window.slice(report[0].length);
  // "When we have a call to read out, we will …": a present tense in a time clause speaks of the future.
  // Not "when he held talks": "talks" there is a noun after a past verb.
  if (PRESENT_TIME_CLAUSE.test(window) && PRESENT_VERB.test(text.slice(triggerStart, triggerStart + 8)) && !/\b(?:held|had)\s*$/.test(window)) return true;
  // "B made no requests when the two met": a time clause starts afresh; the main clause's negation is not its own.
  const sub = /^(.*)\b(?:when|after|while|since)\s+(?=\S)/.exec(window);
  if (sub && !/\b(?:will|would|shall|could|might|may|can)\b/.test(window.slice((sub[1] ?? '').length))) window = window.slice(sub[0].length);
  window = window.replace(HELD_ON_REQUEST, ' ');
  // "A and B agreed in a phone call on Wednesday to …", "A urged B during a call": what was said in the call, in the
  // past tense, is what happened in it; only a negation, a modal or a plan word still undoes the call.
  if (IN_CALL.test(text.slice(triggerStart, triggerStart + 8))) window = window.replace(SAID_IN_CALL, ' ');
  if (CUE_BEFORE.test(window) || NEGATED_CONTRACTION.test(window)) return true;
  // An infinitive is not a contact that happened: "declined to meet with", "agreed to meet", "to speak".
  // "had been able to hold a meeting", "managed to speak with": the infinitive tells what did happen.
  return verb && /\bto(?:\s+\w+ly)?\s*$/.test(window) && !/\b(?:(?:was|were|been)\s+able|managed|succeeded)\s+to(?:\s+\w+ly)?\s*$/.test(window);
}

/** True when the words after a trigger make it a plan ("a call is planned for next week"). */
export function plannedAfter(text: string, from: number, noun = false): boolean {
  return CUE_AFTER.test(text.slice(from)) || noun && UNDONE_AFTER.test(text.slice(from));
}

/**
 * "A meeting between A and B, first floated by diplomats in April, has not been scheduled": a contact noun whose own
 * predicate, past its commas, says it never happened. Not past a turn ("but", "while") or another contact noun.
 */
const UNDONE_AFTER = /^(?:(?!\b(?:but|while|although|though|whereas|meeting|talks|call|visit)\b)[^.;:]){0,140}?\b(?:(?:has|have|had) not (?:yet )?been (?:scheduled|set|fixed|confirmed|arranged|held)|(?:did|has|have|had) not (?:yet )?(?:take|taken) place|never (?:took|taken) place|(?:was|were|has been|had been) (?:cancelled|canceled|called off|postponed|shelved|scrapped))\b/i;

/**
 * "called Putin a “war criminal”": after the object of "called" comes a name for them, not a conversation. For any
 * direct-object verb, a possessive object ("met Putin's envoy", "called Biden's remarks") is not the person met.
 */
export function calledAName(text: string, objectEnd: number, called = true): boolean {
  const after = text.slice(objectEnd);
  if (/^[’']s\b/.test(after)) return true;
  return called && /^(?:\s*(?:an?|the|his|her|its|their|"|“|‘|«|one of)\s|\s*[“"‘«])/.test(after);
}
