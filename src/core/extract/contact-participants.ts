// Who takes part in a conversation a trigger states: the subject before it, the objects or the list after it,
// pronouns ("spoke to him"), and plural anaphora ("the two men talked") resolved to the previous pair.
import type { PersonRef } from '../types.js';
import type { RichContext } from './build-context.js';
import type { PersonMention } from './context.js';
import { MEDIA } from './contact-traps.js';
import { isCapitalised } from './names.js';
import { turnSpeaker } from './contact-speaker.js';
import { resolvePronoun } from './pronouns.js';
import { NATIONALITIES, ROLE_HEADS, ROLE_MODIFIERS, nationalityOf } from './vocabulary.js';
import { insideQuote } from './quote-marks.js';

const GAP_WORDS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'of', 'to', 'for', 'and', 'top', 'new',
  'then', 'newly', 'appointed', 'elected', 'outgoing', 'incoming', 'two', 'both']);

const isRoleWord = (w: string): boolean => {
  const l = w.toLowerCase();
  return isCapitalised(w) || GAP_WORDS.has(l) || ROLE_HEADS.has(l) || ROLE_MODIFIERS.has(l) || l in NATIONALITIES ||
    /^[-–]$/.test(w);
};

/**
 * True when the words between a trigger and a name are only a role: "with his Ukrainian counterpart, ",
 * "met Britain’s climate envoy Dr ", "with the UN Secretary-General's special envoy for the grain initiative, ".
 * A few other lower-case words are allowed when the gap names a role (a head noun) and is short.
 */
