// Upserts the stories a batch touched, respecting which workspace owns each story.
import type { KnownStory } from '../core/corpus/link-types.js';
import { SHARED_TENANT } from '../core/knowledge.js';
import { nameKeys } from './name-keys.js';
import type { SqlHandle } from './sql.js';
import { clean, text, type BatchArticle } from './write-text.js';

/**
 * Upserts the batch's stories. A story belongs to the workspace that created it: another workspace's articles may
 * join a shared story but never retitle it, and an id that collides with an invisible story of another workspace
 * gets a suffix instead. Returns those renames.
 */
export async function writeStories(tx: SqlHandle, tenant: string, stories: readonly KnownStory[]): Promise<Map<string, string>> {
  const renamed = new Map<string, string>();
  if (stories.length === 0) return renamed;
  const owners = await tx.query<{ id: string; tenant: string }>('SELECT id, tenant FROM stories WHERE id = ANY($1::text[])', [
    stories.map((s) => s.id),
  ]);
  const ownerOf = new Map(owners.rows.map((r) => [r.id, r.tenant]));
  const writable: KnownStory[] = [];
  for (const s of [...stories].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const owner = ownerOf.get(s.id);
    if (owner === undefined || owner === tenant) writable.push(s);
    else if (owner !== SHARED_TENANT) {
      const id = await freeId(tx, s.id);
      renamed.set(s.id, id);
      writable.push({ ...s, id });
    }
  }
  if (writable.length === 0) return renamed;
  await tx.query(
    `INSERT INTO stories (id, tenant, title, date, date_inferred, participants, participant_keys, lead_key, keywords)
     SELECT id, $1, title, date, inferred, string_to_array(participants, E'\\x1f'), string_to_array(pkeys, '|'), pkeys,
            string_to_array(keywords, E'\\x1f')
     FROM unnest($2::text[], $3::text[], $4::text[], $5::boolean[], $6::text[], $7::text[], $8::text[])
       AS s(id, title, date, inferred, participants, pkeys, keywords)
     ON CONFLICT (id) DO UPDATE SET title = excluded.title, date = excluded.date,
       date_inferred = excluded.date_inferred, participants = excluded.participants,
       participant_keys = excluded.participant_keys, lead_key = excluded.lead_key, keywords = excluded.keywords,
       last_ingested_at = now()`,
    [
      tenant,
      writable.map((s) => s.id),
      writable.map((s) => text(s.title, 500)),
      writable.map((s) => clean(s.date, 10)),
      writable.map((s) => s.dateInferred),
      // Arrays of arrays cannot go through unnest, so each list travels as one unit-separated string.
      writable.map((s) => s.participants.map((p) => text(p, 200)).join('\x1f')),
      // personKey()s sorted and distinct, joined by '|': the form storyKeys() gives for an article's lead pair.
      writable.map((s) => leadKey(s.participants)),
      writable.map((s) => s.keywords.map((k) => text(k, 100)).join('\x1f')),
    ],
  );
  return renamed;
}

/** The key the linker's candidates are loaded by: sorted distinct personKey()s of the participants. */
export function leadKey(participants: readonly string[]): string {
  return [...new Set(participants.map((p) => nameKeys(p).surnameKey).filter((k) => k !== '' && !k.includes('|')))].sort().join('|');
}

async function freeId(tx: SqlHandle, id: string): Promise<string> {
  for (let n = 2; ; n++) {
    const candidate = `${id}-${n}`;
    const r = await tx.query('SELECT 1 FROM stories WHERE id = $1', [candidate]);
    if (r.rows.length === 0) return candidate;
  }
}

/** A story id the linker used without describing it still needs its row (articles reference it). */
export async function ensureStories(tx: SqlHandle, tenant: string, items: readonly BatchArticle[]): Promise<void> {
  const byId = new Map<string, BatchArticle>();
  for (const i of items) if (i.storyId !== null) byId.set(i.storyId, i);
  if (byId.size === 0) return;
  const list = [...byId.values()];
  await tx.query(
    `INSERT INTO stories (tenant, id, title, date) SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[])
     ON CONFLICT (id) DO UPDATE SET last_ingested_at = now()`,
    [tenant, list.map((i) => i.storyId), list.map((i) => text(i.analysis.article.title, 500)), list.map((i) => clean(i.analysis.eventDate, 10))],
  );
}
