// Canonical persons across articles: spelling variants merged, the best role kept, every alias remembered.
import { roleScore } from '../extract/titles.js';
import type { PersonRef } from '../types.js';
import type { KnownPerson, LinkedPerson } from './link-types.js';
import { surnameSkeleton } from '../extract/names.js';
import { ARABIC_ARTICLES } from '../extract/vocabulary.js';
import { nameWords, personKey, regnalClash, samePerson, swappedName } from './person-key.js';

/**
 * Other surname keys a person is known by: an article that wrote "Anthony Albanizi" once and "Prime Minister
 * Albanese" after (the extractor found them one person, their surnames alike but for vowels) is found under both.
 */
/** "Abdel Fattah al-Sisi" → "Abdel Fattah Sisi": the Arabic article glued to a surname, spelled al-, el-, as-, es- … */
const ARTICLE = new RegExp(`(^|\\s)(?:${ARABIC_ARTICLES})-(?=\\p{Lu})`, 'giu');
const withoutArticle = (name: string): string => name.replace(ARTICLE, '$1');

function variantKeys(name: string, aliases: Iterable<string>): string[] {
  const own = personKey(name);
  // "al-Sisi" and "El-Sisi" differ only in the article's vowel: both are found under the bare surname.
  const bare = personKey(withoutArticle(name));
  const out = new Set<string>(bare !== own ? [bare] : []);
  const skeleton = surnameSkeleton(nameWords(name).pop() ?? name);
  if (!skeleton) return [...out];
  for (const a of aliases) {
    const last = nameWords(a).pop();
    if (!last || !/^\p{Lu}/u.test(last)) continue;
    const key = personKey(last);
    if (key !== own && surnameSkeleton(last) === skeleton) out.add(key);
  }
  return [...out];
}

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

/**
 * True when a candidate (found under the person's own surname key, or under a variant one of them was written with)
 * is the person: the same name, or the same name but for the vowels of a surname alike ("Daniel Feraldi" and "Daniel
 * Feraldo" once an article used both).
 */
function sameOrVariant(known: string, name: string): boolean {
  if (regnalClash(known, name)) return false;
  if (samePerson(known, name) || samePerson(withoutArticle(known), withoutArticle(name))) return true;
  const k = nameWords(known);
  const n = nameWords(name);
  const skeleton = surnameSkeleton(n[n.length - 1] ?? '');
  return skeleton !== null && surnameSkeleton(k[k.length - 1] ?? '') === skeleton && samePerson(known, [...n.slice(0, -1), k[k.length - 1] ?? ''].join(' '));
}

export function createPersonRegistry(known: readonly KnownPerson[]): PersonRegistry {
  const byKey = new Map<string, Canon[]>();
  const put = (c: Canon): void => {
    for (const k of [personKey(c.name), ...variantKeys(c.name, c.aliases)]) byKey.set(k, [...(byKey.get(k) ?? []), c]);
  };
  for (const k of known) {
    put({ existingId: k.id, name: k.name, role: k.role, aliases: new Set(k.aliases), touched: false });
  }
  return {
    add(p) {
      let cands = byKey.get(personKey(p.name)) ?? [];
      // A spelling variant the article also used may be how the others know the person.
      for (const k of cands.length === 0 ? variantKeys(p.name, p.aliases) : []) cands = [...cands, ...(byKey.get(k) ?? [])];
      const words = nameWords(p.name);
      // No one of this surname: perhaps the name was written family name first ("Ueda Kazuo" for Kazuo Ueda).
      const swapped = cands.length === 0 && words[0] ? (byKey.get(personKey(words[0])) ?? []).filter((c) => swappedName(c.name, p.name)) : [];
      const full = words.length >= 2;
      const matching = swapped.length === 1 ? swapped : cands.filter((c) => sameOrVariant(c.name, p.name));
      // A bare surname joins a full name only when exactly one person carries it.
      let canon = full ? matching.find((c) => nameWords(c.name).length >= 2) ?? matching[0] : matching.length === 1 ? matching[0] : undefined;
      if (!canon) {
        canon = { existingId: null, name: p.name, role: null, aliases: new Set(p.aliases), touched: true };
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
      // A person indexed under a variant key too is listed once.
      const out: LinkedPerson[] = [];
      for (const c of new Set([...byKey.values()].flat())) {
        if (c.touched) out.push({ existingId: c.existingId, name: c.name, role: c.role, aliases: [...c.aliases] });
      }
      return out;
    },
  };
}
