// Canonical persons across articles: spelling variants merged, the best role kept, every alias remembered.
import { roleScore } from '../extract/titles.js';
import type { PersonRef } from '../types.js';
import type { KnownPerson, LinkedPerson } from './link-types.js';
import { nameWords, personKey, samePerson, swappedName } from './person-key.js';

interface Canon {
  existingId: number | null;
  name: string;
  role: string | null;
  aliases: Set<string>;
  touched: boolean;
}

export interface PersonRegistry {
  /** The canonical person an article's person is; creates one when nobody matches. */
  add(p: PersonRef): Canon;
  /** Every canonical person the batch named. */
  touched(): LinkedPerson[];
}

export function createPersonRegistry(known: readonly KnownPerson[]): PersonRegistry {
  const byKey = new Map<string, Canon[]>();
  const put = (c: Canon): void => {
    const k = personKey(c.name);
    byKey.set(k, [...(byKey.get(k) ?? []), c]);
  };
  for (const k of known) {
    put({ existingId: k.id, name: k.name, role: k.role, aliases: new Set(k.aliases), touched: false });
  }
  return {
    add(p) {
      const cands = byKey.get(personKey(p.name)) ?? [];
      const words = nameWords(p.name);
      // No one of this surname: perhaps the name was written family name first ("Ueda Kazuo" for Kazuo Ueda).
      const swapped = cands.length === 0 && words[0] ? (byKey.get(personKey(words[0])) ?? []).filter((c) => swappedName(c.name, p.name)) : [];
      const full = words.length >= 2;
      const matching = swapped.length === 1 ? swapped : cands.filter((c) => samePerson(c.name, p.name));
      // A bare surname joins a full name only when exactly one person carries it.
      let canon = full ? matching.find((c) => nameWords(c.name).length >= 2) ?? matching[0] : matching.length === 1 ? matching[0] : undefined;
      if (!canon) {
        canon = { existingId: null, name: p.name, role: null, aliases: new Set(), touched: true };
        put(canon);
      } else if (full && nameWords(canon.name).length < 2) {
        canon.aliases.add(canon.name);
        canon.name = p.name;
      }
      canon.touched = true;
      if (p.name !== canon.name) canon.aliases.add(p.name);
      for (const a of p.aliases) if (a !== canon.name) canon.aliases.add(a);
      if (p.role && (!canon.role || roleScore(p.role) > roleScore(canon.role))) canon.role = p.role;
      return canon;
    },
    touched() {
      const out: LinkedPerson[] = [];
      for (const list of byKey.values()) {
        for (const c of list) {
          if (c.touched) out.push({ existingId: c.existingId, name: c.name, role: c.role, aliases: [...c.aliases] });
        }
      }
      return out;
    },
  };
}
