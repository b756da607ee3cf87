// Grammatical gender cues that keep two people with one surname apart ("Mr Bhargava" vs "Ms Bhargava, the ambassador").
export type Gender = 'm' | 'f';

const TITLE_GENDER: Record<string, Gender> = {
  mr: 'm', 'mr.': 'm', mister: 'm', sir: 'm', lord: 'm', king: 'm', prince: 'm', duke: 'm', sheikh: 'm',
  ms: 'f', 'ms.': 'f', mrs: 'f', 'mrs.': 'f', miss: 'f', dame: 'f', lady: 'f', madam: 'f', queen: 'f',
  princess: 'f', duchess: 'f', sheikha: 'f',
};

/** The gender a title before a surname gives ("Mr Bhargava" → m), or null. */
export function titleGender(titled: string | null): Gender | null {
  const first = titled?.split(/\s+/u)[0]?.toLowerCase() ?? '';
  return TITLE_GENDER[first] ?? null;
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
