// An analysis copied with every person named by their canonical (cross-article) name.
import type { ArticleAnalysis, PersonRef } from '../types.js';
import type { PersonRegistry } from './person-registry.js';

export function renameArticle(a: ArticleAnalysis, persons: PersonRegistry): ArticleAnalysis {
  const names = new Map<string, string>();
  const people: PersonRef[] = a.people.map((p) => {
    const canon = persons.add(p);
    names.set(p.name, canon.name);
    const aliases = [...new Set([...p.aliases, ...(p.name !== canon.name ? [p.name] : [])])].filter((x) => x !== canon.name);
    return { name: canon.name, role: p.role ?? canon.role, aliases };
  });
  const rename = (n: string): string => names.get(n) ?? n;
  return {
    article: a.article,
    people,
    contacts: a.contacts.map((c) => ({
      ...c,
      participants: c.participants.map(rename),
      initiator: c.initiator === null ? null : rename(c.initiator),
    })),
    quotes: a.quotes.map((q) => (q.speakerKind === 'person' ? { ...q, speaker: rename(q.speaker) } : { ...q })),
    eventDate: a.eventDate,
  };
}
