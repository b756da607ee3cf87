// Contact queries: rows per reporting article, grouped into events, each with every source and the dates they give.
import type { ContactRecord, DateRange, PersonSummary, StoryDetail, Tenant } from '../../core/knowledge.js';
import type { ContactMode } from '../../core/types.js';
import type { SqlHandle } from '../sql.js';
import { groupContactEvents, mostCommon, type ContactEvent, type ContactRow } from './contact-events.js';
import { disagreements } from './disagreements.js';
import { clampLimit, dateBound, rowId } from './input.js';
import { personsById } from './persons.js';
import { SOURCE_COLUMNS, toSource, type SourceColumns } from './sources.js';

/** Enough rows for any one person; a person with more reports than this gets the newest. */
const MAX_ROWS = 5000;

type Row = SourceColumns & {
  story_id: string | null;
  participant_ids: number[];
  participant_set: number[];
  date: string | null;
  date_inferred: boolean;
  story_date: string | null;
  mode: ContactMode;
  initiator_id: number | null;
  duration: string | null;
  tone: string | null;
  unconfirmed: boolean;
};

const SELECT_ROWS = `SELECT c.story_id, c.participant_ids, c.participant_set, c.date, c.date_inferred, s.date AS story_date,
    c.mode, c.initiator_id, c.duration, c.tone, c.unconfirmed, ${SOURCE_COLUMNS}
  FROM contacts c JOIN articles a ON a.id = c.article_id LEFT JOIN stories s ON s.id = c.story_id`;
const VISIBLE = `(a.tenant = '' OR a.tenant = $1)`;
const NEWEST = `ORDER BY coalesce(c.date, s.date) DESC NULLS LAST, a.ingested_at DESC`;

export async function contactsOf(
  db: SqlHandle,
  tenant: Tenant,
  personId: number,
  opts: DateRange & { withId?: number; limit?: number },
): Promise<ContactRecord[]> {
  const person = rowId(personId);
  if (person === null) return [];
  const other = rowId(opts.withId);
  const ids = other === null ? [person] : [person, other];
  const r = await db.query<Row>(`${SELECT_ROWS} WHERE c.participant_set @> $2::int[] AND ${VISIBLE} ${NEWEST} LIMIT ${MAX_ROWS}`, [
    tenant,
    ids,
  ]);
  return records(db, r.rows, opts, clampLimit(opts.limit, 10));
}

