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
  /** "Participants in the call included A, B and C", "was also attended by A": people added to the call before. */
  | 'participants'
  /** "A took part in a videoconference ..., alongside B, C and D": subject plus the list after "alongside". */
  | 'took-part'
  /** "a video call chaired by A": names who held a call whose other participants come later. */
  | 'host';

export interface Trigger {
  shape: TriggerShape;
  start: number;
  /** Where the object (or list) search starts. */
  end: number;
  text: string;
  /** The trigger is a verb ("spoke") rather than a noun ("a call with"); verbs need a tense check. */
  verb: boolean;
  mode: ContactMode;
  /** Who started the contact by the trigger's own words: "phoned B" (subject), "received a call from B" (object). */
  initiator: 'subject' | 'object' | null;
  /** Verb-final order (translated German/Dutch): "has on Friday with B telephoned": where the verb stands. */
  verbAt?: number;
  /** A session two people co-chaired: background to the article's pair, so it never becomes the pair "their" means. */
  background?: boolean;
}

/** "since their last call", "since their meeting in May": a noun trigger that opens a "since" bound. */
export const opensWithSince = (t: Trigger): boolean => /^since\s/i.test(t.text);

const DAY_WORD = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
// "came together with B" is Turkish "bir araya geldi" in translation: a meeting. Every gate and pattern below uses this.
const TOGETHER = '(?:came|come|comes) together';

/** Words allowed between a contact verb and its "with"/"to": "spoke by phone today with", "talked for about an hour with". */
const UPPER_WORD = '[A-Z\\u00C0-\\u00DE][A-Za-z\\u00C0-\\u024F’\'-]+';
const GAP = '(?:\\s+(?:' + UPPER_WORD + '|\\(\\w+\\)|by|phone|telephone|the|on|over|via|video|videolink|link|today|yesterday|tonight|this|personally|directly|again|separately|briefly|privately|also|earlier|later|first|for|about|around|an|a|hour|hours|minutes?|last|week|night|morning|evening|afternoon|once|twice|extensively|at|length|virtually|in|person|several|times|late|early|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\\d+|two|three|half|secure|line|frequently|regularly|repeatedly)){0,7}';

// "telephoned with B" is translated German/Russian ("telefonierte mit").
const SPEAK_VERB = '(?:dined|lunched|' + TOGETHER + '|spoke|spoken|(?:tele)?phoned|speaks|speak|speaking|talked|talks|talk|talking|conferred|confers|consulted|chatted|met|meets|meet|meeting|negotiated|conversed|discussed|sat down|sits down|shook hands|(?:was|were|got|been) on the (?:tele)?phone|(?:been|was|were|remained|stayed|kept|got) in (?:close |regular |constant |frequent |direct )?touch)';
// No `i` flag: the gap's capital must mean a capital letter (and no `u` flag: plain patterns run faster).
// "to" before a bare lower-case word is an infinitive ("met to discuss", "talks to deepen ties"), not a person.
const TO_PERSON = '(?!\\s+(?!(?:the|a|an|his|her|their|its|our|my|your|him|them|me|us|you|each|both|all|one|some|several|this|that|these|those|two|three)\\b)[a-z]+\\b)';
const VERB_WITH = new RegExp(`(${SPEAK_VERB})${GAP}\\s+(with|to${TO_PERSON})\\b`, 'y');

/**
 * Nouns of a conversation: "a telephone conversation with", "another phone call with", "held talks with". The words
 * before the noun ("telephone", "video", "in-person") give the mode and are read from the text around the match;
 * leaving them out of the pattern keeps it fast.
 */