function isRoleGap(gap: string): boolean {
  // Official readouts give whole titles ("High Representative of the European Union for Foreign Affairs and Security
  // Policy and Vice-President of the European Commission "): a long gap passes only when every word is a title word.
  if (gap.length > 180 || MEDIA.test(gap)) return false;
  // "met with a delegation of the Japanese parliament led by Taro Kishimoto"
  if (/^\s*(?:a|the|an)\s+(?:\w+\s+){0,6}?(?:led|headed)\s+by\s+$/.test(gap)) return true;
  // An apostrophe inside a word keeps it whole ("Hon'ble"); quotation marks around words go.
  const words = gap.replace(/[’']s\b/g, '').replace(/[,()]/g, ' ').split(/\s+/).map((w) => w.replace(/^[’']+|[’']+$/g, '')).filter(Boolean);
  const odd = words.filter((w) => !isRoleWord(w));
  if (odd.length === 0) return true;
  if (gap.length > 110) return false;
  // Plural heads count too: "the co-chairs of the committee, Dr A and Dr B".
  const hasHead = words.some((w) => { const l = w.toLowerCase(); return ROLE_HEADS.has(l) || ROLE_HEADS.has(l.replace(/^co-/, '').replace(/s$/, '')); });
  // "with his Ukrainian colleague B", "his South African homologue, B" (translated text): a counterpart.
  const colleague = /\b(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(?:colleagues?|homologues?)\b/u.test(gap);
  // An apposition set off by a comma may hold a longer description ("the ... envoy for the grain initiative, "); a
  // title may follow the comma ("…, Dr ").
  const appositive = /,\s*(?:\p{Lu}[\p{L}.]*\s+)?$/u.test(gap) && /^\s*(?:the|a|an|his|her|their)\b/i.test(gap);
  return (hasHead || colleague) && (odd.length <= 2 || (appositive && odd.length <= 5)) && !odd.some((w) => /^(?:said|says|told|and|but|who|which|that|when|after|before|because|while|to)$/i.test(w));
}

/** Prepositions that make a name an object, not the subject ("with Lavrov", "to Biden"). */
const OBJECT_BEFORE = /\b(?:with|to|by|of|for|from|on|at|against|about|between|than|as|like|via|toward|towards|called|phoned|met|meets|meeting|told|urged|asked|received|receives|hosted|hosts|welcomed|welcomes|visited|visits)\s*$/i;

/** Days and months are capitalised but never part of a title ("on Monday the foreign minister X"). */
const CALENDAR = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|june|july|august|september|october|november|december)$/;

const roleLike = (w: string): boolean => {
  const l = w.toLowerCase().replace(/[,’']s?$/, '');
  if (CALENDAR.test(l)) return false;
  return isCapitalised(w) || ROLE_HEADS.has(l) || ROLE_MODIFIERS.has(l) || l in NATIONALITIES;
};

/** A capitalised owner: "Angola's", "Faso’s". */
const POSSESSOR_WORD = /^\p{Lu}.*[’']s$/u;

/**
 * Strip a role standing before a name: "with Russian Defense Minister " → "with ". Connectors stay part of the
 * role only inside it ("Minister of State for Foreign Affairs"), so "talked to Foreign Minister " keeps its "to".
 */
function stripRole(before: string): string {
  const words = before.split(/\s+/);
  if (words[words.length - 1] === '') words.pop();
  let i = words.length - 1;
  while (i >= 0) {
    const w = words[i] ?? '';
    const l = w.toLowerCase();
    // A comma ends the role: "Later on Friday, Haldane" puts the name at the start of a clause. Not after a role
    // head: "with Georgia's economy minister, Mariam K." is an apposition, the name still the object of "with".
    if (w.endsWith(',') && !(i === words.length - 1 && ROLE_HEADS.has(l.slice(0, -1)) && i > 0)) break;
    if (w.endsWith(',')) { i--; continue; }
    if (roleLike(w) || l === 'his' || l === 'her' || l === 'their') { i--; continue; }
    // An owner opens the role: "met Burkina Faso's junta leader Captain B" (the name is still the object of "met");
    // a plain word or two may stand between the owner and the head ("junta", "foreign policy").
    const owner = i < words.length - 1 && /^[a-z][a-z-]*$/.test(w) ? [i - 1, i - 2].find((k) => POSSESSOR_WORD.test(words[k] ?? '')) : undefined;
    if (owner !== undefined) { i = owner; continue; }
    if (POSSESSOR_WORD.test(w) && i < words.length - 1) {
      i--;
      while (i > 0 && /^\p{Lu}[\p{L}-]*$/u.test(words[i] ?? '') && !roleLike(words[i] ?? '')) i--;
      continue;
    }
    if (/^(?:of|the|for|to|and)$/.test(l) && i > 0 && roleLike(words[i - 1] ?? '') && i < words.length - 1) { i--; continue; }
    // "President of the European Commission": "the" after "of"/"for" inside a role.
    if (l === 'the' && i > 1 && /^(?:of|for)$/i.test(words[i - 1] ?? '') && roleLike(words[i - 2] ?? '') && i < words.length - 1) { i--; continue; }
    break;
  }
  return words.slice(0, i + 1).join(' ');
}

/**
 * A role mention that is only the start of a longer proper name ("the General" of "the Chief of the General Staff")
 * names nobody: it is part of the role before the real name.
 */
function insideName(text: string, m: PersonMention): boolean {
  return /^the\s/.test(m.text) && /^\s+\p{Lu}/u.test(text.slice(m.end, m.end + 3));
}

export interface Participants { people: PersonRef[]; objectEnd: number }

/** "his meeting", "her first phone call": a possessive pronoun and up to three lower-case modifiers before the trigger. */
const POSSESSOR_JUST_BEFORE = /\b([Hh]is|[Hh]er)\s+(?:[a-z][\w-]*\s+){0,3}$/;

/** A lower-case past or present verb right before a name puts it in object position ("informed B", "thanks B"). */
const VERB_JUST_BEFORE = /\b[a-z]+(?:ed|es)\s*$/;
const inObjectPosition = (before: string): boolean => OBJECT_BEFORE.test(before) || VERB_JUST_BEFORE.test(before);

// "The two leaders, who last spoke by phone in May, …": a relative clause on the plural phrase has it as subject.
const PLURAL_JUST_BEFORE = /\b(?:the two|both|the pair|the two sides|the sides)(?:\s+[a-z][\w-]*){0,2}(?:\s+of\s+(?:state|government))?(?:\s*,\s*who)?(?:\s+(?:had|have|has|also|then|last|first|again|previously|already|personally|briefly|later|never))*\s+$/i;

/** Subject(s) of a trigger: the nearest name before it in subject position, with names joined to it by "and". */
export function subjectsBefore(ctx: RichContext, s: number, at: number, lastPair: PersonRef[] | null): PersonRef[] {
  const text = ctx.sentences[s]?.text ?? '';
  // "…, where the two presidents had a further exchange": a plural phrase right before the verb is its subject.
  const lead = text.slice(Math.max(0, at - 50), at);
  if (lastPair && /two|both|pair|sides/.test(lead) && PLURAL_JUST_BEFORE.test(lead)) return lastPair;
  // "Putin briefed Erdogan on his meeting with B": the possessor of the call noun is its subject, and "his" reads
  // as the clause's subject, not the nearest name.
  const poss = POSSESSOR_JUST_BEFORE.exec(lead);
  if (poss) {
    const offset = at - lead.length + poss.index;
    const here = ctx.people.mentionsIn(s).filter((m) => m.end <= offset && !insideQuote(text, m.start));
    // Named in its own sentence only as an object ("The President of Russia informed his Turkish counterpart about
    // his meeting"): the possessor is a subject this sentence names in another way; guessing would be wrong.
    if (here.length > 0 && here.every((m) => inObjectPosition(stripRole(text.slice(0, m.start))))) return [];
    const gender = poss[1]?.toLowerCase() === 'her' ? 'f' : 'm';
    // "B told reporters that President A had also briefed C on his conversation with D": "his" is the subject of
    // its own clause (A), the last name before it not in object position, when its gender does not rule it out.
    const subject = [...here].reverse().find((m) => !inObjectPosition(stripRole(text.slice(0, m.start))));
    const g = subject ? ctx.people.genderOf(subject.person) : null;
    if (subject && (g === null || g === gender)) return [subject.person];
    const p = genderFit(ctx, s, offset, gender, resolvePronoun(ctx, s, offset));
    return p ? [p] : [];
  }
  const ms = ctx.people.mentionsIn(s).filter((m) => m.end <= at && !insideName(text, m));
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i] as PersonMention;
    // "Official Spokesperson, Shri A: As you know, EAM spoke to B": a name before a colon labels or introduces what
    // follows; the verb after it has a subject of its own.
    if (text.slice(m.end, at).includes(':')) break;
    const before = stripRole(text.slice(0, m.start));
    if (OBJECT_BEFORE.test(before) && !/\band\s*$/.test(before)) continue;
    // "A, US President B's senior adviser for Africa, met C": the owner inside an apposition is not the subject.
    const owned = /^[’']s\s([^,]{1,60}),\s*$/u.exec(text.slice(m.end, at));
    const prevM = ms[i - 1];
    if (owned && prevM && /^\s*,\s*$/.test(stripRole(text.slice(prevM.end, m.start))) && isRoleGap(owned[1] ?? '')) continue;
    const out = [m.person];
    // "he and General Secretary To Lam had held a summit": a pronoun joined to the name is one more subject.
    const pron = /\b(he|she)\s+and\s*$/i.exec(before);
    if (pron) {
      const p = resolvePronoun(ctx, s, before.length - pron[0].length + pron.index, [m.person]);
      if (p && p !== m.person) return [p, m.person];
    }
    // "Shoigu and Austin also spoke", "A, B and C met" (an "and" must join the last two; "X, Lorenzo Bassetti,"
    // is an apposition).
    for (let j = i - 1; j >= 0; j--) {
      const prev = ms[j] as PersonMention;
      // "A of Chile and Mr B met": a country after the first name belongs to it.
      const gap = stripRole(text.slice(prev.end, ms[j + 1]?.start ?? m.start).replace(/^\s+of\s+(\p{Lu}\p{L}+)(?=\s*,?\s*and\s)/u, (all, c: string) => (nationalityOf(c) ? '' : all))) + ' ';
      const raw = text.slice(prev.end, ms[j + 1]?.start ?? m.start);
      // "Shri A, Official Spokesperson: B and C spoke": a transcript's speaker label is not one of the subjects.
      if (raw.includes(':')) break;
      // "A and his Canadian counterpart, B, spoke": the second name comes with an appositive role.
      // "A and the head of the Turkish ministry B held talks" too.
      // "A and Qatar's emir, Sheikh B, spoke": the role may be owned by a country.
      const appositive = j === i - 1 && /^\s*,?\s*and\s+(?:his|her|their|the|\p{Lu}[\p{L}.-]*[’']s)\s[^,]{0,60},?\s*(?:(?:Sheikh|Sheikha|Sir|Dame|Dr|Mr|Ms|Mrs|Prince|Princess|Gen)\.?\s+)?$/u.test(raw) && isRoleGap(raw.replace(/^\s*,?\s*and\s+/, '').replace(/^\p{Lu}[\p{L}.-]*[’']s\s/u, 'the '));
      const joined = appositive || (j === i - 1 ? /^\s*,?\s*and\s+$/.test(gap) : /^\s*,\s*$|^\s*,?\s*and\s+$/.test(gap));
      if (!joined) break;
      out.unshift(prev.person);
    }
    return out;
  }
  const clause = text.slice(Math.max(0, at - 80), at);
  const plural = /\b(?:the two|both|they|the pair|the sides|the two sides|the leaders|the ministers|the presidents)\b[^,;.]*$/i.exec(clause);
  if (plural && lastPair) return lastPair;
  const pron = /\b(?:he|she)\b(?!.*\b(?:he|she)\b)/i.exec(clause);
  if (pron) {
    const offset = at - clause.length + pron.index;
    const p = genderFit(ctx, s, offset, pron[0].toLowerCase() === 'she' ? 'f' : 'm', resolvePronoun(ctx, s, offset));
    // The speaker of a transcript turn says "I", never "he": "MS. X: The President … and he spoke to him".
    if (p && turnSpeaker(ctx, s) === p) return [];
    // "A has been in touch with B …, and he spoke to him": B, an object, is not what "he" refers to.
    const here = ctx.people.mentionsIn(s).find((m) => m.person === p && m.end <= offset);
    if (here && OBJECT_BEFORE.test(stripRole(text.slice(0, here.start)))) return [];
    return p ? [p] : cataphor(ctx, s, pron[0].toLowerCase() === 'she' ? 'f' : 'm');
  }
  return [];
}


/**
 * "she" cannot be a man the article calls "he" (and the reverse): when the nearest subject has the other gender,
 * the subject of an earlier sentence (up to four back) that does not is taken instead; a subject of unknown gender
 * gives way to a recent subject (up to six back) known to have the pronoun's gender.
 */
function genderFit(ctx: RichContext, s: number, offset: number, gender: 'm' | 'f', p: PersonRef | null): PersonRef | null {
  const other = (x: PersonRef): boolean => { const g = ctx.people.genderOf(x); return g !== null && g !== gender; };
  if (p && ctx.people.genderOf(p) === null && !ctx.people.mentionsIn(s).some((m) => m.person === p && m.start < offset)) {
    // Unknown gender, named in an earlier sentence: a recent subject known to have this gender is the better antecedent.
    for (let k = s - 1; k >= Math.max(0, s - 6); k--) {
      const text = ctx.sentences[k]?.text ?? '';
      const first = ctx.people.mentionsIn(k).find((m) => !insideQuote(text, m.start));
      if (first && first.person !== p && ctx.people.genderOf(first.person) === gender) return first.person;
    }
    return p;
  }
  if (!p || !other(p)) return p;
  for (let k = s; k >= Math.max(0, s - 4); k--) {
    const m = ctx.people.mentionsIn(k).find((x) => (k < s || x.start < offset) && !other(x.person));
    if (m) return m.person;
  }
  return null;
}

/**
 * A lede that names its subject one sentence later: "A Republican senator said she spoke with B …" followed by
 * "Sen. Jane Roe, R-Neb., said …". With no antecedent before it, the pronoun is the first person named next who is
 * not named in the pronoun's own sentence.
 */
function cataphor(ctx: RichContext, s: number, gender: 'm' | 'f'): PersonRef[] {
  // Only a lede names its subject late; elsewhere an unresolved pronoun stays unresolved.
  if ((ctx.sentences[s]?.paragraph ?? 9) > 1) return [];
  const here = new Set(ctx.people.mentionsIn(s).map((m) => m.person));
  const fits = (p: PersonRef): boolean => { const g = ctx.people.genderOf(p); return g === null || g === gender; };
  for (let k = s + 1; k <= s + 2 && k < ctx.sentences.length; k++) {
    const m = ctx.people.mentionsIn(k).find((x) => !here.has(x.person) && fits(x.person));
    if (m) return [m.person];
  }
  return [];
}

/** "the chairman of ", "the head of the ": a role whose complement follows. */
const ROLE_OF = /\bthe\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s+(?:of|at)\s+(?:the\s+)?$/u;
/** ", chief executive of ", ", the head of the ": an apposition whose complement (an organisation) follows. */
const APPOSITION_OF = /^\s*,\s+(?:the\s+|a\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:of|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}$/u;
/** A lower-case role head right after a name, no comma: "Sri Lanka mission chief". */
function roleAfter(after: string): boolean {
  const m = /^\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)\b/u.exec(after);
  return !!m && ROLE_HEADS.has(m[1] ?? '') && !/^\s+(?:and|or|as|is|was)\b/.test(after);
}

/** Objects after a trigger: names (with roles) in a list ("with A, B and C"), or a pronoun ("to him"). */
export function objectsAfter(ctx: RichContext, s: number, from: number, subjects: PersonRef[], lastPair: PersonRef[] | null): Participants {
  const text = ctx.sentences[s]?.text ?? '';
  const rest = text.slice(from);
  // "her" is a pronoun object unless a role or name follows ("met her Chinese counterpart Liang Wenhao").
  const pron = /^\s*([Hh]im|[Hh]er)\b(?!\s+[\p{Lu}]|\s+(?:\w+\s+){0,2}(?:counterpart|minister|secretary|president|adviser|advisor|envoy|deputy|boss|aide|host|colleague)s?\b)/u.exec(rest);
  if (pron) {
    const p = resolvePronoun(ctx, s, from, subjects);
    return { people: p ? [p] : [], objectEnd: from + pron[0].length };
  }
  if (/^\s*(?:them|each other|one another)\b/i.test(rest) && lastPair) return { people: lastPair, objectEnd: from };
  if (/^\s*(?:the two|both)\b/i.test(rest) && lastPair) return { people: lastPair, objectEnd: from };
  const people: PersonRef[] = [];
  let cursor = from;
  let objectEnd = from;
  const all = ctx.people.mentionsIn(s);
  for (const [k, m] of all.entries()) {
    if (m.start < cursor || (people.length === 0 && subjects.includes(m.person)) || insideName(text, m)) continue;
    // "with the Commander of the European Command General B": a role mention that only opens the title of the
    // name after it is that name's role, not another person.
    const next = all[k + 1];
    if (people.length === 0 && /^the\s/.test(m.text) && next && /^\s+(?:of|for)\s/.test(text.slice(m.end, next.start)) && isRoleGap(text.slice(m.end, next.start))) continue;
    // "the chairman of Albion Steel", "the IMF's Sri Lanka mission chief, B": a name that completes or modifies a
    // role is the organisation or place of the office, not a person met.
    if (people.length === 0 && (ROLE_OF.test(text.slice(Math.max(cursor, m.start - 40), m.start)) || roleAfter(text.slice(m.end, m.end + 40)))) continue;
    const gap = text.slice(cursor, m.start);
    // "B, chief executive of Tern Offshore": the name after an apposition's "of" is B's organisation, not a second
    // person met; the list may go on after it.
    if (people.length > 0 && APPOSITION_OF.test(gap)) { cursor = m.end; objectEnd = m.end; continue; }
    // "with A and with B": the repeated preposition joins the list too.
    const ok = people.length === 0 ? isRoleGap(gap) : /^\s*(?:,|,?\s+and|\s+as well as)\s/.test(gap) && isRoleGap(gap.replace(/^\s*(?:,|,?\s+and|\s+as well as)(?:\s+with(?=\s))?/, ''));
    if (!ok) break;
    // "with B, Cambodia's former leader and C's father": an owner names someone else, not one more person met.
    if (people.length > 0 && /^[’']s\b/u.test(text.slice(m.end, m.end + 3))) break;
    if (!people.includes(m.person)) people.push(m.person);
    cursor = m.end;
    objectEnd = m.end;
    // Skip an apposition after the name: "Nikolai Patrushev, Secretary of the Russian Security Council,"
    const app = /^,\s+(?:the\s+|a\s+)?[^,]{0,80}?,/.exec(text.slice(cursor));
    if (app && isRoleGap(app[0].slice(1, -1)) && /\p{Ll}/u.test(app[0]) === /\b(?:of|to|for)\b|\p{Lu}/u.test(app[0])) {
      const next = ctx.people.mentionsIn(s).find((x) => x.start >= cursor + app[0].length - 1);
      if (next && /^\s*(?:and|as well as)\s/.test(text.slice(cursor + app[0].length, next.start))) cursor += app[0].length - 1;
    }
  }
  return { people, objectEnd };
}
