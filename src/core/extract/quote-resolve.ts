// Who a speaker phrase means: a person (names, titles, roles via the article's people), an organisation (with the
// full name the article gave it earlier), an unnamed speaker as the text names them, or — for "he", "it",
// "according to him" — whoever was speaking or mentioned last.
import type { PersonRef, SpeakerKind } from '../types.js';
import type { PeopleIndex, PersonMention } from './context.js';
import type { NounPhrase } from './quote-clauses.js';
import type { CueOrgIndex } from './quote-org-cues.js';
import { labelGender, type Gender, type GenderIndex } from './quote-gender.js';
import { canonicalOrg, headClass, type OrgMention } from './quote-orgs.js';
import { DOCUMENT_HEADS, HONORIFICS, ORG_HEADS, PLACE_ADJECTIVES, PLURAL_HEADS, SPEAKER_NOUNS } from './quote-verbs.js';

export interface Speaker {
  name: string;
  kind: SpeakerKind;
  person: PersonRef | null;
  /** Lower-cased head word, for definite re-mentions ("the official" → "a senior US defense official"). */
  head: string | null;
  /** The label carries modifiers ("a senior US defense official" rather than "an official"). */
  specific: boolean;
  plural: boolean;
}

interface Event { at: number; sentence: number; speaker: Speaker; clause: boolean }

/** Unnamed heads that a definite re-mention refers back to rather than to a named person. */
const VAGUE = new Set(['official', 'officials', 'source', 'sources', 'spokesman', 'spokeswoman', 'spokesperson',
  'representative', 'aide', 'diplomat', 'expert', 'analyst', 'insider', 'witness', 'resident', 'person', 'officer']);

