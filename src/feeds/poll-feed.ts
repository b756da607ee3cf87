// Polls one feed: conditional fetch → parse → new items (by guid and canonical URL) → article text → ingest.
import type { FeedItemFailure, FeedPollReport } from '../core/feeds/feed-service.js';
import type { RawArticle } from '../core/types.js';
import type { SqlHandle } from '../store/sql.js';
import { decodeBody } from './decode-body.js';
import { canonicalUrl } from './feed-url.js';
import type { FeedRow, FeedStore, SeenItem } from './feed-store.js';
import { describeError, FetchError } from './fetch-error.js';
import { itemArticle, MIN_FULL_TEXT_CHARS } from './item-article.js';
import { mapPool } from './map-pool.js';
import { parseFeed, type FeedItem } from './parse-feed.js';
import type { SafeFetch } from './safe-fetch.js';

export type IngestFn = (
  db: SqlHandle,
  raws: RawArticle[],
  opts: { tenant?: string },
) => Promise<{ added: number; duplicates: number; failed: { file: string; reason: string }[] }>;

export const POLL_LIMITS = {
  /** New items read per poll; the rest wait for the next poll (a first poll of a long feed stays bounded). */
  maxItemsPerPoll: 25,
  minFullTextChars: MIN_FULL_TEXT_CHARS,
  /** Consecutive failed polls before the feed is disabled. */
  failureLimit: 5,
  /** Backoff ceiling. */
  maxBackoffMinutes: 360,
  /** Attempts at one item whose page fails before it is given up. */
  itemAttempts: 3,
  pageConcurrency: 3,
  leaseMs: 5 * 60_000,
};

export interface PollDeps {
  db: SqlHandle;
  store: FeedStore;
  fetch: SafeFetch;
  ingest: IngestFn;
  limits?: Partial<typeof POLL_LIMITS>;
}

export const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5';

type Outcome = { state: 'added' | 'duplicate' | 'failed' | 'skipped'; file?: string; error?: string };

export async function pollFeed(deps: PollDeps, feed: FeedRow, now: Date): Promise<FeedPollReport> {
  const limits = { ...POLL_LIMITS, ...deps.limits };
  const { store } = deps;
  const report = (outcome: FeedPollReport['outcome'], extra: Partial<FeedPollReport> = {}): Promise<FeedPollReport> =>
    store.get(feed.id).then((f) => ({ feed: f ?? feed, outcome, newItems: 0, added: 0, duplicates: 0, failed: [], ...extra }));

  if (!(await store.claim(feed.id, now, limits.leaseMs))) return report('busy');
  let items: FeedItem[];
  let validators: { etag: string | null; lastModified: string | null };
  let title: string | null;
  try {
    const res = await deps.fetch(feed.url, { accept: FEED_ACCEPT, etag: feed.etag, lastModified: feed.lastModified });
    if (res.kind === 'not-modified') {
      await store.recordSuccess(feed.id, { now, next: after(now, feed.intervalMinutes), etag: feed.etag, lastModified: feed.lastModified });
      return report('not-modified');
    }
    const parsed = parseFeed(decodeBody(res.body, res.contentType), res.url);
    items = parsed.items;
    title = parsed.title;
    validators = { etag: res.etag, lastModified: res.lastModified };
  } catch (err) {
    const failures = feed.consecutiveFailures + 1;
    const disable = failures >= limits.failureLimit;
    const backoff = Math.min(feed.intervalMinutes * 2 ** (failures - 1), limits.maxBackoffMinutes);
    const error = describeError(err);
    await store.recordFailure(feed.id, { now, next: after(now, backoff), error, disable });
    return report('failed', { error });
  }

  try {
    return await readNewItems(deps, limits, feed, items, now, { ...validators, title });
  } catch (err) {
    // Only the store can fail here (item errors are caught per item); the lease must not stay held.
    const error = `storage error: ${describeError(err)}`;
    await store.recordFailure(feed.id, { now, next: after(now, feed.intervalMinutes), error, disable: false }).catch(() => undefined);
    return report('failed', { error });
  }
}

