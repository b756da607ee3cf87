// Posts an Answer to a Slack channel for digests: chat.postMessage with bounded retries and actionable failures.
import { webApi } from '@slack/bolt';
import type { Answer } from '../../core/answer.js';
import type { DeliveryResult, Poster } from '../../core/delivery.js';
import type { Logger } from '../../log.js';
import { renderSlackMessages, type SlackMessage } from './render-blocks.js';

const INVITE = 'Invite the bot to the channel with /invite @Readout, or subscribe the digest in a channel it is in.';
const REINSTALL = 'Reinstall the Slack app (from `readout slack-manifest`) and update SLACK_BOT_TOKEN.';

/** Errors no retry can fix, with what a person should do about each. */
const PERMANENT: Record<string, string> = {
  channel_not_found: `The channel does not exist or the bot cannot see it. ${INVITE}`,
  not_in_channel: INVITE,
  is_archived: 'The channel is archived: unarchive it or unsubscribe its digest.',
  account_inactive: `The bot's account is deactivated. ${REINSTALL}`,
  invalid_auth: `Slack rejected the token. ${REINSTALL}`,
  token_revoked: `The token was revoked. ${REINSTALL}`,
  not_authed: `No token was sent. Set SLACK_BOT_TOKEN.`,
  missing_scope: `The app lacks a scope (chat:write). ${REINSTALL}`,
  restricted_action: 'A workspace admin restricted posting in this channel.',
};

/** Slack-side hiccups worth another try (besides HTTP 429 and 5xx). */
const TRANSIENT = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'ratelimited']);

export interface SlackPosterOptions {
  /** Attempts per message, first included. Default 4. */
  maxAttempts?: number;
  /** First 5xx backoff; doubles each time. Default 1 s. */
  baseDelayMs?: number;
  /** Longest total wait per message before giving up (a long Retry-After fails at once). Default 60 s. */
  maxWaitMs?: number;
  /**
   * Default 1: one answer, one message ("… and N more" beyond 50 blocks). A digest that fails half-way
   * through several messages would repeat its first half when retried; one message is all or nothing.
   */
  maxMessages?: number;
  sleep?: (ms: number) => Promise<void>;
  log?: Logger;
}

type Failure = Extract<DeliveryResult, { ok: false }>;
type Attempt = { ok: true; ts: string } | Failure;

/** What went wrong, read from the Web API client's typed errors. */
function classify(err: unknown): { waitMs?: number; retry: boolean; reason: string; hint?: string } {
  const e = err as { code?: string; retryAfter?: number; statusCode?: number; data?: { error?: string }; message?: string };
  if (e?.code === webApi.ErrorCode.RateLimitedError) {
    return { retry: true, waitMs: Math.max(0, e.retryAfter ?? 1) * 1000, reason: 'rate limited by Slack' };
  }
  if (e?.code === webApi.ErrorCode.HTTPError) {
    const status = e.statusCode ?? 0;
    return { retry: status >= 500, reason: `Slack answered HTTP ${status}` };
  }
  if (e?.code === webApi.ErrorCode.PlatformError) {
    const code = e.data?.error ?? 'unknown_error';
    if (TRANSIENT.has(code)) return { retry: true, reason: `Slack error ${code}` };
    return { retry: false, reason: `Slack error ${code}`, hint: PERMANENT[code] };
  }
  // Network failures (connection refused, reset): the message was most likely not delivered.
  return { retry: true, reason: `could not reach Slack: ${e?.message ?? String(err)}` };
}

export function createSlackPoster(client: webApi.WebClient, opts: SlackPosterOptions = {}): Poster {
  const maxAttempts = opts.maxAttempts ?? 4;
  const baseDelayMs = opts.baseDelayMs ?? 1000;
  const maxWaitMs = opts.maxWaitMs ?? 60_000;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  async function postOne(channel: string, m: SlackMessage): Promise<Attempt> {
    let waited = 0;
    for (let attempt = 1; ; attempt++) {
      try {
        const res = await client.chat.postMessage({ channel, text: m.text, blocks: m.blocks, unfurl_links: false, unfurl_media: false });
        return { ok: true, ts: res.ts ?? '' };
      } catch (err) {
        const c = classify(err);
        if (!c.retry) return { ok: false, permanent: true, reason: c.reason, hint: c.hint };
        const wait = c.waitMs ?? baseDelayMs * 2 ** (attempt - 1);
        if (attempt >= maxAttempts || waited + wait > maxWaitMs) {
          return { ok: false, permanent: false, reason: `${c.reason}; gave up after ${attempt} attempt${attempt === 1 ? '' : 's'}` };
        }
        opts.log?.warn(`slack: chat.postMessage to ${channel}: ${c.reason}; retrying in ${wait} ms`);
        waited += wait;
        await sleep(wait);
      }
    }
  }

  return {
    platform: 'slack',
    async post(channelId: string, answer: Answer): Promise<DeliveryResult> {
      const messages = renderSlackMessages(answer, { maxMessages: opts.maxMessages ?? 1 });
      const ids: string[] = [];
      for (const m of messages) {
        const r = await postOne(channelId, m);
        if (!r.ok) {
          const partial = ids.length ? ` (${ids.length} of ${messages.length} messages were posted)` : '';
          opts.log?.warn(`slack: could not post to ${channelId}: ${r.reason}${partial}`);
          return { ...r, reason: r.reason + partial };
        }
        ids.push(r.ts);
      }
      return { ok: true, messageIds: ids };
    },
  };
}