const pos = (sentence: number, offset: number): number => sentence * 1e6 + offset;
const isCap = (w: string): boolean => /^\p{Lu}/u.test(w);
const WINDOW = 60;
const NATIONALITY: Readonly<Record<string, string>> = Object.fromEntries([
  ...Object.values(PLACE_ADJECTIVES).map((a) => [a.toLowerCase(), a]), ['american', 'US'], ['u.s.', 'US'], ['us', 'US'],
]);
/** The nationality a phrase states ("the American official" → US), or null. */
const nationality = (text: string): string | null => {
  for (const w of text.split(/\s+/u)) {
    const n = NATIONALITY[w.toLowerCase()] ?? PLACE_ADJECTIVES[w.toLowerCase().replace(/[’']s$/u, '')];
    if (n && w !== 'us') return n; // lower-case "us" is the pronoun
  }
  return null;
};
/** A preposition inside a phrase ("a spokeswoman for the ministry"): a cheap test before the head search. */
const POSTMOD_GATE = / (?:for|of|at|from|in|with) /;
/** Kinds a cue-named organisation can be ("the company", "the firm", "the group", "the bank", "the agency"). */
const CUE_HEADS = new Set(['company', 'group', 'bank', 'agency']);
/** A single speaker that "he"/"she" may stand for: a person or one unnamed official. */
const personish = (x: { speaker: Speaker }): boolean => x.speaker.kind === 'person' || (x.speaker.kind === 'unnamed' && !x.speaker.plural);
/** Sentence openers that hand the word to the other party of the previous sentence. */
const CONTRAST = /^\s*(?:for (?:his|her|their|its) part|in (?:his|her|their|its) turn|in turn|in response|on the other side)\b/iu;

/** An unnamed speaker as the text names them: "a senior US defense official" keeps its article, "the spokesman" loses it. */
export function unnamedLabel(text: string): string {
  return text.replace(/^(?:the|this|that)\s+/iu, '').replace(/\s+/gu, ' ').trim()
    .replace(/^(?:An?|One|Another)\s/u, (a) => a.toLowerCase());
}

const speaker = (name: string, kind: SpeakerKind, person: PersonRef | null, head: string | null): Speaker => ({
  name, kind, person, head, specific: name.replace(/^(?:an?|one|another)\s+/iu, '').trim().includes(' '), plural: head !== null && PLURAL_HEADS.has(head),
});
const personSpeaker = (p: PersonRef): Speaker => speaker(p.name, 'person', p, null);

export interface ResolveInput {
  np: NounPhrase;
  sentence: number;
  /** Person mentions of the sentence outside quotes. */
  mentions: readonly PersonMention[];
  /** The masked sentence text, to tell a clause-initial mention from an object. */
  text: string;
  /** A person named in a verbless fragment right after "the spokesman said." */
  hint?: PersonRef | null;
  /** The person opening the previous sentence of the same paragraph, for "he"/"she". */
  previousSubject?: PersonRef | null;
}

export interface SpeakerResolver {
  noteMention(m: PersonMention): void;
  noteOrg(sentence: number, offset: number, org: OrgMention): void;
  /** Resolve a speaker phrase and remember it as the latest speaker. */
  resolve(input: ResolveInput): Speaker | null;
}

export interface ResolverOptions {
  /** Gender of the article's people, so "she said" skips a man mentioned last. */
  gender?: GenderIndex;
  /** Organisations named without a head word ("turbine maker Nordvind"), so "the company said" can name them. */
  cueOrgs?: CueOrgIndex;
}

export function createSpeakerResolver(index: PeopleIndex, opts: ResolverOptions = {}): SpeakerResolver {
  const { gender, cueOrgs } = opts;
  const events: Event[] = [];
  // The people index's resolve is the costly call here; the same phrase in the same sentence is asked once.
  const cache = new Map<string, PersonRef | null>();
  let tokens: Set<string> | null = null;
  /** Whether any person of the article has this word in a name or alias: a cheap test before the costly resolve. */
  const knownWord = (w: string): boolean => {
    tokens ??= new Set(index.people.flatMap((p) => [p.name, ...p.aliases].flatMap((n) => n.toLowerCase().split(/\s+/u))));
    return tokens.has(w.toLowerCase());
  };
  const people = {
    people: index.people,
    resolve(text: string, sentence: number): PersonRef | null {
      const key = `${sentence}\u0000${text}`;
      let hit = cache.get(key);
      if (hit === undefined) cache.set(key, (hit = index.resolve(text, sentence)));
      return hit;
    },
  };

  const latest = (before: number, ok: (e: Event) => boolean): Event | null => {
    let best: Event | null = null;
    for (let i = events.length - 1, n = 0; i >= 0 && n < WINDOW; i--, n++) {
      const e = events[i] as Event;
      if (e.at < before && ok(e) && (!best || e.at > best.at)) best = e;
    }
    return best;
  };

  /** Whether a speaker may be called "he" (m) or "she" (f): unknown gender fits both. */
  const labelGenders = new Map<string, Gender | null>();
  const isGender = (sp: Speaker, g: Gender): boolean => {
    if (sp.person) return gender?.is(sp.person, g) ?? false;
    if (sp.kind !== 'unnamed') return false;
    let known = labelGenders.get(sp.name);
    if (known === undefined) labelGenders.set(sp.name, (known = labelGender(sp.name)));
    return known === g;
  };

  function pronoun(kind: NonNullable<NounPhrase['pronoun']>, input: ResolveInput, at: number): Speaker | null {
    const s = input.sentence;
    if (kind === 'it' || kind === 'they') {
      const plural = kind === 'they';
      const e = latest(at, (x) => x.sentence >= s - 5 && (x.speaker.kind === 'organisation' || (plural && x.speaker.plural)));
      return e?.speaker ?? null;
    }
    // "she said" never goes to a person the article shows to be a man, nor "he" to a woman. Gender is asked of a
    // candidate only once it is picked, so the usual case costs one lookup.
    const other: Gender = kind === 'she' ? 'm' : 'f';
    // "For his part, the president … he told reporters": the clause-initial person of the same sentence.
    for (const m of input.mentions) {
      if (m.start >= input.np.start) break;
      if (/^\s*$|,\s*(?:the\s+)?$/u.test(input.text.slice(0, m.start)) && !gender?.is(m.person, other)) return personSpeaker(m.person);
    }
    // "Golan was less upbeat … Asked whether …, he said:": the person who opened the previous sentence —
    // unless the sentence turns to the other party ("Putin said … Biden. For his part, … he told reporters").
    const turn = CONTRAST.test(input.text);
    const prev = input.previousSubject;
    if (prev && !turn && !gender?.is(prev, other)) return personSpeaker(prev);
    const recentSpeaker = latestFitting(at, (x) => x.clause && x.sentence >= s - 4 && personish(x), other);
    if (recentSpeaker && !turn) return recentSpeaker.speaker;
    const excluded = new Set([prev?.name, recentSpeaker?.speaker.name]);
    const mention = latestFitting(at, (x) => !x.clause && x.speaker.kind === 'person' && !excluded.has(x.speaker.name), other);
    if (mention) return mention.speaker;
    return latestFitting(at, (x) => x.clause && personish(x), other)?.speaker ?? null;
  }

  /** The latest event that passes `ok` and is not known to be of the `other` gender. */
  function latestFitting(at: number, ok: (e: Event) => boolean, other: Gender): Event | null {
    const e = latest(at, ok);
    if (!e || !isGender(e.speaker, other)) return e;
    return latest(at, (x) => ok(x) && !isGender(x.speaker, other));
  }

  function organisation(np: NounPhrase, at: number): Speaker {
    const words = np.text.split(/\s+/u);
    const headWord = words[words.length - 1] ?? '';
    if (isCap(headWord)) {
      // "the Central Bank said" after "Central Bank of Kenya": the fuller name the article gave.
      const name = canonicalOrg(np.text);
      const low = name.toLowerCase();
      const fuller = latest(at, (x) => x.speaker.kind === 'organisation' && x.speaker.name.length > name.length &&
        x.speaker.name.toLowerCase().startsWith(low));
      return fuller?.speaker ?? speaker(name, 'organisation', null, headClass(np.head));
    }
    // "the ministry", "the Russian department": the latest organisation of that kind the article named.
    const mods = words.slice(np.det ? 1 : 0, -1).map((w) => w.toLowerCase());
    const cls = headClass(np.head);
    // "the group" is also a company the article named ("Adani Group", "the mining group").
    const isOrg = (x: Event): boolean => x.speaker.kind === 'organisation' && (x.speaker.head === cls || (cls === 'group' && x.speaker.head === 'company'));
    // All modifiers first ("the Russian department"); then only the nationality ("the central bank" → Bank of Japan).
    const nat = nationality(np.text);
    const e = latest(at, (x) => isOrg(x) && mods.every((m) => x.speaker.name.toLowerCase().includes(m))) ??
      latest(at, (x) => isOrg(x) && (!nat || nationality(x.speaker.name) === nat));
    // "turbine maker Nordvind … the company said": a cue-named organisation, when it is the more recent.
    // Only for a phrase that names no organisation itself ("the company", "the Danish firm", not "the RIA news agency").
    const unnamed = (): boolean => words.slice(np.det ? 1 : 0, -1).every((w) => !/^\p{Lu}/u.test(w) || NATIONALITY[w.toLowerCase()] !== undefined);
    const cue = CUE_HEADS.has(cls) && unnamed() ? cueOrgs?.latestBefore(at, (h) => h === cls || (cls === 'group' && h === 'company')) : null;
    if (cue && (!e || cue.at > e.at)) return speaker(cue.name, 'organisation', null, cue.head);
    if (e) return e.speaker;
    return speaker(unnamedLabel(np.text), 'organisation', null, cls);
  }

  function classify(input: ResolveInput, at: number): Speaker | null {
    const { np, sentence, mentions } = input;
    if (np.pronoun) return pronoun(np.pronoun, input, at);
    // The mention must head the phrase: "a spokesman for Golan" and "Golan’s office" are not Golan.
    const mention = [...mentions].reverse().find((m) => m.start < np.end && m.end > np.start &&
      !/\b(?:for|of|to|from|with|at)\s+$/iu.test(np.text.slice(0, Math.max(0, m.start - np.start))) &&
      !/^[’']s\b/u.test(np.text.slice(m.end - np.start)));
    if (mention) return personSpeaker(mention.person);
    const words = np.text.split(/\s+/u);
    const headWord = words[words.length - 1] ?? '';
    // "Officials said …" at a sentence start is the common noun, capitalised only by its position.
    const sentenceCase = words.length === 1 && np.start === 0 && SPEAKER_NOUNS.has(np.head) && !ORG_HEADS.has(np.head);
    const definite = np.det === 'the' || np.det === 'this' || np.det === 'that';
    if (input.hint && definite && !ORG_HEADS.has(np.head)) return personSpeaker(input.hint);
    const hasOrgWord = words.some((w) => ORG_HEADS.has(w.toLowerCase().replace(/[’']s$/u, '')));
    if (np.det && !definite) {
      // "a spokeswoman for the ministry" is a person speaking for it: the head is the noun before the preposition.
      const inner = POSTMOD_GATE.test(np.text) ? /^\S+\s+(?:\S+\s+){0,3}?(\S+)\s+(?:for|of|at|from|in|with)\s/u.exec(np.text)?.[1]?.toLowerCase() : undefined;
      const head = inner && SPEAKER_NOUNS.has(inner) ? inner : np.head;
      return speaker(unnamedLabel(np.text), ORG_HEADS.has(head) ? 'organisation' : 'unnamed', null, head);
    }
    if (sentenceCase) return speaker(np.text.toLowerCase(), 'unnamed', null, np.head);
    if (!isCap(headWord)) {
      if (ORG_HEADS.has(np.head)) return organisation(np, at);
      if (!definite) return speaker(unnamedLabel(np.text), 'unnamed', null, np.head);
      const vague = VAGUE.has(np.head);
      if (vague) {
        const prior = latest(at, (x) => x.speaker.kind === 'unnamed' && x.speaker.head === np.head && x.speaker.specific) ??
          latest(at, (x) => x.speaker.kind === 'unnamed' && x.speaker.head === np.head);
        if (prior) return prior.speaker;
      }
      // "Voloshin himself … did not answer. “…,” the diplomat said." — the person who opened the previous sentence.
      const nat = nationality(np.text);
      const fits = (p: PersonRef | null | undefined): boolean => !!p && (!nat || !p.role || nationality(p.role) === null || nationality(p.role) === nat);
      // "the government spokesman" when the article named "government spokesman Steffen Hebestreit": a role whose
      // modifiers all stand in one person's role is that person, whoever opened the sentence before.
      const mods = words.length > 2 ? words.slice(1, -1).map((w) => w.toLowerCase()) : [];
      const byRole = mods.length > 0 ? people.resolve(np.text, sentence) : null;
      if (byRole?.role && mods.every((m) => byRole.role?.toLowerCase().split(/\s+/u).includes(m))) return personSpeaker(byRole);
      if (vague && fits(input.previousSubject) && input.previousSubject) return personSpeaker(input.previousSubject);
      const person = people.resolve(np.text, sentence);
      if (person) return personSpeaker(person);
      if (fits(input.previousSubject) && input.previousSubject) return personSpeaker(input.previousSubject);
      // "“…,” Blinken said. … the American official mentioned": a definite re-mention of the person just quoted.
      const recent = latest(at, (x) => x.clause && x.sentence >= sentence - 3 && x.speaker.kind === 'person' && fits(x.speaker.person));
      if (recent) return recent.speaker;
      return speaker(unnamedLabel(np.text), 'unnamed', null, np.head);
    }
    // Capitalised: a name, a titled surname, a role ("the US Secretary of Defense"), an organisation, or a capital
    // standing for its government ("Moscow said").
    const bare = np.text.replace(/^(?:the|The)\s+/u, '');
    if (!hasOrgWord) {
      const person = np.det || knownWord(headWord) ? people.resolve(np.det ? np.text : bare, sentence) : null;
      if (person) return personSpeaker(person);
      if (np.det && words.some((w) => SPEAKER_NOUNS.has(w.toLowerCase()))) {
        return speaker(unnamedLabel(np.text), 'unnamed', null, np.head);
      }
    }
    if (hasOrgWord || np.det || PLACE_ADJECTIVES[bare.toLowerCase()] || /^\p{Lu}{2,}$/u.test(bare)) {
      return organisation(np, at);
    }
    // "Nordvind said": a name the article showed to be an organisation ("turbine maker Nordvind").
    const cue = cueOrgs?.kindOf(bare);
    if (cue) return speaker(bare, 'organisation', null, cue);
    // "NSC spokesperson Jordan Whitley": the capitalised run after the last lower-case word is the name.
    const run = /(?:^|\s)((?:\p{Lu}[\p{L}.’'-]*\s?)+)$/u.exec(bare)?.[1]?.trim() ?? bare;
    if (run !== bare) {
      const p = people.resolve(run, sentence);
      if (p) return personSpeaker(p);
    }
    const name = run.split(/\s+/u).filter((w) => !HONORIFICS.has(w.toLowerCase())).join(' ');
    // "Liang said" for "Liang Wenhao": family name first, so it is not the last word of the full name.
    const last = (name.split(' ').pop() ?? '').toLowerCase();
    const byToken = people.people.filter((p) => p.name.toLowerCase().split(/\s+/u).includes(last));
    if (byToken.length === 1 && byToken[0]) return personSpeaker(byToken[0]);
    return speaker(name || bare, 'person', null, null);
  }

  return {
    noteMention(m) {
      events.push({ at: pos(m.sentence, m.start), sentence: m.sentence, speaker: personSpeaker(m.person), clause: false });
    },
    noteOrg(sentence, offset, org) {
      events.push({ at: pos(sentence, offset), sentence, speaker: speaker(org.name, 'organisation', null, org.head), clause: false });
    },
    resolve(input) {
      let np = input.np;
      if (DOCUMENT_HEADS.has(np.head) && !np.pronoun) {
        // "a statement from the Kremlin", "the ministry’s statement": the document speaks for its author.
        const m = /^(.*?)\s+(?:from|by|of)\s+(.+)$/u.exec(np.text) ?? /^(?:the\s+)?(.+?)[’']s\s+\S+$/u.exec(np.text);
        const sub = m ? (m[2] ?? m[1] ?? '') : '';
        if (!sub) {
          // "the statement said": the organisation that issued it just before.
          if (np.det !== 'the' || np.head === 'report') return null;
          const e = latest(pos(input.sentence, np.start), (x) => x.clause && x.speaker.kind === 'organisation');
          if (e) events.push({ ...e, at: pos(input.sentence, np.start), sentence: input.sentence });
          return e?.speaker ?? null;
        }
        const start = np.start + np.text.lastIndexOf(sub);
        const subWords = sub.split(/\s+/u);
        const first = (subWords[0] ?? '').toLowerCase();
        np = { text: sub, start, end: start + sub.length, head: (subWords[subWords.length - 1] ?? '').toLowerCase(),
          det: first === 'the' || first === 'a' || first === 'an' ? first : null, pronoun: null };
      }
      const at = pos(input.sentence, np.start);
      const sp = classify({ ...input, np }, at);
      if (sp) events.push({ at, sentence: input.sentence, speaker: sp, clause: true });
      return sp;
    },
  };
}
