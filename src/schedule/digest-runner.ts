// One scheduler tick: write due periods into the ledger, then claim, build and post them, each exactly once.
import { randomUUID } from 'node:crypto';
import type { Platform } from '../core/command.js';
import { deliveryKey, type DeliveryResult, type Poster } from '../core/delivery.js';
import { buildDigest } from '../core/digest/build.js';
import { periodOf, slotAfter, slotsBetween } from '../core/digest/period.js';
import type { Knowledge, StoryDetail } from '../core/knowledge.js';
import type { Logger } from '../log.js';
import type { SqlHandle } from '../store/sql.js';
import { createDeliveryLedger, type Claim, type PeriodRow } from './ledger.js';
import { createSubscriptionStore } from './subscriptions.js';

export interface DigestRunnerOptions {
  db: SqlHandle;
  knowledge: Knowledge;
  posters: Partial<Record<Exclude<Platform, 'terminal'>, Poster>>;
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** DIGEST_CATCHUP_HOURS: a period missed by more than this is recorded skipped, never sent. */
  catchupHours: number;
  clock?: () => Date;
  /** How long a claim protects a send in progress; after it, another replica takes the delivery over. */
  leaseMs?: number;
  /** Sends per delivery before giving up on transient failures; retries wait 1, 2, 4, 8 … × retryBaseMs. */
  maxAttempts?: number;
  retryBaseMs?: number;
  /** Deliveries this replica claims and sends at once. */
  concurrency?: number;
  owner?: string;
}

export interface TickReport {
  recorded: number;
  missed: number;
  sent: number;
  failed: number;
  skipped: number;
}

