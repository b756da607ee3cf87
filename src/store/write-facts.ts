// Writes the facts of newly stored articles: who each names, the contacts they report, the quotes they carry.
import { SHARED_TENANT } from '../core/knowledge.js';
import type { Contact, Quote } from '../core/types.js';
import type { SqlHandle } from './sql.js';
import type { PersonIds } from './write-persons.js';
import { clean, text, type BatchArticle } from './write-text.js';

/** Names the batch's facts point at: people, contact participants and initiators, person speakers. */
export function factNames(items: readonly BatchArticle[]): string[] {
  const out = new Set<string>();
  for (const { analysis: a } of items) {
    a.people.forEach((p) => out.add(p.name));
    for (const c of a.contacts) {
      c.participants.forEach((n) => out.add(n));
      if (c.initiator) out.add(c.initiator);
    }
    for (const q of a.quotes) if (q.speakerKind === 'person') out.add(q.speaker);
  }
  return [...out];
}

/** article_persons, contacts and quotes of every new article: three statements for the whole batch. */
export async function writeFacts(tx: SqlHandle, tenant: string, stored: readonly { id: number; item: BatchArticle }[], idOf: PersonIds): Promise<void> {
  const named: [number, number][] = [];
  const contacts: { articleId: number; storyId: string | null; ordered: number[]; initiator: number | null; c: Contact }[] = [];
  const quotes: { articleId: number; storyId: string | null; personId: number | null; position: number; q: Quote }[] = [];
  for (const { id: articleId, item } of stored) {
    const a = item.analysis;
    const people = new Set<number>();
    for (const p of a.people) {
      const id = idOf(p.name);
      if (id !== null) people.add(id);
    }
    for (const c of a.contacts) {
      const ordered = [...new Set(c.participants.map(idOf).filter((id): id is number => id !== null))];
      // A contact needs two people; one the store cannot name is not a contact it can answer about.
      if (ordered.length < 2) continue;
      ordered.forEach((id) => people.add(id));
      contacts.push({ articleId, storyId: item.storyId, ordered, initiator: c.initiator ? idOf(c.initiator) : null, c });
    }
    a.quotes.forEach((q, position) => {
      const personId = q.speakerKind === 'person' ? idOf(q.speaker) : null;
      if (personId !== null) people.add(personId);
      quotes.push({ articleId, storyId: item.storyId, personId, position, q });
    });
    for (const p of people) named.push([articleId, p]);
  }
  if (named.length > 0 && tenant === SHARED_TENANT) {
    await tx.query('UPDATE persons SET shared = true WHERE id = ANY($1::int[]) AND NOT shared', [[...new Set(named.map((x) => x[1]))]]);
  }
  if (named.length > 0) {
    await tx.query(
      `INSERT INTO article_persons (article_id, person_id, tenant) SELECT a, p, $3 FROM unnest($1::int[], $2::int[]) AS u(a, p)
       ON CONFLICT DO NOTHING`,
      [named.map((x) => x[0]), named.map((x) => x[1]), tenant],
    );
  }
  if (contacts.length > 0) {
    await tx.query(
      `INSERT INTO contacts (article_id, story_id, participant_ids, participant_set, date, date_inferred, mode,
                             initiator_id, duration, tone, unconfirmed, evidence)
       SELECT article_id, story_id, ordered::int[], set::int[], date, inferred, mode, initiator, duration, tone, unconfirmed,
              evidence
       FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[], $7::text[], $8::int[],
                   $9::text[], $10::text[], $11::boolean[], $12::text[])
         AS c(article_id, story_id, ordered, set, date, inferred, mode, initiator, duration, tone, unconfirmed, evidence)`,
      [
        contacts.map((x) => x.articleId),
        contacts.map((x) => x.storyId),
        contacts.map((x) => `{${x.ordered.join(',')}}`),
        contacts.map((x) => `{${[...x.ordered].sort((p, q) => p - q).join(',')}}`),
        contacts.map((x) => clean(x.c.date, 10)),
        contacts.map((x) => x.c.dateInferred),
        contacts.map((x) => (MODES.has(x.c.mode) ? x.c.mode : 'unknown')),
        contacts.map((x) => x.initiator),
        contacts.map((x) => clean(x.c.duration, 200)),
        contacts.map((x) => clean(x.c.tone, 200)),
        contacts.map((x) => x.c.unconfirmed),
        contacts.map((x) => text(x.c.evidence, 5000)),
      ],
    );
  }
  if (quotes.length > 0) {
    await tx.query(
      `INSERT INTO quotes (article_id, story_id, person_id, speaker, speaker_kind, text, evidence, position)
       SELECT * FROM unnest($1::int[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[])`,
      [
        quotes.map((x) => x.articleId),
        quotes.map((x) => x.storyId),
        quotes.map((x) => x.personId),
        quotes.map((x) => text(x.q.speaker, 300)),
        quotes.map((x) => (KINDS.has(x.q.speakerKind) ? x.q.speakerKind : 'unnamed')),
        quotes.map((x) => text(x.q.text, 20_000)),
        quotes.map((x) => text(x.q.evidence, 20_000)),
        quotes.map((x) => x.position),
      ],
    );
  }
}

const MODES = new Set(['phone', 'video', 'in-person', 'unknown']);
const KINDS = new Set(['person', 'organisation', 'unnamed']);