/** Meals are meetings in person: "had lunch with B", "over dinner with B". */
const MEAL = 'lunch(?:eon)?|dinner|breakfast';
const CALL_NOUN = '(?:[Cc]alls?|bilaterals?|[Cc]onversations?|[Tt]alks?|[Mm]eetings?|[Dd]iscussions?|[Nn]egotiations|[Cc]onsultations|[Dd]ialogues?|[Cc]olloqui(?:um|a|ums)|videoconferences?|teleconferences?|videocalls?|(?<=video[ -])conferences?|chats?|exchanges?|summits?|contacts?|' + MEAL + ')';
/** Time words that may stand between a call noun and its "with": "held a video call yesterday with". */
// "held a videoconference on Tuesday (10) with": Brazilian style gives the day of the month in brackets.
const NOUN_GAP = '(?:\\s+(?:\\(\\d{1,2}\\)|also|already|yesterday|today|tonight|earlier|later|late|early|on|last|this|in|at|week|weekend|month|' + DAY_WORD + '|morning|evening|afternoon|night|' + UPPER_WORD + ')){0,4}';
/** A relative clause naming who held the conversation: "the conversation he had on Monday with", "the talks she held with". */
const NOUN_REL = '(?:\\s+(?:that\\s+|which\\s+)?(?:he|she|they|I|we)\\s+(?:had|held|has had|have had|had held))?';
// A closing mark may follow the noun: 'had a "good conversation" with'.
const NOUN_WITH = new RegExp(`(${CALL_NOUN})["”’']?${NOUN_REL}${NOUN_GAP}\\s+with\\b`, 'y');
/** "received a call from", "got a phone call from", "returned a call from" (the returner places the call). */
// Translations put the day first and say "contact": "received, yesterday (Tuesday), a telephone contact from B".
const CALL_FROM = /\b(received|got|took|answered|returned)(?:,?\s+(?:yesterday|today|on \w+|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+|\(\w+\)))*,?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:call|calls|contact)(?:\s+(?:yesterday|today|tonight|on \w+|last \w+|earlier|late \w+))?\s+from\b/g;
/** "A had been received by B", "was welcomed by B", "was received at the Ministry by B": a passive visit, the visitor first. */
// "was received today by B", "was received on Monday by B": the day may stand before "by".
const PASSIVE_BY = new RegExp(`\\b(?:was|were|had been|has been|have been|is|are|being)\\s+(?:(?:warmly|personally|also|then|only|first)\\s+)?(received|welcomed|hosted|greeted|visited|phoned|called|telephoned)(?:\\s+(?:today|yesterday|on\\s+${DAY_WORD}))?(?:\\s+(?:at|in)\\s+(?:the\\s+)?(?:[^\\s,.;]+|\\p{Lu}\\p{L}+\\s+\\p{Lu}\\p{L}+)(?:\\s+(?:in\\s+the\\s+past\\s+\\w+|last\\s+\\w+))?)?\\s+by\\b`, 'gu');
/** "received the visit of B", "accepted the visit of B" (Romance and Indonesian "recibió la visita de"): B came to see the subject. */
const VISIT_OF = /\b(?:received|receives|accepted|welcomed|had)\s+(?:the|a)\s+(?:[\w-]+\s+)?visit\s+(?:of|from)\b/g;
/** "reached out to B": the subject contacted B. */
const REACHED = /\breached out\s+to\b/g;
/** A call in which the subject took part, with the others after "alongside": "took part in a videoconference". */
const TOOK_PART_RE = new RegExp(`\\b(?:took|take|takes|taking) part(?:\\s+\\w+){0,3}?\\s+in\\s+(?:a|an|the|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:${CALL_NOUN})\\b`, 'g');
/** "A convened a virtual meeting of regional foreign ministers": A held a call whose participants come later. */
const CONVENED = new RegExp(`\\b(convened|hosted|chaired|organi[sz]ed|led|called)\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:${CALL_NOUN})\\b`, 'g');
/** "Rotich also joined the video conference": one more participant of the call just reported. */
const JOINED = new RegExp(`\\b(?:also\\s+)?joined\\s+(?:the|a|an|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:${CALL_NOUN})\\b`, 'g');
/** "Foreign Minister C was also present at the meeting", "C also attended the talks": one more participant. */
const PRESENT_AT = /\b(?:(?:was|were)\s+(?:also\s+)?present\s+(?:at|in|during|for)|also\s+attended)\s+(?:the|their)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|call|conversation|videoconference|video conference)\b/g;
/** "a video call chaired by A": A held the call. */
const HOSTED = new RegExp(`(?:${CALL_NOUN})\\s+(chaired|hosted|convened|led|organi[sz]ed|called)\\s+by\\b`, 'y');
/** "in a phone call on Wednesday" after "A and B clashed": a call noun without "with", its people before it. */
// Without an article only after a mode word: "agreed in video talks" (bare "in talks" is a negotiation under way).
const NOUN_BARE = new RegExp(`\\b(?:(?:[Ii]n|[Dd]uring|[Oo]ver|[Vv]ia|[Oo]n|[Aa]fter|[Ss]ince|[Ff]ollowing)\\s+(?:(?:a|an|the|their)\\s+(?:[\\w-]+\\s+){0,2}?|(?=(?:video|videoconference|video-conference|videolink|phone|telephone|telephonic|virtual|online|face-to-face|in-person)\\s)[\\w-]+\\s+)|(?:recalled|recalling|remembered|(?:referred|referring|returned|returning) to|(?:built|building) on|(?:followed|following) up on)(?:\\s+with\\s+[a-z]+|\\s+(?:warmly|fondly))?\\s+(?:their|the)\\s+(?:[\\w-]+\\s+){0,2}?)${CALL_NOUN}\\b(?!\\s+(?:with|between))`, 'g');
// "the Summit Meeting held in Tokyo on August 23 between A and B": where and when may stand before "between".
const NOUN_BETWEEN = new RegExp(`(${CALL_NOUN})\\s+(?:[\\w()]+\\s+){0,6}?between\\b`, 'y');

