// Starts the digest scheduler: one distributed node-cron task per minute, plus a catch-up tick at start.
import cron, { type ScheduledTask } from 'node-cron';
import type { App } from '../app/app.js';
import { createDigestRunner, type DigestRunnerOptions, type TickReport } from './digest-runner.js';
import { createDigestService } from './digest-service.js';
import { createRunCoordinator, type StoreRunCoordinator } from './run-coordinator.js';

export const DIGEST_TASK_NAME = 'readout-digests';

export interface DigestSchedulerOptions extends DigestRunnerOptions {
  /** false: no node-cron task and no start tick; the caller drives `tick(now)` (tests, simulations). */
  schedule?: boolean;
}

export interface DigestScheduler {
  /** Runs one tick now (tests pass a fake `now`). Concurrent ticks on one replica are safe: the ledger decides. */
  tick(now?: Date): Promise<TickReport>;
  /** The catch-up tick started with the scheduler (resolved at once when `schedule` is false). */
  readonly started: Promise<void>;
  readonly task: ScheduledTask | null;
  readonly coordinator: StoreRunCoordinator;
  /** Stops the cron task, claims nothing more, and waits for the tick in progress. */
  stop(): Promise<void>;
}

export function startDigestScheduler(opts: DigestSchedulerOptions): DigestScheduler {
  const runner = createDigestRunner(opts);
  const coordinator = createRunCoordinator(opts.db, { owner: runner.owner, clock: opts.clock });
  const inFlight = new Set<Promise<unknown>>();
  let lastPrune = 0;
  const track = <T>(p: Promise<T>): Promise<T> => {
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p)).catch(() => undefined);
    return p;
  };
  const safeTick = async (): Promise<void> => {
    try {
      const r = await runner.tick();
      if (r.sent + r.failed + r.missed > 0) opts.log.info('digest tick', r);
      const now = (opts.clock ?? (() => new Date()))().getTime();
      if (now - lastPrune > 3_600_000) {
        lastPrune = now;
        await coordinator.prune(new Date(now - 2 * 86_400_000));
      }
    } catch (e) {
      opts.log.error('digest tick failed; the next minute tries again', e);
    }
  };

  let task: ScheduledTask | null = null;
  let started: Promise<void> = Promise.resolve();
  if (opts.schedule !== false) {
    task = cron.schedule('* * * * *', () => track(safeTick()), {
      name: DIGEST_TASK_NAME,
      timezone: 'UTC', // each subscription carries its own zone; the task only needs a steady minute
      noOverlap: true,
      distributed: true,
      runCoordinator: coordinator,
      distributedLease: 10 * 60_000,
      logger: {
        info: (m) => opts.log.info(`node-cron: ${m}`),
        warn: (m) => opts.log.warn(`node-cron: ${m}`),
        error: (m, e) => opts.log.error(`node-cron: ${String(m)}`, e),
        debug: () => undefined,
      },
    });
    // Catch-up at start: periods missed while no replica ran go out now, not at the next minute.
    started = track(safeTick());
  }

  return {
    tick: (now) => track(runner.tick(now)),
    started,
    task,
    coordinator,
    async stop() {
      runner.stop();
      if (task) await task.destroy();
      await Promise.allSettled([...inFlight]);
    },
  };
}

/** Puts the DigestService into `app.services.digests` and starts the scheduler over the app's store. */
export function attachDigests(app: App, opts: Omit<DigestSchedulerOptions, 'db' | 'knowledge'>): DigestScheduler {
  app.services.digests = createDigestService(app.db, app.knowledge);
  return startDigestScheduler({ ...opts, db: app.db, knowledge: app.knowledge });
}
