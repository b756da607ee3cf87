// Posting an Answer to a channel without a user command (digests): each adapter provides a Poster.
import type { Answer } from './answer.js';
import type { Platform } from './command.js';

export type DeliveryResult =
  | { ok: true; messageIds: string[] }
  /** permanent: the channel is gone or the bot may not post; retrying will not help. */
  | { ok: false; permanent: boolean; reason: string; hint?: string };

export interface Poster {
  platform: Exclude<Platform, 'terminal'>;
  /** Sends the answer (split across messages if needed); retries 429/5xx itself within a bounded time. */
  post(channelId: string, answer: Answer): Promise<DeliveryResult>;
}
