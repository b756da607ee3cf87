// Persists one linked batch (persons, stories, articles, contacts, quotes) inside the caller's transaction.
import type { KnownStory, LinkResult } from '../core/corpus/link-types.js';
import { SHARED_TENANT } from '../core/knowledge.js';
import type { ArticleAnalysis, Contact, Quote, RawArticle } from '../core/types.js';
import { nameKeys } from './name-keys.js';
import type { SqlHandle } from './sql.js';
import { writePersons, type PersonIds } from './write-persons.js';

export interface BatchArticle {
  raw: RawArticle;
  /** sha256 of raw.text. */
  rawHash: string;
  analysis: ArticleAnalysis;
  storyId: string | null;
}

/** Postgres text may not hold NUL; everything stored passes through here. */
const clean = (s: string | null | undefined, max = 100_000): string | null =>
  s === null || s === undefined ? null : s.replace(/\u0000/gu, '').slice(0, max);
const text = (s: string | null | undefined, max?: number): string => clean(s, max) ?? '';

/** Writes the batch; returns how many articles were new (the rest lost a race to an equal article). */
export async function writeBatch(
  tx: SqlHandle,
  tenant: string,
  items: readonly BatchArticle[],
  link: Pick<LinkResult, 'persons' | 'stories'>,
): Promise<number> {
  const idOf = await writePersons(tx, link.persons, factNames(items));
  const renamed = await writeStories(tx, tenant, link.stories);
  const placed = items.map((i) => (i.storyId !== null && renamed.has(i.storyId) ? { ...i, storyId: renamed.get(i.storyId) ?? null } : i));
  await ensureStories(tx, tenant, placed);
  const inserted = await insertArticles(tx, tenant, placed);
  const stored = placed.flatMap((item) => {
    const id = inserted.get(item.analysis.article.contentHash);
    return id === undefined ? [] : [{ id, item }];
  });
  await writeFacts(tx, tenant, stored, idOf);
  return inserted.size;
}

/**
 * Upserts the batch's stories. A story belongs to the workspace that created it: another workspace's articles may
 * join a shared story but never retitle it, and an id that collides with an invisible story of another workspace
 * gets a suffix instead. Returns those renames.
 */
async function writeStories(tx: SqlHandle, tenant: string, stories: readonly KnownStory[]): Promise<Map<string, string>> {
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
async function ensureStories(tx: SqlHandle, tenant: string, items: readonly BatchArticle[]): Promise<void> {
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

async function insertArticles(tx: SqlHandle, tenant: string, items: readonly BatchArticle[]): Promise<Map<string, number>> {
  if (items.length === 0) return new Map();
  const r = await tx.query<{ id: number; content_hash: string }>(
    `INSERT INTO articles (tenant, file, url, title, outlet, published, event_date, raw_hash, content_hash, raw, body,
                           analysis, story_id)
     SELECT $1, file, url, title, outlet, published::date, event_date, raw_hash, content_hash, raw, body, analysis::jsonb,
            story_id
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                 $10::text[], $11::text[], $12::text[], $13::text[])
       AS a(file, url, title, outlet, published, event_date, raw_hash, content_hash, raw, body, analysis, story_id)
     ON CONFLICT DO NOTHING
     RETURNING id, content_hash`,
    [
      tenant,
      items.map((i) => text(i.analysis.article.file, 2000)),
      items.map((i) => clean(i.analysis.article.url ?? i.raw.url, 2000)),
      items.map((i) => text(i.analysis.article.title, 1000)),
      items.map((i) => clean(i.analysis.article.outlet, 200)),
      items.map((i) => validDay(i.analysis.article.published)),
      items.map((i) => clean(i.analysis.eventDate, 10)),
      items.map((i) => i.rawHash),
      items.map((i) => i.analysis.article.contentHash),
      items.map((i) => text(i.raw.text, 10_000_000)),
      items.map((i) => text(i.analysis.article.paragraphs.join('\n\n'), 10_000_000)),
      items.map((i) => JSON.stringify(storedAnalysis(i.analysis)).replace(/\\u0000/gu, '')),
      items.map((i) => i.storyId),
    ],
  );
  return new Map(r.rows.map((row) => [row.content_hash, row.id]));
}

/** The analysis without the paragraphs, which `body` already holds. */
function storedAnalysis(a: ArticleAnalysis): unknown {
  const { paragraphs: _paragraphs, ...article } = a.article;
  return { ...a, article };
}

function validDay(d: string | null | undefined): string | null {
  return d && /^\d{4}-\d{2}-\d{2}$/u.test(d) && !Number.isNaN(Date.parse(d)) ? d : null;
}

/** Names the batch's facts point at: people, contact participants and initiators, person speakers. */
function factNames(items: readonly BatchArticle[]): string[] {
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
async function writeFacts(tx: SqlHandle, tenant: string, stored: readonly { id: number; item: BatchArticle }[], idOf: PersonIds): Promise<void> {
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
