// Wires feeds into a running App: the service for /feeds in app.services.feeds, and the per-minute poller.
import type { App } from '../app/app.js';
import { createRunCoordinator } from '../schedule/run-coordinator.js';
import { createFeedService, type FeedServiceImpl, type FeedServiceOptions } from './feed-service.js';
import { startFeedScheduler, type FeedScheduler, type FeedSchedulerOptions } from './feed-scheduler.js';

export interface AttachFeedsOptions {
  /** env.READOUT_ALLOW_PRIVATE_FEEDS */
  allowPrivate: boolean;
  log?: FeedSchedulerOptions['log'];
  /** Default: the store-backed run coordinator, so one replica polls per minute. */
  coordinator?: FeedSchedulerOptions['coordinator'];
  /** Start the cron task (default true). */
  autoStart?: boolean;
  service?: Omit<FeedServiceOptions, 'fetchOptions'>;
}

/** Sets app.services.feeds only (for one-shot commands such as `readout ask "/feeds list"`). */
export function attachFeedService(app: App, opts: Pick<AttachFeedsOptions, 'allowPrivate' | 'service'>): FeedServiceImpl {
  const service = createFeedService(app.db, { ...opts.service, fetchOptions: { allowPrivate: opts.allowPrivate } });
  app.services.feeds = service;
  return service;
}

/** Sets app.services.feeds and starts polling due feeds every minute; stop() before closing the app. */
export function attachFeeds(app: App, opts: AttachFeedsOptions): FeedScheduler & { service: FeedServiceImpl } {
  const service = attachFeedService(app, opts);
  const scheduler = startFeedScheduler({
    pollDue: (now) => service.pollDue(now),
    coordinator: opts.coordinator ?? createRunCoordinator(app.db),
    log: opts.log,
    autoStart: opts.autoStart,
  });
  return { ...scheduler, service };
}
