// Background work of a running bot: the digest scheduler and the feed poller, started after the adapters.
import type { App } from '../app/app.js';
import type { Env } from '../config/env.js';
import type { Poster } from '../core/delivery.js';
import type { Logger } from '../log.js';

/** Gives commands their services (/digest, /feeds) without starting any timer: for one-shot CLI runs too. */
export async function attachServices(app: App, env: Env): Promise<void> {
  const { createDigestService } = await import('../schedule/digest-service.js');
  const { attachFeedService } = await import('../feeds/attach-feeds.js');
  app.services.digests = createDigestService(app.db, app.knowledge);
  attachFeedService(app, { allowPrivate: env.READOUT_ALLOW_PRIVATE_FEEDS });
}

/** Starts the per-minute digest and feed tasks (coordinated through the store across replicas); returns stop(). */
export async function startBackground(
  app: App,
  env: Env,
  posters: Partial<Record<'discord' | 'slack', Poster>>,
  log: Logger,
): Promise<() => Promise<void>> {
  const { startDigestScheduler } = await import('../schedule/digest-scheduler.js');
  const { attachFeeds } = await import('../feeds/attach-feeds.js');
  const digests = startDigestScheduler({ db: app.db, knowledge: app.knowledge, posters, log, catchupHours: env.DIGEST_CATCHUP_HOURS });
  const feeds = attachFeeds(app, { allowPrivate: env.READOUT_ALLOW_PRIVATE_FEEDS, log });
  // PGlite has no autovacuum: refresh statistics and trim the WAL nightly (search slows ~40× on stale statistics).
  const { default: cron } = await import('node-cron');
  const { maintain } = await import('../store/maintain.js');
  const nightly =
    app.db.engine === 'pglite'
      ? cron.schedule('30 3 * * *', () => maintain(app.db).catch((e: unknown) => log.warn('nightly maintenance failed', e)), {
          name: 'readout-maintenance',
          timezone: 'UTC',
          noOverlap: true,
        })
      : null;
  return async () => {
    await nightly?.destroy();
    await feeds.stop();
    await digests.stop();
  };
}
