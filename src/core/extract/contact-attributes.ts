// What a sentence says about a conversation besides who took part: who started it, how long, in what tone, and
// whether the other side confirmed it.
import { NATIONALITIES } from './vocabulary.js';

/** "lasted about an hour", "for 90 minutes", "a two-hour phone call". */
const DURATION = /\b(?:lasted|lasting|for|during|after)?\s*((?:about|around|roughly|nearly|almost|more than|less than|over|under|some|approximately|just under|just over|a little (?:under|over|more than|less than)|slightly (?:under|over|more than|less than)|close to|at least|an estimated)\s+)?((?:an?|one|two|three|four|five|six|\d+|half an?|an? half)\s+(?:and a half\s+)?(?:hours?|minutes?)(?:\s+and\s+a\s+half)?)(?!\s+(?:later|ago|before|after|earlier|into))\b/i;
const DURATION_ADJ = /\b((?:\d+|one|two|three|four|five|six|half|90|45|30)[- ](?:hour|minute))(?:-long)?\s+(?:(?:tele)?phone |video )?(?:call|conversation|talks|meeting|discussion)\b|\b(hour-long)\s+(?:(?:tele)?phone |video )?(?:call|conversation|talks|meeting)\b/i;

/** A duration phrase as the text gives it ("about an hour", "two hours" for "a two-hour call"). */
export function findDuration(text: string): string | null {
  if (!/hour|minute/i.test(text)) return null;
  const m = DURATION.exec(text);
  if (m?.[2] && /\b(?:last|for|call|conversation|talk|spoke|met|meeting|lasting|lasted)/i.test(text)) {
    return `${m[1] ?? ''}${m[2]}`.replace(/\s+/g, ' ').trim();
  }
  const a = DURATION_ADJ.exec(text);
  if (a?.[1]) {
    const [n, unit] = a[1].split(/[- ]/);
    return `${n} ${unit}${n === 'one' || n === '1' ? '' : 's'}`;
  }
  if (a?.[2]) return 'an hour';
  return null;
}

const TONE_WORDS = 'professional|constructive|productive|frank|candid|cordial|businesslike|business-like|tense|warm|friendly|substantive|detailed|useful|positive|difficult|respectful|good|open|direct|long|lengthy|brief|short|thorough|heated|pragmatic';
const TONE_AS = new RegExp(`\\b(?:described|characterized|characterised|called)\\s+(?:the|their|it|its|his|her)?\\s*(?:conversation|call|talks|meeting|discussion|exchange|tone)?\\s*as\\s+(?:an?\\s+)?[“"‘']?(${TONE_WORDS})\\b`, 'iu');
const TONE_WAS = new RegExp(`\\b(?:tone|conversation|call|talks|meeting|discussion)(?: of the (?:talks|conversation|call|meeting))?\\s+(?:was|were|had been)\\s+(?:an?\\s+)?(?:very\\s+)?[“"‘']?(${TONE_WORDS})\\b`, 'iu');
const TONE_ADJ = new RegExp(`\\b(?:an?|the|their)\\s+(?:very\\s+)?(${TONE_WORDS.replace(/\|long\|lengthy\|brief\|short/, '')})\\s+(?:and\\s+\\w+\\s+)?(?:(?:tele)?phone\\s+|video\\s+)?(?:conversation|call|talks|meeting|discussion|exchange)\\b`, 'iu');

/** The tone of a conversation where the text states it ("professional", "constructive"). */
const TONE_ANY = new RegExp(`\\b(?:${TONE_WORDS})\\b`, 'iu');

export function findTone(text: string): string | null {
  if (!TONE_ANY.test(text)) return null;
  const m = TONE_AS.exec(text) ?? TONE_WAS.exec(text) ?? TONE_ADJ.exec(text);
  return m?.[1]?.toLowerCase() ?? null;
}

/** Words of a country's side: "the American side", "the Russian side", "Washington", "the Kremlin". */
const SIDE_NAMES: Record<string, string> = {
  'united states': 'us', america: 'us', 'united kingdom': 'gb', washington: 'us', 'white house': 'us', pentagon: 'us', 'state department': 'us', americans: 'us',
  moscow: 'ru', kremlin: 'ru', russians: 'ru', kyiv: 'ua', kiev: 'ua', ukrainians: 'ua', beijing: 'cn',
  eu: 'eu', 'european union': 'eu', brussels: 'eu', 'european commission': 'eu',
  london: 'gb', 'downing street': 'gb', paris: 'fr', elysee: 'fr', berlin: 'de', tehran: 'ir', ankara: 'tr',
};

