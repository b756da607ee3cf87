// Small builders for the scheduler tests: a recording poster and a subscribe shortcut.
import type { Answer } from '../../src/core/answer.js';
import type { DeliveryResult, PostOptions, Poster } from '../../src/core/delivery.js';
import type { SubscribeInput } from '../../src/core/digest/service.js';

export interface Post {
  channelId: string;
  answer: Answer;
  opts?: PostOptions;
}

/**
 * A platform poster that records what reaches the "channel". `behave` decides each send (n counts calls per
 * channel from 1); by default every post succeeds.
 */
export function recordingPoster(
  platform: Poster['platform'],
  behave: (channelId: string, n: number) => DeliveryResult | Promise<DeliveryResult> = () => ({ ok: true, messageIds: ['m'] }),
): Poster & { posts: Post[]; calls: Map<string, number>; attempts: Post[] } {
  const posts: Post[] = [];
  const attempts: Post[] = [];
  const calls = new Map<string, number>();
  return {
    platform,
    posts,
    calls,
    /** Every call, successful or not, with the idempotency options the runner passed. */
    attempts,
    async post(channelId, answer, opts) {
      const n = (calls.get(channelId) ?? 0) + 1;
      calls.set(channelId, n);
      attempts.push({ channelId, answer, opts });
      const r = await behave(channelId, n);
      if (r.ok) posts.push({ channelId, answer, opts });
      return r;
    },
  };
}

export const postsTo = (p: { posts: Post[] }, channelId: string) => p.posts.filter((x) => x.channelId === channelId);

export const sub = (channelId: string, extra: Partial<SubscribeInput> = {}): SubscribeInput => ({
  platform: 'discord', tenant: 'guild-1', channelId, creator: 'u-admin', about: '', time: '08:00',
  timezone: 'Europe/Berlin', every: 'day', skipEmpty: false, ...extra,
});

export const silentLog = { info: () => undefined, warn: () => undefined, error: () => undefined };
