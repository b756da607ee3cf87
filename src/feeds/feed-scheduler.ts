// Polls due feeds once a minute on node-cron; with a store-backed coordinator only one replica runs each minute.
import cron, { type RunCoordinator, type ScheduledTask } from 'node-cron';
import type { FeedPollReport } from '../core/feeds/feed-service.js';

export interface FeedSchedulerOptions {
  /** The feed service's pollDue: feeds past their next_poll_at, polled with their backoff and leases. */
  pollDue(now: Date): Promise<FeedPollReport[]>;
  /** createRunCoordinator(db) from src/schedule/run-coordinator.ts; without it every replica ticks (one process). */
  coordinator?: RunCoordinator;
  log?: { info(msg: string, extra?: unknown): void; warn(msg: string, extra?: unknown): void; error(msg: string, extra?: unknown): void };
  /** Start the cron task (default true); tests leave it off and call tick() with a fake clock. */
  autoStart?: boolean;
}

export interface FeedScheduler {
  /** One round: poll every feed due at `now`. Never throws; failures are logged and kept in the feed's status. */
  tick(now: Date): Promise<FeedPollReport[]>;
  stop(): Promise<void>;
}

export const FEED_TASK_NAME = 'readout-feed-poll';

export function startFeedScheduler(opts: FeedSchedulerOptions): FeedScheduler {
  const log = opts.log;
  const inFlight = new Set<Promise<unknown>>();
  const track = <T>(p: Promise<T>): Promise<T> => {
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
    return p;
  };
  const round = async (now: Date): Promise<FeedPollReport[]> => {
    try {
      const reports = await opts.pollDue(now);
      const failed = reports.filter((r) => r.outcome === 'failed');
      const added = reports.reduce((n, r) => n + r.added, 0);
      if (reports.length > 0) log?.info(`feeds: polled ${reports.length}, ${added} new articles, ${failed.length} failed`);
      for (const r of failed) log?.warn(`feed "${r.feed.name}" (${r.feed.id}) failed: ${r.error ?? 'unknown'}`);
      return reports;
    } catch (err) {
      // A store outage skips this minute; the next tick retries whatever is still due.
      log?.error('feeds: poll round failed', err);
      return [];
    }
  };

  const tick = (now: Date) => track(round(now));

  let task: ScheduledTask | null = null;
  if (opts.autoStart !== false) {
    task = cron.schedule('* * * * *', (ctx) => tick(ctx.date).then(() => undefined), {
      name: FEED_TASK_NAME,
      // A slow round (many feeds, slow sites) must not pile up behind itself.
      noOverlap: true,
      distributed: opts.coordinator !== undefined,
      runCoordinator: opts.coordinator,
      // The poll leases in the feeds table are what really keeps a feed to one poller; this only spares DB work.
      distributedLease: 55_000,
    });
  }
  return {
    tick,
    /** Stops the task and waits for a round in progress, so the store is not closed under it. */
    async stop() {
      if (task) await task.destroy();
      task = null;
      await Promise.allSettled([...inFlight]);
    },
  };
}
