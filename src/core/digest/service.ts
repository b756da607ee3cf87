// The digest service the /digest command talks to; the schedule module implements it over the store.
import type { Answer } from '../answer.js';
import type { Platform } from '../command.js';
import type { Tenant } from '../knowledge.js';
import type { DigestSchedule } from './period.js';

/** Where digests are posted: a channel of one workspace/guild on one platform. */
export interface ChannelRef {
  platform: Platform;
  tenant: Tenant;
  channelId: string;
}

export interface DigestSubscription extends ChannelRef, DigestSchedule {
  id: number;
  creator: string;
  /** Person or words the digest is narrowed to; '' for everything. */
  about: string;
  skipEmpty: boolean;
  paused: boolean;
  /** Why it was paused ("channel not found"), shown in /digest list. */
  pauseReason: string | null;
  createdAt: Date;
  /** The next scheduled send. */
  nextDueAt: Date;
}

/** due: waiting for a replica; claimed: one replica is sending under a lease; failed with retryAt: will retry. */
export type DeliveryState = 'due' | 'claimed' | 'sent' | 'failed' | 'skipped';

export interface DeliveryRecord {
  subscriptionId: number;
  channelId: string;
  about: string;
  timezone: string;
  /** The civil date (in the subscription's zone) of the period. */
  periodKey: string;
  scheduledAt: Date;
  state: DeliveryState;
  attempts: number;
  late: boolean;
  storyCount: number | null;
  reason: string | null;
  retryAt: Date | null;
  updatedAt: Date;
}

export interface SubscribeInput extends ChannelRef, DigestSchedule {
  creator: string;
  about: string;
  skipEmpty: boolean;
}

export type SubscribeResult =
  | { kind: 'created' | 'updated'; subscription: DigestSubscription }
  | { kind: 'limit'; max: number };

export interface DigestService {
  /**
   * Creates the subscription, or updates (and resumes) the one with the same channel and `about`;
   * 'limit' when the channel already has the most digests allowed.
   */
  subscribe(input: SubscribeInput, now: Date): Promise<SubscribeResult>;
  /** Removes the channel's subscriptions (only the one with that `about` when given); returns those removed. */
  unsubscribe(channel: ChannelRef, about: string | undefined): Promise<DigestSubscription[]>;
  /** Every subscription of the workspace/guild, so a paused one in a deleted channel is still visible. */
  list(platform: Platform, tenant: Tenant): Promise<DigestSubscription[]>;
  /** The digest the channel's next send would hold so far (nothing is recorded). */
  preview(channel: ChannelRef, schedule: DigestSchedule & { about: string }, now: Date): Promise<Answer>;
  /** The last deliveries of the channel's subscriptions, newest first. */
  history(channel: ChannelRef, limit: number): Promise<DeliveryRecord[]>;
}

/** Narrows `ctx.services.digests` (typed unknown) without trusting it blindly. */
export function isDigestService(v: unknown): v is DigestService {
  const o = v as Partial<Record<keyof DigestService, unknown>> | null;
  return typeof o === 'object' && o !== null && ['subscribe', 'unsubscribe', 'list', 'preview', 'history'].every((k) => typeof o[k as keyof DigestService] === 'function');
}
