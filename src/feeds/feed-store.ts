// The feeds and feed_items tables (020_feeds.sql): parameterised SQL over the shared SqlHandle, no ORM.
import type { FeedStatus, FeedSummary } from '../core/feeds/feed-service.js';
import type { SqlHandle } from '../store/sql.js';

export interface FeedRow extends FeedSummary {
  tenant: string;
  etag: string | null;
  lastModified: string | null;
}

export type ItemState = 'added' | 'duplicate' | 'failed' | 'skipped';

const SELECT = `SELECT f.*,
  (SELECT count(*) FROM feed_items i WHERE i.feed_id = f.id AND i.state = 'added')::int AS n_added,
  (SELECT count(*) FROM feed_items i WHERE i.feed_id = f.id AND i.state = 'duplicate')::int AS n_duplicate,
  (SELECT count(*) FROM feed_items i WHERE i.feed_id = f.id AND i.state IN ('failed', 'skipped'))::int AS n_failed
  FROM feeds f`;

type Row = Record<string, unknown>;
const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : typeof v === 'string' ? new Date(v).toISOString() : null);
const text = (v: unknown) => (typeof v === 'string' ? v : null);

function toFeed(r: Row): FeedRow {
  const status = r.status as FeedStatus;
  return {
    id: Number(r.id),
    tenant: String(r.tenant),
    name: String(r.name),
    url: String(r.url),
    title: text(r.title),
    status,
    intervalMinutes: Number(r.interval_minutes),
    lastPollAt: iso(r.last_poll_at),
    lastSuccessAt: iso(r.last_success_at),
    nextPollAt: status === 'disabled' ? null : iso(r.next_poll_at),
    lastError: text(r.last_error),
    consecutiveFailures: Number(r.consecutive_failures),
    articles: Number(r.n_added ?? 0),
    duplicates: Number(r.n_duplicate ?? 0),
    failedItems: Number(r.n_failed ?? 0),
    etag: text(r.etag),
    lastModified: text(r.last_modified),
  };
}

export interface SeenItem {
  guid: string;
  state: ItemState;
  attempts: number;
}

