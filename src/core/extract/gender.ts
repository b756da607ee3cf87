// Grammatical gender cues that keep two people with one surname apart ("Mr Bhargava" vs "Ms Bhargava, the ambassador").
import type { PersonRef } from '../types.js';
import type { PersonMention } from './context.js';
import type { Token } from './names.js';

export type Gender = 'm' | 'f';

const TITLE_GENDER: Record<string, Gender> = {
  mr: 'm', 'mr.': 'm', mister: 'm', sir: 'm', lord: 'm', king: 'm', prince: 'm', duke: 'm', sheikh: 'm',
  ms: 'f', 'ms.': 'f', mrs: 'f', 'mrs.': 'f', miss: 'f', dame: 'f', lady: 'f', madam: 'f', queen: 'f',
  princess: 'f', duchess: 'f', sheikha: 'f',
};

/** The gender a title before a surname gives ("Mr Bhargava" → m), or null. */
export function titleGender(titled: string | null): Gender | null {
  if (!titled) return null;
  const sp = titled.search(/\s/u);
  const first = (sp < 0 ? titled : titled.slice(0, sp)).toLowerCase();
  return Object.hasOwn(TITLE_GENDER, first) ? TITLE_GENDER[first] ?? null : null;
}

const ROLE_F = /\b(?:spokeswoman|chairwoman|congresswoman|businesswoman|stateswoman|queen|princess|duchess|countess|first lady|actress)\b/iu;
const ROLE_M = /\b(?:spokesman|chairman|congressman|businessman|statesman|king|prince|duke|count)\b/iu;

/** The gender a role word gives ("spokeswoman" → f), or null. */
export function roleGender(role: string): Gender | null {
  const hit = memo.get(role);
  if (hit !== undefined) return hit;
  const g = ROLE_F.test(role) ? 'f' : ROLE_M.test(role) ? 'm' : null;
  // A memo of a pure function over the few role strings news repeats; bounded.
  if (memo.size > 5_000) memo.clear();
  memo.set(role, g);
  return g;
}
const memo = new Map<string, Gender | null>();

const PRONOUN_GENDER = new Map<string, Gender>([['he', 'm'], ['him', 'm'], ['his', 'm'], ['himself', 'm'], ['she', 'f'],
  ['her', 'f'], ['hers', 'f'], ['herself', 'f']]);

/**
 * Learn genders from pronouns: a sentence that names one person and uses pronouns of one gender outside quotes
 * ("Dhillon said she would"), or a sentence opening with "He"/"She" right after a sentence naming only one person.
 */
export function pronounGenders(tokens: readonly Token[][], mentions: readonly PersonMention[][], out: Map<PersonRef, Gender>): void {
  const votes = new Map<PersonRef, number>();
  const vote = (p: PersonRef, g: Gender): void => { votes.set(p, (votes.get(p) ?? 0) + (g === 'm' ? 1 : -1)); };
  const only = (ms: readonly PersonMention[] | undefined): PersonRef | null => {
    const first = ms?.[0]?.person;
    return first && ms.every((m) => m.person === first) ? first : null;
  };
  tokens.forEach((toks, s) => {
    const one = only(mentions[s]);
    let g: Gender | null = null;
    let mixed = false;
    let quoted = false;
    // Only pronouns after the person's first mention point back to them ("she spoke with Kvarnstrom" does not).
    const after = mentions[s]?.[0]?.end ?? Infinity;
    for (const t of toks) {
      if (t.start < after) continue;
      if (t.punct) {
        if (t.word === '“' || t.word === '«') quoted = true;
        else if (t.word === '”' || t.word === '»') quoted = false;
        else if (t.word === '"') quoted = !quoted;
        continue;
      }
      const c = t.lower.charCodeAt(0);
      const pg = quoted || (c !== 104 && c !== 115) || t.lower.length > 7 ? undefined : PRONOUN_GENDER.get(t.lower);
      if (!pg) continue;
      if (g && g !== pg) mixed = true;
      g = pg;
    }
    if (one && g && !mixed) vote(one, g);
    const opener = toks[0] && !toks[0].punct ? PRONOUN_GENDER.get(toks[0].lower) : undefined;
    const prev = s > 0 && (mentions[s]?.length ?? 0) === 0 ? only(mentions[s - 1]) : null;
    if (opener && prev && (toks[0]?.lower === 'he' || toks[0]?.lower === 'she')) vote(prev, opener);
  });
  for (const [p, v] of votes) if (!out.has(p) && v !== 0) out.set(p, v > 0 ? 'm' : 'f');
}