/** A digest that goes out more than this after its time is marked late. */
export const LATE_AFTER_MS = 5 * 60_000;
/** Even with DIGEST_CATCHUP_HOURS=0, a tick that runs a few minutes behind still sends. */
const MIN_WINDOW_MS = 10 * 60_000;

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function createDigestRunner(opts: DigestRunnerOptions) {
  const subscriptions = createSubscriptionStore(opts.db);
  const ledger = createDeliveryLedger(opts.db);
  const clock = opts.clock ?? (() => new Date());
  const leaseMs = opts.leaseMs ?? 5 * 60_000;
  const maxAttempts = opts.maxAttempts ?? 6;
  const retryBaseMs = opts.retryBaseMs ?? 60_000;
  const windowMs = Math.max(opts.catchupHours * 3_600_000, MIN_WINDOW_MS);
  const owner = opts.owner ?? `replica-${randomUUID().slice(0, 8)}`;
  const platforms = Object.keys(opts.posters).filter((p) => opts.posters[p as keyof typeof opts.posters]);
  let claims = 0;
  let stopped = false;
  const hours = (ms: number) => `${(ms / 3_600_000).toFixed(1)} h`;

  /** Writes every scheduled period up to now into the ledger: due if it can still go out, else skipped. */
  async function recordDue(now: Date, report: TickReport): Promise<void> {
    const rows: PeriodRow[] = [];
    const moves: { id: number; from: Date; to: Date }[] = [];
    for (const s of await subscriptions.due(now, platforms)) {
      for (const slot of slotsBetween(s, new Date(s.nextDueAt.getTime() - 1), now)) {
        const late = now.getTime() - slot.at.getTime();
        const missed = late > windowMs;
        const reason = missed ? `missed while the bot was not running: ${hours(late)} late, over DIGEST_CATCHUP_HOURS=${opts.catchupHours}` : null;
        const period = periodOf(s, slot);
        rows.push({ subscriptionId: s.id, platform: s.platform, key: period.key, from: period.from, to: period.to, state: missed ? 'skipped' : 'due', reason });
      }
      moves.push({ id: s.id, from: s.nextDueAt, to: slotAfter(s, now).at });
    }
    for (const state of await ledger.record(rows, now)) {
      if (state === 'skipped') report.missed++;
      else report.recorded++;
    }
    await subscriptions.advance(moves);
  }

  async function deliver(c: Claim, nowOf: () => Date, report: TickReport, memo: Map<string, Promise<StoryDetail[]>>): Promise<void> {
    const s = c.subscription;
    const now = nowOf();
    const lateMs = now.getTime() - c.scheduledAt.getTime();
    if (s.paused) {
      if (await ledger.skipped(c, `subscription paused: ${s.pauseReason ?? 'no reason given'}`, now)) report.skipped++;
      return;
    }
    if (lateMs > windowMs) {
      const why = `not sent: ${hours(lateMs)} after its time, over DIGEST_CATCHUP_HOURS=${opts.catchupHours}`;
      if (await ledger.skipped(c, why, now)) report.skipped++;
      return;
    }
    let result: DeliveryResult;
    let storyCount = 0;
    const late = lateMs > LATE_AFTER_MS;
    try {
      const period = { key: c.periodKey, from: c.from, to: c.scheduledAt };
      const about = s.about || undefined;
      // Channels of one workspace on the same schedule share a period: one query per tick serves them all.
      const key = [s.tenant, c.from.toISOString(), c.scheduledAt.toISOString(), s.about].join('\u0000');
      if (!memo.has(key)) memo.set(key, opts.knowledge.storiesWithNewCoverage(s.tenant, c.from.toISOString(), c.scheduledAt.toISOString(), { about, limit: 50 }));
      const stories = await memo.get(key)!;
      storyCount = stories.length;
      if (stories.length === 0 && s.skipEmpty) {
        if (await ledger.skipped(c, 'quiet period (skip-empty)', nowOf(), 0)) report.skipped++;
        return;
      }
      const answer = buildDigest(stories, period, { timezone: s.timezone, every: s.every, about, late });
      const poster = opts.posters[s.platform as keyof typeof opts.posters];
      // attempts > 1: an earlier claim of this delivery may have posted before it failed or died, so the poster looks first.
      const idempotency = { key: deliveryKey(s.id, c.periodKey), retry: c.attempts > 1 };
      result = poster ? await poster.post(s.channelId, answer, idempotency) : { ok: false, permanent: false, reason: `no ${s.platform} poster on this replica` };
    } catch (e) {
      result = { ok: false, permanent: false, reason: errorText(e) };
    }
    const done = nowOf();
    const where = { subscription: s.id, period: c.periodKey, channel: s.channelId, platform: s.platform };
    if (result.ok) {
      if (result.alreadyPosted) opts.log.info(`digest: ${result.alreadyPosted} of ${result.messageIds.length} messages were already in the channel from an earlier attempt; not posted again`, where);
      if (await ledger.sent(c, result.messageIds, storyCount, late, done)) report.sent++;
      else opts.log.warn('digest posted after its lease ran out; another replica may have posted it too', where);
    } else if (result.permanent) {
      const why = result.hint ? `${result.reason} — ${result.hint}` : result.reason;
      if (await ledger.failed(c, why, null, done)) {
        report.failed++;
        await subscriptions.pause(s.id, `${why} (${done.toISOString().slice(0, 10)})`, done);
        opts.log.warn('digest subscription paused after a permanent delivery failure', { ...where, reason: result.reason });
      }
    } else {
      const retryAt = c.attempts < maxAttempts ? new Date(done.getTime() + retryBaseMs * 2 ** (c.attempts - 1)) : null;
      const reason = retryAt ? result.reason : `${result.reason} (gave up after ${c.attempts} attempts)`;
      if (await ledger.failed(c, reason, retryAt, done)) report.failed++;
      opts.log.warn(retryAt ? 'digest delivery failed; will retry' : 'digest delivery failed; giving up', { ...where, reason: result.reason });
    }
  }

  return {
    owner,
    /** Runs one tick. `now` fixes the time for the whole tick (tests); otherwise the clock is read as it goes. */
    async tick(now?: Date): Promise<TickReport> {
      const nowOf = now ? () => now : clock;
      const report: TickReport = { recorded: 0, missed: 0, sent: 0, failed: 0, skipped: 0 };
      if (platforms.length === 0 || stopped) return report;
      await recordDue(nowOf(), report);
      // Claim a batch, send it in parallel, repeat: a quiet minute costs one empty claim.
      const memo = new Map<string, Promise<StoryDetail[]>>();
      while (!stopped) {
        const batch = await ledger.claim(`${owner}#${++claims}`, nowOf(), leaseMs, platforms, opts.concurrency ?? 4);
        if (batch.length === 0) break;
        await Promise.all(batch.map((c) => deliver(c, nowOf, report, memo)));
      }
      return report;
    },
    /** Claims nothing more; a send in progress still finishes. */
    stop() {
      stopped = true;
    },
  };
}

export type DigestRunner = ReturnType<typeof createDigestRunner>;
