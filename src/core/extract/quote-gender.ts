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
  /** Note "X said she …" evidence in one sentence (quotes masked). */
  observe(masked: string, mentions: readonly PersonMention[]): void;
  of(person: PersonRef): Gender | null;
}

/** Gender of the article's people, from the index, titles ("Ms Okafor"), roles ("spokeswoman") and own pronouns. */
export function createGenderIndex(people: PeopleIndex): GenderIndex {
  const votes = new Map<PersonRef, { m: number; f: number }>();
  const fixed = new Map<PersonRef, Gender | null>();
  const info = (people as { infoOf?: (p: PersonRef) => unknown }).infoOf;
  const stated = (p: PersonRef): Gender | null => {
    if (fixed.has(p)) return fixed.get(p) ?? null;
    let g = recorded(p) ?? recorded(info?.(p)) ?? (p.role ? roleGender(p.role) : null);
    for (const a of p.aliases) g ??= titleGender(a);
    fixed.set(p, g);
    return g;
  };
  return {
    observe(masked, mentions) {
      if (mentions.length === 0 || !/\b(?:he|she|his|her)\b/u.test(masked)) return;
      OWN_PRONOUN.lastIndex = 0;
      for (let m = OWN_PRONOUN.exec(masked); m; m = OWN_PRONOUN.exec(masked)) {
        const subject = [...mentions].reverse().find((x) => x.end <= m.index);
        if (!subject || !SUBJECT_GAP.test(masked.slice(subject.end, m.index))) continue;
        const v = votes.get(subject.person) ?? { m: 0, f: 0 };
        if (m[1] === 'he' || m[1] === 'his') v.m++;
        else v.f++;
        votes.set(subject.person, v);
      }
    },
    of(person) {
      const s = stated(person);
      if (s) return s;
      const v = votes.get(person);
      return !v || v.m === v.f ? null : v.m > v.f ? 'm' : 'f';
    },
  };
}

/** The gender a speaker label gives ("a spokeswoman for the ministry" → f), or null. */
export function labelGender(label: string): Gender | null {
  return roleGender(label);
}