async function readNewItems(
  deps: PollDeps,
  limits: typeof POLL_LIMITS,
  feed: FeedRow,
  items: FeedItem[],
  now: Date,
  validators: { etag: string | null; lastModified: string | null; title: string | null },
): Promise<FeedPollReport> {
  const { store } = deps;
  const title = validators.title;
  const outlet = feed.title ?? title ?? new URL(feed.url).hostname;
  const fresh = await newItems(store, feed, items, now, limits.itemAttempts);
  const todo = fresh.slice(0, limits.maxItemsPerPoll);
  const failed: FeedItemFailure[] = [];
  let added = 0;
  let duplicates = fresh.duplicates;
  let retryLater = false;
  // All pages are fetched first, then stored one by one: analysis and PGlite block the event loop, and a fetch
  // running beside them would see its timeout fire while its answer waits unread.
  const read = await mapPool(todo, limits.pageConcurrency, (c) => readItem(deps, feed, c.item, outlet, limits.minFullTextChars));
  for (const [i, { item, url, seen }] of todo.entries()) {
    const r = read[i]!;
    const outcome = 'raw' in r ? await storeItem(deps, feed, r.raw) : r;
    if (outcome.state === 'failed' && (seen?.attempts ?? 0) + 1 >= limits.itemAttempts) outcome.state = 'skipped';
    if (outcome.state === 'added') added++;
    else if (outcome.state === 'duplicate') duplicates++;
    else failed.push({ title: item.title || item.link || item.guid, reason: outcome.error ?? 'unknown error' });
    if (outcome.state === 'failed') retryLater = true;
    await store.markItem(feed.id, { guid: item.guid, url, title: item.title, state: outcome.state, articleFile: outcome.file, error: outcome.error }, now);
  }
  // Items left for later (over the per-poll cap, or failed and retryable) need the full feed next time, not a 304.
  const keep = retryLater || fresh.length > todo.length ? { etag: null, lastModified: null } : validators;
  await store.recordSuccess(feed.id, { now, next: after(now, feed.intervalMinutes), etag: keep.etag, lastModified: keep.lastModified, title });
  const updated = (await store.get(feed.id)) ?? feed;
  return { feed: updated, outcome: 'updated', newItems: todo.length, added, duplicates, failed };
}

/** Items neither seen under this feed (by guid) nor known to the tenant (by canonical URL); known URLs are recorded. */
async function newItems(store: FeedStore, feed: FeedRow, items: FeedItem[], now: Date, attempts: number) {
  const seen = await store.seenItems(feed.id, items.map((i) => i.guid));
  const candidates = items
    .map((item) => ({ item, url: item.link ? canonicalUrl(item.link) : null, seen: seen.get(item.guid) as SeenItem | undefined }))
    .filter((c) => !c.seen || (c.seen.state === 'failed' && c.seen.attempts < attempts));
  const known = await store.knownUrls(feed.tenant, candidates.flatMap((c) => (c.url ? [c.url] : [])));
  const fresh: typeof candidates = [];
  const urls = new Set<string>();
  let duplicates = 0;
  for (const c of candidates) {
    if (c.url && (known.has(c.url) || urls.has(c.url))) {
      duplicates++;
      await store.markItem(feed.id, { guid: c.item.guid, url: c.url, title: c.item.title, state: 'duplicate' }, now);
      continue;
    }
    if (c.url) urls.add(c.url);
    fresh.push(c);
  }
  return Object.assign(fresh, { duplicates });
}

/** The item's article text; a failure becomes the item's state, never an exception. */
async function readItem(deps: PollDeps, feed: FeedRow, item: FeedItem, outlet: string, minChars: number): Promise<{ raw: RawArticle } | Outcome> {
  try {
    return { raw: await itemArticle(deps.fetch, item, `${feed.url}#${item.guid}`, outlet, minChars) };
  } catch (err) {
    const permanent = err instanceof FetchError && err.permanent;
    return { state: permanent ? 'skipped' : 'failed', error: describeError(err) };
  }
}

async function storeItem(deps: PollDeps, feed: FeedRow, raw: RawArticle): Promise<Outcome> {
  let result: Awaited<ReturnType<IngestFn>>;
  try {
    result = await deps.ingest(deps.db, [raw], { tenant: feed.tenant });
  } catch (err) {
    return { state: 'failed', error: `the article could not be stored (${describeError(err)})` };
  }
  if (result.added > 0) return { state: 'added', file: raw.file };
  if (result.duplicates > 0) return { state: 'duplicate', file: raw.file };
  return { state: 'skipped', error: result.failed[0]?.reason ?? 'the article could not be stored' };
}

function after(now: Date, minutes: number): Date {
  return new Date(now.getTime() + minutes * 60_000);
}
