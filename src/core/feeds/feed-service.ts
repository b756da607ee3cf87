// What /feeds may ask of the feed service: add, remove, list and poll a workspace's feeds. Types only, no I/O.
import type { Tenant } from '../knowledge.js';

export type FeedStatus = 'ok' | 'error' | 'disabled';

/** A feed as /feeds list shows it. Times are ISO strings. */
export interface FeedSummary {
  id: number;
  name: string;
  url: string;
  /** The title the feed gives itself; the outlet of its articles. */
  title: string | null;
  status: FeedStatus;
  intervalMinutes: number;
  lastPollAt: string | null;
  lastSuccessAt: string | null;
  /** Null when disabled. */
  nextPollAt: string | null;
  /** Why the last poll failed, or why the feed was disabled. */
  lastError: string | null;
  consecutiveFailures: number;
  /** Articles this feed added to the store. */
  articles: number;
  /** Items the store already had (the same story from another feed or URL). */
  duplicates: number;
  /** Items that could not be read (page too large, no article text …). */
  failedItems: number;
}

export interface FeedItemFailure {
  title: string;
  reason: string;
}

export interface FeedPollReport {
  feed: FeedSummary;
  /** updated: the feed was read; not-modified: 304; failed: see error; busy: another poll holds the feed. */
  outcome: 'updated' | 'not-modified' | 'failed' | 'busy';
  /** Items not seen before in this poll. */
  newItems: number;
  added: number;
  duplicates: number;
  failed: FeedItemFailure[];
  error?: string;
}

export type AddFeedResult =
  | { kind: 'added'; feed: FeedSummary; firstPoll: FeedPollReport }
  | { kind: 'exists'; feed: FeedSummary }
  | { kind: 'invalid'; message: string };

export interface FeedService {
  add(tenant: Tenant, input: { url: string; name?: string; addedBy: string }): Promise<AddFeedResult>;
  /** By name (case-insensitive) or URL; null when no such feed. */
  remove(tenant: Tenant, nameOrUrl: string): Promise<FeedSummary | null>;
  list(tenant: Tenant): Promise<FeedSummary[]>;
  /** Polls now: one feed by name or URL, or every feed of the tenant (disabled ones too: a manual poll re-tries). */
  poll(tenant: Tenant, nameOrUrl?: string): Promise<FeedPollReport[]>;
}

/** Narrows ctx.services.feeds (typed unknown by the command context) to the service. */
export function isFeedService(x: unknown): x is FeedService {
  const s = x as Partial<Record<keyof FeedService, unknown>> | null;
  return !!s && typeof s === 'object' && ['add', 'remove', 'list', 'poll'].every((k) => typeof s[k as keyof FeedService] === 'function');
}

/** Feeds a tenant may have at once: bounds the polling a single workspace can cause. */
export const MAX_FEEDS_PER_TENANT = 50;