/**
 * A courtesy visit: "paid a courtesy call on B", "called on B at Malacañang Palace" (not "called on B to …", checked
 * once the object is known).
 */
const CALLED_ON = /\b(?:(?:paid|pays|paying)\s+(?:a\s+)?(?:courtesy\s+)?(?:call|visit)\s+on|called\s+on)(?=\s+(?:\p{Lu}|the\s+\p{Lu}|him\b|her\b))/gu;
/** "under the co-chairmanship of A and B", "co-chaired by A and B": a meeting both chaired, both named after. */
const CO_CHAIRED = /\b(?:co-?chair(?:ed|manship)|co-?presid(?:ed|ency)|joint chairmanship)\s+(?:by|of)\b/gi;
/** "hosted a US Coast Guard delegation led by B": the host met the delegation's head. */
// "received a delegation of the Christian Association of Nigeria led by its President, B": the body may be named.
const DELEGATION_LED = /\b(?:hosted|received|welcomed|met(?:\s+with)?)\s+(?:a|an|the)\s+(?:[\w.-]+\s+){0,5}?delegations?\s+(?:(?:of|from)\s+(?:the\s+)?(?:[\p{Lu}][\w.'’-]*\s+(?:of\s+|and\s+|for\s+)?){1,6})?(?:led|headed)\s+by\b/gu;
/**
 * Translated orders: "Wang Yi in Brussels with B held the 13th round of strategic dialogue" (Chinese, Korean: the
 * "with" phrase before the verb) and "held with B a strategic dialogue" (French: the object before the noun).
 */
const WITH_HELD = new RegExp(`\\bwith\\s+[^.;,]{3,80}?\\s(held|had|conducted)\\s+(?:a\\s+|an\\s+|the\\s+)?(?:[\\w-]+\\s+){0,4}?(?:rounds?|${CALL_NOUN})\\b`, 'dg');
const HELD_WITH = new RegExp(`\\b(?:held|had|conducted)\\s+with(?=\\s+[^.;]{3,120}?\\s(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,3}?${CALL_NOUN}\\b)`, 'g');

/**
 * "had discussed the project by phone with B", "discussed the matter with B": a topic between the verb and "with"
 * (up to eight words, no clause break). The mode words may stand in the gap.
 */
const DISCUSSED_WITH = /\b(?:discussed|discusses|raised|reviewed)\s+(?:[^\s.;,:"“”]+\s+){1,8}?with\b(?=\s+(?:\p{Lu}|the\s+\p{Lu}|his\s|her\s|him\b|them\b|the\s+[a-z]+\s+(?:minister|president|leader|premier|chancellor|secretary)))/gu;

/** Italian "ha sentito al telefono B" in translation: "had heard by telephone (also) B" is a phone call to B. */
const HEARD_BY_PHONE = /\bheard\s+(?:by|on the|over the)\s+(?:tele)?phone(?:\s+also)?(?=\s+(?:the\s+\p{Lu}|\p{Lu}))/gu;

/** Direct objects: "phoned Nikolai Patrushev", "rang him", "called Biden on Friday", "met Lavrov in Geneva". */
// "after meeting B" (not "the meeting B held"); "visited B" is a visit in person. Translated word order may put the
// place first: "received in the Presidential Complex the Foreign Minister of Ukraine B", "received in Istanbul the …".
/** When, between a visit verb and its object: "this Wednesday", ", today Monday,", "on Tuesday". */
const VISIT_WHEN = `(?:,?\\s+(?:yesterday|today|last week|today ${DAY_WORD}|(?:on|this) ${DAY_WORD}|this (?:morning|afternoon|evening|week)),?)`;
/**
 * An office in lower case after "the", as a visit verb's object: "met the ministers", "received today at the
 * Farnesina the vice prime minister …" (translated order, after the place).
 */
const LOWER_OFFICE = '(?:co-|vice[- ])?(?:prime\\s+|foreign\\s+)?(?:chairs?|heads?|leaders?|members?|envoys?|ministers?|presidents?|delegates?|mayors?|governors?|ambassadors?|secretary|premiers?|chancellors?|kings?|queens?|emirs?|princes?|commanders?|chiefs?)\\b';
const DIRECT = new RegExp(
  '\\b(phoned|telephoned|rang|rung|called|contacted|dialled|dialed|met|meets|hosted|welcomed|received|visited|greeted|(?<!\\b(?:a|the|this|that|their|his|her|its|which|first|next|last|each|every)\\s)meeting)' +
    '(?:\\s+(?:back|up|again|personally|separately|briefly|in audience))?' + VISIT_WHEN + '?' +
    // Translated order may put the place, and then the day, before the object: "received in Baghdad, today Monday, the …".
    `(?:\\s+(?:in|at)(?:\\s+the)?(?:\\s+\\p{Lu}[\\p{L}’'-]*){1,4}(?:\\s+of(?:\\s+\\p{Lu}[\\p{L}’'-]*){1,2})?(?:\\s+on\\s+(?:the\\s+)?(?:last\\s+)?\\p{Lu}\\p{Ll}+day)?${VISIT_WHEN}?(?=\\s+the\\s+(?:\\p{Lu}|${LOWER_OFFICE})))?` +
    // "met junta leader B", "meeting opposition leaders A and B": a lower-case role phrase before the name.
    '\\s+(?=[\\p{Lu}]|(?:[a-z][\\w-]*\\s+){1,2}(?:leaders?|chiefs?|commanders?|heads?|envoys?|negotiators?|counterparts?)\\s+\\p{Lu}|him\\b|her\\b|them\\b|his\\b|her\\b|the\\s+(?:\\p{Lu}|' + LOWER_OFFICE + '))',
  'gu',
);

/** Subject-only verbs after a plural subject: "A and B spoke", "the two men talked for about an hour". */
const PLURAL_VERB = new RegExp(`(?:spoke|spoken|talked|met|${TOGETHER}|conferred|chatted|held (?:[a-z][\\w-]* ){0,2}?(?:talks|negotiations|consultations)|co-hosted|co-chaired|saw each other|shook hands|(?:discussed|talked about)(?=[^.;]{0,60}?\\b(?:by (?:tele)?phone|by video|over the phone))|(?:tele)?phoned(?=\\s*(?:[.,;]|and\\b|$))|(?:held|had|hold|have) (?:(?:a|an|their) |(?:today|yesterday) )(?:[\\w’'-]+ ){0,3}?${CALL_NOUN}|(?:held|had|hold|have) (?:(?:a|an|another|more than|nearly|almost|about|some|over|several|two|three|four|five|six|many) )*(?:[\\w-]+ )?(?:hours?|rounds?|days?) of (?:[\\w-]+ )?${CALL_NOUN})\\b`, 'y');

/** "Participants in the call included A, B and C" (readouts list every participant). */
// "Taking part in the conversation were A and B" (inverted order in translation).
const PARTICIPANTS = /\b(?:(?:[Pp]articipants|[Tt]hose taking part|[Oo]ther participants|[Aa]ttendees|also (?:on|in) the call (?:were|was))\b[^.;]{0,40}?\b(?:included|include|were|was)|(?:was|were) (?:also )?(?:attended|joined) by|[Tt]aking part in the (?:call|conversation|meeting|videoconference|video conference|talks) (?:were|was))\b/g;

/** Words of a sentence that may hold a noun trigger (lower-cased). */
const NOUN_GATE = new RegExp(`${MEAL}|call|conversation|talk|meeting|discussion|conference|chat|exchange|summit|contact|bilateral|negotiation|consultation|dialogue|colloqui`);
const MEAL_MODE = new RegExp(`\\b(?:${MEAL}|dined|lunched)\\b`);

/** The mode a trigger implies by its own words; "call" alone is "unknown". */
const TOGETHER_RE = new RegExp(`\\b${TOGETHER}\\b`);

export function modeOf(words: string): ContactMode {
  const w = words.toLowerCase();
  if (/\b(?:video|videoconference|videolink|virtual|virtually|zoom|teleconference)\b/.test(w)) return 'video';
  if (/\b(?:phone|phoned|telephone|telephoned|telephonic(?:ally)?|rang|rung|dialled|dialed)\b|phone ?call/.test(w)) return 'phone';
  if (TOGETHER_RE.test(w) || /\b(?:met|meet|meets|meeting|meetings|talks|negotiations|consultations|summit|sat down|sits down|saw each other|shook hands|greeted|in-person|in person|face-to-face|visit|visited|hosted)\b/.test(w) || MEAL_MODE.test(w)) return 'in-person';
  return 'unknown';
}

/**
 * Where the sticky patterns above may start: the patterns are tried only at these word starts, which is much faster
 * than letting each one scan the sentence.
 */
const VERB_ANCHOR = new RegExp(`\\b(?:dined|lunched|${TOGETHER}|spok|speak|(?:tele)?phoned|talk|confer|consult|chatted|met|meet|negotiat|convers|discuss|sat down|sits down|shook hands|was on|were on|got on|been on|been in|was in|were in|remained in|stayed in|kept in|got in)`, 'g');
const NOUN_ANCHOR = new RegExp(`\\b(?:${MEAL}|[Cc]all|bilateral|[Cc]onversation|[Tt]alk|[Mm]eeting|[Dd]iscussion|[Nn]egotiation|[Cc]onsultation|[Dd]ialogue|[Cc]olloqui|videocon|telecon|videocall|conference|chat|exchange|summit|contact)`, 'g');
const PLURAL_ANCHOR = /\b(?:spoke|spoken|talked|met|conferred|chatted|held|had|hold|have|phoned|telephoned|saw|discussed|shook|co-hosted|co-chaired|came|come)\b/g;

/**
 * German order in translation: "A has on Wednesday the Irish Prime Minister B in the Chancellery with military honours
 * received." Group 1 ends where the object starts; group 2 is the verb at the clause's end.
 */
const DIRECT_VERB_FINAL = /\b(?:has|had)((?:\s+(?:on\s+\p{Lu}\p{Ll}+|yesterday|today|already|also|this\s+\w+))*)\s+(?=(?:the\s+)?\p{Lu})[^.;:]{3,140}?\s(received|welcomed|met)(?=\s*(?:[.;,]|and\b|$))/dgu;
/**
 * Verb-final order of translated text: "has on Friday with the Russian President B telephoned". The trigger is the
 * "with"; the verb must follow its object (checked against the names found).
 */
const WITH_VERB_FINAL = /\bwith\s+[^.;,]{3,80}?\s((?:tele)?phoned|spoken|talked|met)(?=\s*(?:[.,;]|and\b|$))/dg;

/** Word parts of a sentence that may hold a talking verb (lower-cased). */
const SPEAK_GATE = new RegExp(`dined|lunched|spok|speak|phoned|talk|confer|consult|chatted|met|meet|negotiat|convers|discuss|sat down|sits down|shook hands|on the phone|on the telephone| touch with|${TOGETHER}`);

/** All contact triggers in a sentence, in text order. */
export function findTriggers(text: string, lowered?: string): Trigger[] {
  const out: Trigger[] = [];
  const matches = (re: RegExp, anchor?: RegExp): RegExpExecArray[] => {
    const found: RegExpExecArray[] = [];
    if (!anchor) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) found.push(m);
      return found;
    }
    anchor.lastIndex = 0;
    for (let a = anchor.exec(text); a; a = anchor.exec(text)) {
      re.lastIndex = a.index;
      const m = re.exec(text);
      if (m) { found.push(m); anchor.lastIndex = Math.max(anchor.lastIndex, m.index + m[0].length); }
    }
    return found;
  };
  const scan = (re: RegExp, shape: TriggerShape, verb: boolean, initiator: Trigger['initiator'] | ((m: RegExpMatchArray) => Trigger['initiator']), mode?: (m: RegExpMatchArray) => ContactMode, anchor?: RegExp, background = false): void => {
    for (const m of matches(re, anchor)) {
      // The mode words may stand just before a noun trigger: "a telephone conversation with".
      const around = verb ? m[0] : text.slice(Math.max(0, m.index - 24), m.index + m[0].length);
      const t: Trigger = {
        shape, start: m.index, end: m.index + m[0].length, text: m[0], verb,
        mode: mode ? mode(m) : modeOf(around), initiator: typeof initiator === 'function' ? initiator(m) : initiator,
        ...(background ? { background } : {}),
      };
      if (!out.some((o) => t.start < o.end && t.end > o.start)) out.push(t);
    }
  };
  /**
   * Verb-final orders ("with B telephoned", "with B held talks"): the trigger is the "with" (`shape` 'with'), or the
   * auxiliary whose adverbs group 1 holds ('direct': "has on Wednesday B … received"); the last group is the verb,
   * which must follow the object (checked against the names found). `modeText` gives the words that carry the mode.
   */
  const scanVerbFinal = (re: RegExp, modeText: (m: RegExpExecArray) => string, shape: 'with' | 'direct' = 'with'): void => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const verbGroup = shape === 'direct' ? 2 : 1;
      const end = shape === 'direct' ? m.indices?.[1]?.[1] ?? m.index + 3 : m.index + 4;
      const verbAt = m.indices?.[verbGroup]?.[0] ?? m.index;
      const t: Trigger = { shape, start: m.index, end, text: shape === 'direct' ? text.slice(m.index, end) : m[0], verb: true, mode: modeOf(modeText(m)), initiator: null, verbAt };
      if (!out.some((o) => t.start < o.end && m.index + m[0].length > o.start)) out.push(t);
    }
  };
  // Cheap gates first: each family of patterns runs only when its anchor words occur (speed, not meaning).
  const lower = lowered ?? text.toLowerCase();
  const has = (re: RegExp): boolean => re.test(lower);
  const noun = has(NOUN_GATE);
  const speak = has(SPEAK_GATE);
  const participants = has(/particip|taking part|attendees|attended by|joined by|on the call|in the call/);
  if (participants) scan(PARTICIPANTS, 'participants', false, null);
  if (noun) {
    if (has(/ by/)) scan(HOSTED, 'host', false, (m) => (/^(?:chaired|led)$/i.test(m[1] ?? '') ? null : 'subject'), undefined, NOUN_ANCHOR);
    // Who convenes or hosts a call started it; who chairs or leads it may not have.
    if (has(/convened|hosted|chaired|organi|led |called /)) {
      scan(CONVENED, 'with', false, (m) => (/^(?:chaired|led)$/i.test(m[1] ?? '') ? null : 'subject'));
    }
    if (has(/joined/)) scan(JOINED, 'took-part', true, null);
    if (has(/present|attended/)) scan(PRESENT_AT, 'took-part', true, null);
    if (has(/ part /)) scan(TOOK_PART_RE, 'took-part', true, null);
    if (has(/ from/)) {
      scan(CALL_FROM, 'with', true, (m) => (/^returned/i.test(m[1] ?? '') ? 'subject' : /courtesy/i.test(m[0]) ? null : 'object'),
        // "received a courtesy call from B" is a visit.
        (m) => (/courtesy/i.test(m[0]) ? 'in-person' : modeOf(m[0]) === 'unknown' ? 'phone' : modeOf(m[0])));
    }
  }
  if (has(/reached out/)) scan(REACHED, 'with', true, 'subject');
  if (has(/ visit of| visit from/)) scan(VISIT_OF, 'with', true, null, () => 'in-person');
  // The caller of a passive call is the agent: "A was phoned by B".
  if (has(/ by/)) scan(PASSIVE_BY, 'with', true, (m) => (/phoned|called|telephoned/.test(m[1] ?? '') ? 'object' : null),
    (m) => (/phoned|called|telephoned/.test(m[1] ?? '') ? 'phone' : 'in-person'));
  if (noun && has(/between/)) scan(NOUN_BETWEEN, 'between', false, null, undefined, NOUN_ANCHOR);
  if (noun && has(/ with/)) scan(NOUN_WITH, 'with', false, null, undefined, NOUN_ANCHOR);
  if (speak && has(/ with| to /)) scan(VERB_WITH, 'with', true, null, undefined, VERB_ANCHOR);
  // "called B" is a telephone call placed by the subject; "met B" and "contacted B" say nothing of who started.
  if (has(/phoned|rang|rung|called|contacted|dialed|dialled|met |meets |hosted|welcomed|received|visited|greeted|meeting /)) {
    // The host of a visit ("hosted Scholz", "received X in the Kremlin") is not said to have started the contact.
    scan(DIRECT, 'direct', true, (m) => (/^(?:met|meets|meeting|contacted|hosted|welcomed|received|visited|greeted)$/i.test(m[1] ?? '') ? null : 'subject'),
      (m) => (/^called$/i.test(m[1] ?? '') ? 'phone' : /^(?:hosted|welcomed|received|visited|greeted)$/i.test(m[1] ?? '') ? 'in-person' : modeOf(m[0])));
  }
  if (has(/discuss|raised|reviewed/) && has(/ with /)) scan(DISCUSSED_WITH, 'with', true, null);
  if (has(/heard by|heard on the|heard over the/)) scan(HEARD_BY_PHONE, 'direct', true, null, () => 'phone');
  if (has(/called on|courtesy|paid a|pays a/)) scan(CALLED_ON, 'direct', true, null, () => 'in-person');
  if (has(/co-?chair|co-?presid|joint chair/)) scan(CO_CHAIRED, 'between', false, null, undefined, undefined, true);
  if (has(/delegation/)) scan(DELEGATION_LED, 'with', true, null, () => 'in-person');
  if (noun && has(/held with|had with|conducted with/)) scan(HELD_WITH, 'with', true, null);
  if (noun && has(/ with /)) scanVerbFinal(WITH_HELD, (m) => m[0]);
  if (has(/ with /) && has(/\b(?:(?:tele)?phoned|spoken|talked|met)\s*(?:[.,;]|and\b|$)/)) scanVerbFinal(WITH_VERB_FINAL, (m) => m[1] ?? '');
  if (has(/\b(?:has|had) /) && has(/\b(?:received|welcomed|met)\s*(?:[.,;]|and\b|$)/)) scanVerbFinal(DIRECT_VERB_FINAL, () => 'in person', 'direct');
  if (speak || noun || has(/phoned|each other|shook hands|co-hosted|co-chaired/)) scan(PLURAL_VERB, 'plural', true, null, undefined, PLURAL_ANCHOR);
  if (noun && has(/in |during|over|via|on |after|since|following|recall|remembered|to their|built on|building on/)) scan(NOUN_BARE, 'plural', false, null);
  return out.sort((a, b) => a.start - b.start);
}

const ANCHORS = new RegExp(`\\b(?:${MEAL}|dined|spok|speak|talk|met\\b|meet|confer|consult|chatt|negotiat|convers|call|dialogue|colloqui|heard by|delegation|co-?chair|co-?presid|phon|telephon|rang\\b|rung\\b|contact|dial|particip|summit|exchange|discuss|reached out|attended|present|joined|t(?:ook|ake|aking) part|video|receiv|hosted|welcom|visit|greeted|sat down|sits down|shook hands|each other|bilateral|touch with|${TOGETHER})`);

/** Cheap test run before anything else (on the lower-cased sentence): without these word parts, no contact. */
export function mayHoldContact(lower: string): boolean {
  return ANCHORS.test(lower);
}