export async function recentContacts(db: SqlHandle, tenant: Tenant, opts: DateRange & { limit?: number }): Promise<ContactRecord[]> {
  const limit = clampLimit(opts.limit, 10);
  // The newest dated reports name the candidate events; their stories bring the undated reports of the same events.
  const since = dateBound(opts.since);
  // Written to follow contacts_date_idx (date DESC NULLS LAST, id DESC): the newest rows without a sort.
  const newest = await db.query<Row>(
    `${SELECT_ROWS} WHERE c.date IS NOT NULL AND ${VISIBLE} ${since === null ? '' : 'AND c.date >= $3'}
     ORDER BY c.date DESC NULLS LAST, c.id DESC LIMIT $2`,
    since === null ? [tenant, limit * 8] : [tenant, limit * 8, since],
  );
  const stories = [...new Set(newest.rows.map((x) => x.story_id).filter((s): s is string => s !== null))];
  const sameStories = await db.query<Row>(`${SELECT_ROWS} WHERE c.story_id = ANY($2::text[]) AND ${VISIBLE} LIMIT ${MAX_ROWS}`, [
    tenant,
    stories,
  ]);
  // Rows fetched twice (dated and in a candidate story) must count once.
  const seen = new Set<string>();
  const rows = [...newest.rows, ...sameStories.rows].filter((x) => {
    const k = `${x.article}|${x.participant_set.join(',')}|${x.evidence}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
  return records(db, rows, opts, limit);
}

/** Events of a story (StoryDetail), with the attributes its sources state differently. */
export async function storyContacts(
  db: SqlHandle,
  tenant: Tenant,
  storyId: string,
): Promise<{ contacts: ContactRecord[]; disagreements: StoryDetail['disagreements'] }> {
  const r = await db.query<Row>(`${SELECT_ROWS} WHERE c.story_id = $2 AND ${VISIBLE} ${NEWEST} LIMIT ${MAX_ROWS}`, [tenant, storyId]);
  const events = groupContactEvents(r.rows.map(toContactRow)).sort(newestFirst).slice(0, 100);
  const contacts = await toRecords(db, events);
  const who = contacts.map((c) => c.participants.map((p) => p.name).join(' and '));
  return { contacts, disagreements: disagreements(events, who) };
}

async function records(db: SqlHandle, rows: Row[], range: DateRange, limit: number): Promise<ContactRecord[]> {
  const events = groupContactEvents(rows.map(toContactRow))
    .filter((e) => inRange(e.date, range))
    .sort(newestFirst)
    .slice(0, limit);
  return toRecords(db, events);
}

async function toRecords(db: SqlHandle, events: readonly ContactEvent[]): Promise<ContactRecord[]> {
  const ids = events.flatMap((e) => e.rows.flatMap((r) => [...r.participantIds, ...(r.initiatorId === null ? [] : [r.initiatorId])]));
  const persons = await personsById(db, ids);
  return events.map((e) => toRecord(e, persons));
}

function toContactRow(r: Row): ContactRow {
  return {
    storyId: r.story_id,
    participantIds: r.participant_ids,
    participantSet: r.participant_set,
    date: r.date,
    dateInferred: r.date_inferred,
    storyDate: r.story_date,
    mode: r.mode,
    initiatorId: r.initiator_id,
    duration: r.duration,
    tone: r.tone,
    unconfirmed: r.unconfirmed,
    source: toSource(r),
  };
}

/** Partial dates overlap a range when any day of them does ("2022-10" is inside since 2022-10-15). */
function inRange(date: string | null, range: DateRange): boolean {
  const since = dateBound(range.since);
  const until = dateBound(range.until);
  if (since === null && until === null) return true;
  if (date === null) return false;
  const first = date;
  const last = `${date}\uffff`;
  return (since === null || last >= since) && (until === null || first <= `${until}\uffff`);
}

function newestFirst(a: ContactEvent, b: ContactEvent): number {
  if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1;
  const la = latestPublished(a);
  const lb = latestPublished(b);
  return la === lb ? 0 : la < lb ? 1 : -1;
}
const latestPublished = (e: ContactEvent): string => e.rows.map((r) => r.source.published ?? '').sort().at(-1) ?? '';

function toRecord(e: ContactEvent, persons: Map<number, PersonSummary>): ContactRecord {
  const person = (id: number | null): PersonSummary | null => (id === null ? null : (persons.get(id) ?? null));
  const first = [...e.rows].sort((a, b) => Number(b.date !== null) - Number(a.date !== null))[0];
  const sources = new Map<string, ContactRow>();
  for (const r of e.rows) if (!sources.has(r.source.article)) sources.set(r.source.article, r);
  const dates = new Map<string | null, { inferred: boolean; articles: string[] }>();
  for (const r of sources.values()) {
    const stated = r.date !== null && !r.dateInferred;
    const d = stated ? r.date : e.date;
    const entry = dates.get(d) ?? { inferred: d !== null, articles: [] };
    entry.inferred &&= !stated;
    entry.articles.push(r.source.article);
    dates.set(d, entry);
  }
  const modes = e.rows.map((r) => (r.mode === 'unknown' ? null : r.mode));
  return {
    participants: (first?.participantIds ?? []).map(person).filter((p): p is PersonSummary => p !== null),
    date: e.date,
    dateInferred: e.dateInferred,
    datesBySource: [...dates].map(([date, v]) => ({ date, inferred: v.inferred, articles: v.articles })),
    mode: mostCommon(modes) ?? 'unknown',
    initiator: person(mostCommon(e.rows.map((r) => r.initiatorId))),
    duration: mostCommon(e.rows.map((r) => r.duration)),
    tone: mostCommon(e.rows.map((r) => r.tone)),
    unconfirmed: e.rows.every((r) => r.unconfirmed),
    storyId: mostCommon(e.rows.map((r) => r.storyId)),
    sources: [...sources.values()].map((r) => r.source),
  };
}