export function createFeedStore(db: SqlHandle) {
  const one = async (sql: string, params: unknown[]) => {
    const r = await db.query<Row>(sql, params);
    return r.rows[0] ? toFeed(r.rows[0]) : null;
  };
  const get = (id: number) => one(`${SELECT} WHERE f.id = $1`, [id]);
  return {
    get,
    async insert(tenant: string, f: { url: string; name: string; addedBy: string; intervalMinutes: number }, now: Date): Promise<FeedRow | null> {
      const r = await db.query<{ id: number }>(
        `INSERT INTO feeds (tenant, url, name, added_by, interval_minutes, created_at, next_poll_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6) ON CONFLICT DO NOTHING RETURNING id`,
        [tenant, f.url, f.name, f.addedBy, f.intervalMinutes, now],
      );
      return r.rows[0] ? get(r.rows[0].id) : null;
    },
    /** By URL, else by name ignoring case. */
    find: (tenant: string, nameOrUrl: string) =>
      one(`${SELECT} WHERE f.tenant = $1 AND (f.url = $2 OR lower(f.name) = lower($2)) ORDER BY (f.url = $2) DESC LIMIT 1`, [tenant, nameOrUrl.trim()]),
    async list(tenant: string): Promise<FeedRow[]> {
      const r = await db.query<Row>(`${SELECT} WHERE f.tenant = $1 ORDER BY lower(f.name)`, [tenant]);
      return r.rows.map(toFeed);
    },
    async count(tenant: string): Promise<number> {
      const r = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM feeds WHERE tenant = $1', [tenant]);
      return r.rows[0]?.n ?? 0;
    },
    async nameTaken(tenant: string, name: string): Promise<boolean> {
      const r = await db.query('SELECT 1 FROM feeds WHERE tenant = $1 AND lower(name) = lower($2)', [tenant, name]);
      return r.rows.length > 0;
    },
    async rename(id: number, name: string): Promise<void> {
      await db.query('UPDATE feeds SET name = $2 WHERE id = $1', [id, name]);
    },
    async remove(id: number): Promise<void> {
      await db.query('DELETE FROM feeds WHERE id = $1', [id]);
    },
    /** Feeds whose next poll is due, across tenants, oldest first. */
    async due(now: Date, limit: number): Promise<FeedRow[]> {
      const r = await db.query<Row>(
        `${SELECT} WHERE f.status <> 'disabled' AND f.next_poll_at <= $1 AND (f.polling_until IS NULL OR f.polling_until < $1)
         ORDER BY f.next_poll_at LIMIT $2`,
        [now, limit],
      );
      return r.rows.map(toFeed);
    },
    /** Takes the feed's poll lease; false when another poll (replica or /feeds poll) holds it. */
    async claim(id: number, now: Date, leaseMs: number): Promise<boolean> {
      const r = await db.query(
        `UPDATE feeds SET polling_until = $3 WHERE id = $1 AND (polling_until IS NULL OR polling_until < $2) RETURNING id`,
        [id, now, new Date(now.getTime() + leaseMs)],
      );
      return r.rows.length > 0;
    },
    async recordSuccess(id: number, s: { now: Date; next: Date; etag: string | null; lastModified: string | null; title?: string | null }) {
      await db.query(
        `UPDATE feeds SET status = 'ok', last_error = NULL, consecutive_failures = 0, last_poll_at = $2, last_success_at = $2,
           next_poll_at = $3, etag = $4, last_modified = $5, title = COALESCE($6, title), polling_until = NULL WHERE id = $1`,
        [id, s.now, s.next, s.etag, s.lastModified, s.title ?? null],
      );
    },
    async recordFailure(id: number, f: { now: Date; next: Date; error: string; disable: boolean }) {
      await db.query(
        `UPDATE feeds SET status = $5, last_error = $4, consecutive_failures = consecutive_failures + 1, last_poll_at = $2,
           next_poll_at = $3, polling_until = NULL WHERE id = $1`,
        [id, f.now, f.next, f.error.slice(0, 500), f.disable ? 'disabled' : 'error'],
      );
    },
    /** The items of this feed already known, by guid. */
    async seenItems(feedId: number, guids: string[]): Promise<Map<string, SeenItem>> {
      if (guids.length === 0) return new Map();
      const r = await db.query<SeenItem>('SELECT guid, state, attempts FROM feed_items WHERE feed_id = $1 AND guid = ANY($2)', [feedId, guids]);
      return new Map(r.rows.map((s) => [s.guid, s]));
    },
    /** Canonical URLs the tenant already has, from any of its feeds or in its (or the shared) articles. */
    async knownUrls(tenant: string, urls: string[]): Promise<Set<string>> {
      if (urls.length === 0) return new Set();
      const r = await db.query<{ url: string }>(
        `SELECT i.url FROM feed_items i JOIN feeds f ON f.id = i.feed_id
           WHERE f.tenant = $1 AND i.url = ANY($2) AND i.state IN ('added', 'duplicate')
         UNION SELECT a.url FROM articles a WHERE a.tenant IN ($1, '') AND a.url = ANY($2)`,
        [tenant, urls],
      );
      return new Set(r.rows.map((x) => x.url));
    },
    async markItem(feedId: number, item: { guid: string; url: string | null; title: string; state: ItemState; articleFile?: string | null; error?: string | null }, now: Date) {
      await db.query(
        `INSERT INTO feed_items (feed_id, guid, url, title, state, article_file, last_error, first_seen_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
         ON CONFLICT (feed_id, guid) DO UPDATE SET state = EXCLUDED.state, url = EXCLUDED.url, article_file = EXCLUDED.article_file,
           last_error = EXCLUDED.last_error, attempts = feed_items.attempts + 1, updated_at = EXCLUDED.updated_at`,
        [feedId, item.guid, item.url, item.title.slice(0, 500), item.state, item.articleFile ?? null, item.error?.slice(0, 500) ?? null, now],
      );
    },
  };
}

export type FeedStore = ReturnType<typeof createFeedStore>;
