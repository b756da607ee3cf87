// Posting an Answer to a channel without a user command (digests): each adapter provides a Poster.
import type { Answer } from './answer.js';
import type { Platform } from './command.js';

export type DeliveryResult =
  /** alreadyPosted: parts found in the channel from an earlier attempt and not posted again. */
  | { ok: true; messageIds: string[]; alreadyPosted?: number }
  /** permanent: the channel is gone or the bot may not post; retrying will not help. */
  | { ok: false; permanent: boolean; reason: string; hint?: string };

/** What makes a post idempotent across retries and replicas. */
export interface PostOptions {
  /**
   * The same for every attempt of one delivery, on any replica: `${subscriptionId}:${periodKey}` (deliveryKey).
   * The poster marks every message it posts with it (and the part's index), so a later attempt can find them.
   */
  key: string;
  /**
   * An earlier attempt of this delivery may have posted (some of) it: a takeover after a lease ran out, or a retry
   * after a failure whose post may have gone through. The poster then looks in the channel first.
   */
  retry: boolean;
}

export const deliveryKey = (subscriptionId: number, periodKey: string) => `${subscriptionId}:${periodKey}`;

export interface Poster {
  platform: Exclude<Platform, 'terminal'>;
  /**
   * Sends the answer (split across messages if needed); retries 429/5xx itself within a bounded time. Without
   * `opts` (a one-off post) nothing marks the messages and nothing is looked up.
   */
  post(channelId: string, answer: Answer, opts?: PostOptions): Promise<DeliveryResult>;
}
