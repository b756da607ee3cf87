// createFeedService: the FeedService behind /feeds (add, remove, list, poll) plus pollDue for the scheduler.
import { MAX_FEEDS_PER_TENANT, type FeedPollReport, type FeedService, type FeedSummary } from '../core/feeds/feed-service.js';
import type { Tenant } from '../core/knowledge.js';
import { ingestArticles } from '../ingest/ingest.js';
import type { SqlHandle } from '../store/sql.js';
import { checkHttpUrl } from './feed-url.js';
import { createFeedStore, type FeedRow } from './feed-store.js';
import { mapPool } from './map-pool.js';
import { pollFeed, type IngestFn, type PollDeps } from './poll-feed.js';
import { createSafeFetch, type SafeFetch, type SafeFetchOptions } from './safe-fetch.js';

/** Feeds polled at once; the per-host limit still applies underneath. */
const POLL_CONCURRENCY = 4;

export interface FeedServiceOptions {
  /** READOUT_ALLOW_PRIVATE_FEEDS and the other fetch settings; ignored when `fetch` is given. */
  fetchOptions?: SafeFetchOptions;
  fetch?: SafeFetch;
  ingest?: IngestFn;
  /** Minutes between polls of a new feed (default 15). */
  defaultIntervalMinutes?: number;
  limits?: PollDeps['limits'];
  clock?: () => Date;
}

export interface FeedServiceImpl extends FeedService {
  /** Polls every feed that is due at `now` (the scheduler's tick); at most `max` feeds, `concurrency` at a time. */
  pollDue(now: Date, opts?: { max?: number; concurrency?: number }): Promise<FeedPollReport[]>;
}

export function createFeedService(db: SqlHandle, opts: FeedServiceOptions = {}): FeedServiceImpl {
  const store = createFeedStore(db);
  const clock = opts.clock ?? (() => new Date());
  const deps: PollDeps = {
    db,
    store,
    fetch: opts.fetch ?? createSafeFetch(opts.fetchOptions),
    ingest: opts.ingest ?? ((d, raws, o) => ingestArticles(d, raws, o)),
    limits: opts.limits,
  };
  const interval = opts.defaultIntervalMinutes ?? 15;
  const summary = ({ tenant: _t, etag: _e, lastModified: _l, ...rest }: FeedRow): FeedSummary => rest;
  const plain = (r: FeedPollReport): FeedPollReport => ({ ...r, feed: summary(r.feed as FeedRow) });

  async function uniqueName(tenant: Tenant, wanted: string): Promise<string> {
    const base = wanted.replace(/\s+/g, ' ').trim().slice(0, 80) || 'feed';
    for (let n = 1; n < 100; n++) {
      const name = n === 1 ? base : `${base} ${n}`;
      if (!(await store.nameTaken(tenant, name))) return name;
    }
    return `${base} ${Date.now()}`;
  }

  return {
    async add(tenant, input) {
      const checked = checkHttpUrl(input.url);
      if (!checked.ok) return { kind: 'invalid', message: checked.message };
      const url = checked.url.href;
      const existing = await store.find(tenant, url);
      if (existing) return { kind: 'exists', feed: summary(existing) };
      if ((await store.count(tenant)) >= MAX_FEEDS_PER_TENANT) {
        return { kind: 'invalid', message: `this workspace already has ${MAX_FEEDS_PER_TENANT} feeds, the most allowed; remove one first` };
      }
      if (input.name && (await store.nameTaken(tenant, input.name))) {
        return { kind: 'invalid', message: `a feed named "${input.name}" already exists here; choose another name` };
      }
      const now = clock();
      const name = input.name ?? (await uniqueName(tenant, checked.url.hostname.replace(/^www\./, '')));
      const feed = await store.insert(tenant, { url, name, addedBy: input.addedBy, intervalMinutes: interval }, now);
      if (!feed) {
        const raced = await store.find(tenant, url);
        if (raced) return { kind: 'exists', feed: summary(raced) };
        return { kind: 'invalid', message: 'the feed could not be saved; try again' };
      }
      const firstPoll = await pollFeed(deps, feed, now);
      // Without a name from the user, the feed's own title names it once it is known.
      const title = firstPoll.feed.title;
      if (!input.name && title) await store.rename(feed.id, await uniqueName(tenant, title));
      const fresh = (await store.get(feed.id)) ?? feed;
      return { kind: 'added', feed: summary(fresh), firstPoll: { ...plain(firstPoll), feed: summary(fresh) } };
    },

    async remove(tenant, nameOrUrl) {
      const feed = await store.find(tenant, nameOrUrl);
      if (!feed) return null;
      await store.remove(feed.id);
      return summary(feed);
    },

    list: async (tenant) => (await store.list(tenant)).map(summary),

    async poll(tenant, nameOrUrl) {
      const feeds = nameOrUrl ? [await store.find(tenant, nameOrUrl)].filter((f): f is FeedRow => f !== null) : await store.list(tenant);
      const now = clock();
      return mapPool(feeds, POLL_CONCURRENCY, async (feed) => plain(await pollFeed(deps, feed, now)));
    },

    async pollDue(now, o = {}) {
      const due = await store.due(now, o.max ?? 20);
      return mapPool(due, o.concurrency ?? POLL_CONCURRENCY, async (feed) => plain(await pollFeed(deps, feed, now)));
    },
  };
}

