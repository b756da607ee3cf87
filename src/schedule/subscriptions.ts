// Digest subscriptions in the store: create/update, remove, list, pause, and the rows due for the ledger.
import type { Platform } from '../core/command.js';
import { slotAfter } from '../core/digest/period.js';
import type { ChannelRef, DigestSubscription, SubscribeInput } from '../core/digest/service.js';
import type { SqlHandle } from '../store/sql.js';

type Row = Record<string, unknown>;

const asDate = (v: unknown): Date => (v instanceof Date ? v : new Date(String(v)));

export function toSubscription(r: Row): DigestSubscription {
  return {
    id: Number(r.id),
    platform: r.platform as Platform,
    tenant: String(r.tenant),
    channelId: String(r.channel_id),
    creator: String(r.creator),
    about: String(r.about),
    time: String(r.send_time),
    timezone: String(r.timezone),
    every: r.every as DigestSubscription['every'],
    skipEmpty: Boolean(r.skip_empty),
    paused: Boolean(r.paused),
    pauseReason: r.pause_reason == null ? null : String(r.pause_reason),
    createdAt: asDate(r.created_at),
    nextDueAt: asDate(r.next_due_at),
  };
}

/** A channel may hold a few digests (say one per person followed), not an unbounded number. */
export const MAX_SUBSCRIPTIONS_PER_CHANNEL = 10;

export function createSubscriptionStore(db: SqlHandle) {
  return {
    /** Upserts by (platform, tenant, channel, about); a resubscribe resumes a paused subscription. */
    async upsert(input: SubscribeInput, now: Date): Promise<{ subscription: DigestSubscription; created: boolean } | { full: true }> {
      const count = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM digest_subscriptions WHERE platform = $1 AND tenant = $2 AND channel_id = $3 AND about <> $4`,
        [input.platform, input.tenant, input.channelId, input.about],
      );
      if ((count.rows[0]?.n ?? 0) >= MAX_SUBSCRIPTIONS_PER_CHANNEL) return { full: true };
      const next = slotAfter(input, now).at;
      const r = await db.query(
        `INSERT INTO digest_subscriptions
           (platform, tenant, channel_id, creator, about, send_time, timezone, every, skip_empty, next_due_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)
         ON CONFLICT (platform, tenant, channel_id, about) DO UPDATE SET
           creator = EXCLUDED.creator, send_time = EXCLUDED.send_time, timezone = EXCLUDED.timezone,
           every = EXCLUDED.every, skip_empty = EXCLUDED.skip_empty, next_due_at = EXCLUDED.next_due_at,
           paused = FALSE, pause_reason = NULL, updated_at = EXCLUDED.updated_at
         RETURNING *, (xmax = 0) AS inserted`,
        [input.platform, input.tenant, input.channelId, input.creator, input.about, input.time, input.timezone,
          input.every, input.skipEmpty, next, now],
      );
      // xmax is 0 on a freshly inserted row version, set when ON CONFLICT updated an existing one.
      return { subscription: toSubscription(r.rows[0]!), created: r.rows[0]!.inserted === true };
    },

    async remove(channel: ChannelRef, about: string | undefined): Promise<DigestSubscription[]> {
      const r = await db.query(
        `DELETE FROM digest_subscriptions WHERE platform = $1 AND tenant = $2 AND channel_id = $3 AND ($4::text IS NULL OR about = $4)
         RETURNING *`,
        [channel.platform, channel.tenant, channel.channelId, about ?? null],
      );
      return r.rows.map(toSubscription);
    },

    async list(platform: Platform, tenant: string): Promise<DigestSubscription[]> {
      const r = await db.query(
        `SELECT * FROM digest_subscriptions WHERE platform = $1 AND tenant = $2 ORDER BY channel_id, about`,
        [platform, tenant],
      );
      return r.rows.map(toSubscription);
    },

    async inChannel(channel: ChannelRef): Promise<DigestSubscription[]> {
      const r = await db.query(
        `SELECT * FROM digest_subscriptions WHERE platform = $1 AND tenant = $2 AND channel_id = $3 ORDER BY about`,
        [channel.platform, channel.tenant, channel.channelId],
      );
      return r.rows.map(toSubscription);
    },

    /** Active subscriptions whose next send is due, on the platforms this replica can post to. */
    async due(now: Date, platforms: string[], limit = 1000): Promise<DigestSubscription[]> {
      const r = await db.query(
        `SELECT * FROM digest_subscriptions WHERE NOT paused AND next_due_at <= $1 AND platform = ANY($2::text[])
         ORDER BY next_due_at, id LIMIT $3`,
        [now, platforms, limit],
      );
      return r.rows.map(toSubscription);
    },

    /**
     * Moves next_due_at on, each only from the value this replica read (replicas compute the same value anyway);
     * one statement, ids sorted so concurrent replicas lock rows in the same order.
     */
    async advance(moves: { id: number; from: Date; to: Date }[]): Promise<void> {
      if (moves.length === 0) return;
      const sorted = [...moves].sort((a, b) => a.id - b.id);
      await db.query(
        `UPDATE digest_subscriptions s SET next_due_at = u.next_at
         FROM unnest($1::bigint[], $2::timestamptz[], $3::timestamptz[]) AS u(id, old_at, next_at)
         WHERE s.id = u.id AND s.next_due_at = u.old_at`,
        [sorted.map((m) => m.id), sorted.map((m) => m.from.toISOString()), sorted.map((m) => m.to.toISOString())],
      );
    },

    async pause(id: number, reason: string, now: Date): Promise<void> {
      await db.query(`UPDATE digest_subscriptions SET paused = TRUE, pause_reason = $2, updated_at = $3 WHERE id = $1`, [id, reason, now]);
    },
  };
}

export type SubscriptionStore = ReturnType<typeof createSubscriptionStore>;