/** The country a side phrase names ("the American side" → us), or null. */
export function sideCountry(phrase: string): string | null {
  const p = phrase.toLowerCase().replace(/^the\s+/, '').replace(/\s+(?:side|party|delegation|government|administration)$/, '').replace(/^(?:u\.s\.?|us)$/, 'us').trim();
  return NATIONALITIES[p] ?? SIDE_NAMES[p] ?? null;
}

export type InitiatorCue =
  | { kind: 'side'; country: string }
  | { kind: 'name'; text: string }
  /** "at the latter's request": the participant named last (or first, for "the former"). */
  | { kind: 'order'; last: boolean };

/** "at the latter's request", "at Kyiv's initiative", "at Macron's invitation". */
const POSSESSIVE_REQUEST = /\bat (?:the )?(latter|former|\p{Lu}[\p{L}-]+(?: (?:side|party|delegation))?)[’']s (?:request|initiative|invitation|behest|suggestion)\b/u;
/**
 * "Wang Yi according to request had a telephone conversation with B", "upon invitation": a request with no one named
 * is the other side's, so the participant named last asked for the contact (the readout's own side never requests).
 */
const BARE_REQUEST = /\b(?:according to|upon|on|at)\s+(?:the\s+)?(?:request|invitation)\b(?!\s+of\b)/iu;

const AT_INITIATIVE = /\b(?:at the (?:initiative|request|invitation|behest|suggestion) of|initiated by|requested by|on the initiative of|at the initiative of)\s+((?:the\s+)?[\p{L}.’' -]+?)(?=[,.;”"]|\s+(?:and|to|on|in|after|which|who|said)\b|$)/iu;
const RECEIVED_FROM = /\b(?:received|got|took|answered)\s+(?:a|an|the)\s+(?:(?:tele)?phone\s+|video\s+)?call\s+from\s+((?:the\s+)?[\p{L}.’' -]+?)(?=[,.;”"]|\s+(?:and|to|on|in|after|which|who|said|about)\b|$)/iu;

/** An initiator cue in a sentence: "at the initiative of the American side", "received a call from X". */
export function findInitiatorCue(text: string): InitiatorCue | null {
  if (!/initiat|request|invitation|behest|suggestion|call from/i.test(text)) return null;
  const own = POSSESSIVE_REQUEST.exec(text);
  if (own?.[1]) {
    if (own[1] === 'latter' || own[1] === 'former') return { kind: 'order', last: own[1] === 'latter' };
    const country = sideCountry(own[1]);
    return country ? { kind: 'side', country } : { kind: 'name', text: own[1] };
  }
  const m = AT_INITIATIVE.exec(text) ?? RECEIVED_FROM.exec(text);
  const who = m?.[1]?.trim();
  if (!who) return BARE_REQUEST.test(text) ? { kind: 'order', last: true } : null;
  const country = sideCountry(who);
  return country ? { kind: 'side', country } : { kind: 'name', text: who };
}

/** "X reached out to Y", "X initiated the call", "X returned a call from Y": the subject started the contact. */
export const SUBJECT_INITIATES = /\b(?:reached out to|(?:had |who )?requested the (?:call|conversation|meeting|talks)|initiated (?:the|a)\s+(?:call|conversation|talks)|returned (?:a|the|his|her)\s+(?:\w+\s+)?call|placed (?:a|the) call to|put in a call to|made (?:a|the) call to|(?:called|phoned|rang|telephoned)(?: him| her| them)? to (?!be\b)[a-z]+)\b/i;

/** One side claims the contact and the other has not confirmed it. */
const UNCONFIRMED = /\b(?:(?:has|have|had|did)\s+not\s+(?:yet\s+)?(?:confirm(?:ed)?|acknowledge[d]?)|(?:has|have|had) yet to confirm|no (?:official )?confirmation|could not (?:be )?(?:independently )?(?:confirm(?:ed)?|verif(?:y|ied))|unconfirmed|denied (?:that )?(?:any|the|a) (?:call|conversation|meeting|talks|contact)|claimed)\b/i;

export function isUnconfirmedCue(text: string): boolean {
  return /confirm|claim|verif|denied/.test(text) && UNCONFIRMED.test(text);
}
