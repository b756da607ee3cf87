// The delivery ledger: one row per (subscription, period), claimed under a lease, finished as sent|failed|skipped.
import type { ChannelRef, DeliveryRecord, DeliveryState, DigestSubscription } from '../core/digest/service.js';
import type { SqlHandle } from '../store/sql.js';
import { toSubscription } from './subscriptions.js';

type Row = Record<string, unknown>;
const asDate = (v: unknown): Date => (v instanceof Date ? v : new Date(String(v)));

/** A delivery this replica holds: send it, then finish it with the same token. */
export interface Claim {
  subscription: DigestSubscription;
  periodKey: string;
  from: Date;
  scheduledAt: Date;
  attempts: number;
  token: string;
}

/** Open = waiting, or its lease ran out (the sender died), or its retry time came; `$3` is now. */
/** One scheduled period to write into the ledger. */
export interface PeriodRow {
  subscriptionId: number;
  platform: string;
  key: string;
  from: Date;
  to: Date;
  state: 'due' | 'skipped';
  reason: string | null;
}

const open = (t: string) =>
  `(${t}.state = 'due' OR (${t}.state = 'claimed' AND ${t}.lease_until <= $3) OR (${t}.state = 'failed' AND ${t}.retry_at <= $3))`;

export function createDeliveryLedger(db: SqlHandle) {
  /** Finishes a claim; false when the token no longer matches (the lease ran out and another replica took it). */
  async function finish(c: Claim, state: DeliveryState, fields: { reason?: string | null; retryAt?: Date | null; late?: boolean; storyCount?: number | null; messageIds?: string[] }, now: Date): Promise<boolean> {
    const r = await db.query(
      `UPDATE digest_deliveries SET state = $4, reason = $5, retry_at = $6, late = COALESCE($7, late),
         story_count = COALESCE($8, story_count), message_ids = COALESCE($9, message_ids), lease_until = NULL, updated_at = $10
       WHERE subscription_id = $1 AND period_key = $2 AND claimed_by = $3 AND state = 'claimed' RETURNING period_key`,
      [c.subscription.id, c.periodKey, c.token, state, fields.reason ?? null, fields.retryAt ?? null, fields.late ?? null,
        fields.storyCount ?? null, fields.messageIds ? JSON.stringify(fields.messageIds) : null, now],
    );
    return r.rows.length > 0;
  }

  return {
    /**
     * Records scheduled periods in one statement; a period already in the ledger is left as it is (that is the
     * exactly-once key). Returns the states of the rows actually inserted. Rows go in sorted, so two replicas
     * recording the same periods take their locks in the same order.
     */
    async record(rows: PeriodRow[], now: Date): Promise<('due' | 'skipped')[]> {
      if (rows.length === 0) return [];
      const sorted = [...rows].sort((a, b) => a.subscriptionId - b.subscriptionId || a.key.localeCompare(b.key));
      const r = await db.query<{ state: 'due' | 'skipped' }>(
        `INSERT INTO digest_deliveries (subscription_id, platform, period_key, period_from, scheduled_at, state, reason, updated_at)
         SELECT u.id, u.platform, u.key, u.from_at, u.to_at, u.state, u.reason, $8::timestamptz
         FROM unnest($1::bigint[], $2::text[], $3::text[], $4::timestamptz[], $5::timestamptz[], $6::text[], $7::text[])
           AS u(id, platform, key, from_at, to_at, state, reason)
         ON CONFLICT (subscription_id, period_key) DO NOTHING RETURNING state`,
        [
          sorted.map((x) => x.subscriptionId), sorted.map((x) => x.platform), sorted.map((x) => x.key),
          sorted.map((x) => x.from.toISOString()), sorted.map((x) => x.to.toISOString()), sorted.map((x) => x.state),
          sorted.map((x) => x.reason), now.toISOString(),
        ],
      );
      return r.rows.map((x) => x.state);
    },

    /**
     * Claims up to `limit` of the oldest open deliveries: due, failed and ready to retry, or claimed by a replica
     * whose lease ran out. `FOR UPDATE SKIP LOCKED` lets replicas claim different rows at once; the repeated
     * condition in the outer WHERE leaves alone a row that changed meanwhile. Each claim gets its own token.
     * The pick reads the ledger's open-rows index only, so it stays fast before any ANALYZE has run.
     */
    async claim(tokenBase: string, now: Date, leaseMs: number, platforms: string[], limit: number): Promise<Claim[]> {
      const r = await db.query(
        `WITH picked AS (
           SELECT o.subscription_id, o.period_key FROM digest_deliveries o
           WHERE ${open('o')} AND o.platform = ANY($4::text[])
           ORDER BY o.scheduled_at, o.subscription_id LIMIT $5 FOR UPDATE OF o SKIP LOCKED)
         UPDATE digest_deliveries d SET state = 'claimed', claimed_by = $1 || ':' || d.subscription_id || ':' || d.period_key,
           lease_until = $2, attempts = d.attempts + 1, updated_at = $3
         FROM picked p, digest_subscriptions s
         WHERE d.subscription_id = p.subscription_id AND d.period_key = p.period_key AND s.id = d.subscription_id AND ${open('d')}
         RETURNING d.claimed_by AS d_token, d.period_key AS d_period_key, d.period_from AS d_from, d.scheduled_at AS d_scheduled,
           d.attempts AS d_attempts, s.*`,
        [tokenBase, new Date(now.getTime() + leaseMs), now, platforms, limit],
      );
      return r.rows.map((row) => ({
        subscription: toSubscription(row),
        periodKey: String(row.d_period_key),
        from: asDate(row.d_from),
        scheduledAt: asDate(row.d_scheduled),
        attempts: Number(row.d_attempts),
        token: String(row.d_token),
      }));
    },

    sent: (c: Claim, messageIds: string[], storyCount: number, late: boolean, now: Date) =>
      finish(c, 'sent', { messageIds, storyCount, late }, now),
    skipped: (c: Claim, reason: string, now: Date, storyCount: number | null = null) => finish(c, 'skipped', { reason, storyCount }, now),
    /** retryAt null = given up. */
    failed: (c: Claim, reason: string, retryAt: Date | null, now: Date) => finish(c, 'failed', { reason, retryAt }, now),

    async history(channel: ChannelRef, limit: number): Promise<DeliveryRecord[]> {
      const r = await db.query(
        `SELECT d.*, s.channel_id, s.about, s.timezone FROM digest_deliveries d JOIN digest_subscriptions s ON s.id = d.subscription_id
         WHERE s.platform = $1 AND s.tenant = $2 AND s.channel_id = $3 ORDER BY d.scheduled_at DESC, s.about LIMIT $4`,
        [channel.platform, channel.tenant, channel.channelId, limit],
      );
      return r.rows.map((row: Row): DeliveryRecord => ({
        subscriptionId: Number(row.subscription_id),
        channelId: String(row.channel_id),
        about: String(row.about),
        timezone: String(row.timezone),
        periodKey: String(row.period_key),
        scheduledAt: asDate(row.scheduled_at),
        state: row.state as DeliveryState,
        attempts: Number(row.attempts),
        late: Boolean(row.late),
        storyCount: row.story_count == null ? null : Number(row.story_count),
        reason: row.reason == null ? null : String(row.reason),
        retryAt: row.retry_at == null ? null : asDate(row.retry_at),
        updatedAt: asDate(row.updated_at),
      }));
    },
  };
}

export type DeliveryLedger = ReturnType<typeof createDeliveryLedger>;
