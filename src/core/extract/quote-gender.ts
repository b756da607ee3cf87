// Gender for "he"/"she" speakers: what the people index records, titles and gendered roles, and the article's own
// "X said she …" — so that "she said" does not go to a man mentioned last when a woman was speaking.
import type { PersonRef } from '../types.js';
import type { PeopleIndex, PersonMention } from './context.js';
import { roleGender, titleGender, type Gender } from './gender.js';

export type { Gender };

/** "Okafor said she …", "Reyes added that his …": a speaker's own pronoun right after the reporting verb. */
const OWN_PRONOUN = /\b(?:said|says|added|adds|stressed|noted|insisted|warned|explained|argued|wrote|stated|declared|confirmed|promised|vowed|acknowledged|admitted)\s+(?:that\s+)?(he|she|his|her)\b/gu;
/** What may stand between the speaker and the verb: adverbs, an auxiliary, one parenthetical ("Okafor, 54, said"). */
const SUBJECT_GAP = /^\s*(?:,[^,.;:]{0,60},)?\s*(?:(?:also|then|later|again|has|had|have|once|previously|repeatedly|\p{Ll}+ly)\s+){0,2}$/u;

/** A value the people index may carry on a person ("gender": "m" | "f"), read without depending on its shape. */
function recorded(value: unknown): Gender | null {
  if (typeof value !== 'object' || value === null || !('gender' in value)) return null;
  const g = (value as { gender: unknown }).gender;
  return g === 'm' || g === 'f' ? g : null;
}

export interface GenderIndex {
  of(person: PersonRef): Gender | null;
  /** Whether the article shows the person to be of this gender (cheaper than `of` when it cannot). */
  is(person: PersonRef, gender: Gender): boolean;
}

/** Visits every sentence of the article: its text with quotes masked, and its person mentions. */
export type SentenceScan = (visit: (masked: string, mentions: readonly PersonMention[]) => void) => void;

/**
 * Gender of the article's people, from the index, titles ("Ms Okafor") and roles ("spokeswoman"); failing those,
 * from the article's own "X said she …" (one pass over the article, the first time it is needed).
 */
export function createGenderIndex(people: PeopleIndex, paragraphs: readonly string[], scan: SentenceScan): GenderIndex {
  return new ArticleGender(people, paragraphs, scan);
}

class ArticleGender implements GenderIndex {
  private votes: Map<PersonRef, number> | null = null;
  private readonly known = new Map<PersonRef, Gender | null>();
  private readonly titled = new Map<PersonRef, Gender | null>();
  /** Whether the article uses "she"/"her" (f) or "he"/"his" (m) at all: without them no vote can go that way. */
  private readonly used: Partial<Record<Gender, boolean>> = {};

  constructor(private readonly people: PeopleIndex, private readonly paragraphs: readonly string[], private readonly scan: SentenceScan) {}

  is(person: PersonRef, gender: Gender): boolean {
    let s = this.titled.get(person);
    if (s === undefined) this.titled.set(person, (s = this.stated(person)));
    if (s) return s === gender;
    this.used[gender] ??= this.paragraphs.some((p) => (gender === 'f' ? p.includes(' she ') || p.includes(' her ') : p.includes(' he ') || p.includes(' his ')));
    return this.used[gender] === true && this.of(person) === gender;
  }

  of(person: PersonRef): Gender | null {
    let g = this.known.get(person);
    if (g === undefined) {
      g = this.stated(person);
      if (!g) {
        this.votes ??= this.count();
        const v = this.votes.get(person) ?? 0;
        g = v > 0 ? 'm' : v < 0 ? 'f' : null;
      }
      this.known.set(person, g);
    }
    return g;
  }

  private stated(p: PersonRef): Gender | null {
    // The article's people index records gender (titles, appositions, pronouns) when it is the full one.
    const index = this.people as { genderOf?: (p: PersonRef) => unknown; infoOf?: (p: PersonRef) => unknown };
    const fromIndex = index.genderOf?.call(this.people, p);
    let g = fromIndex === 'm' || fromIndex === 'f' ? fromIndex : recorded(p) ?? recorded(index.infoOf?.call(this.people, p)) ??
      (p.role ? roleGender(p.role) : null);
    for (const a of p.aliases) g ??= titleGender(a);
    return g;
  }

  /** Votes per person: +1 for each "X said he/his", -1 for each "X said she/her". */
  private count(): Map<PersonRef, number> {
    const out = new Map<PersonRef, number>();
    this.scan((masked, mentions) => {
      if (!(masked.includes(' he ') || masked.includes(' she ') || masked.includes(' his ') || masked.includes(' her '))) return;
      OWN_PRONOUN.lastIndex = 0;
      for (let m = OWN_PRONOUN.exec(masked); m; m = OWN_PRONOUN.exec(masked)) {
        let subject: PersonMention | undefined;
        for (const x of mentions) if (x.end <= m.index) subject = x;
        if (!subject || !SUBJECT_GAP.test(masked.slice(subject.end, m.index))) continue;
        out.set(subject.person, (out.get(subject.person) ?? 0) + (m[1] === 'he' || m[1] === 'his' ? 1 : -1));
      }
    });
    return out;
  }
}

/** The gender a speaker label gives ("a spokeswoman for the ministry" → f), or null. */
export function labelGender(label: string): Gender | null {
  return roleGender(label);
}
