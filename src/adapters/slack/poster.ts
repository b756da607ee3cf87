// Posts an Answer to a Slack channel for digests: chat.postMessage with bounded retries and actionable failures.
import { webApi } from '@slack/bolt';
import type { Answer } from '../../core/answer.js';
import type { DeliveryResult, PostOptions, Poster } from '../../core/delivery.js';
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

/*
 * Idempotency across retries and replicas. Slack has no idempotency key for chat.postMessage, so each part carries
 * message metadata — { event_type: 'readout_digest', event_payload: { key, part } } — which people do not see in
 * the channel. Before posting again after a failure that may have gone through (HTTP 5xx, a cut connection), and on
 * every retry the runner flags, the poster reads the channel's last 50 messages (conversations.history with
 * include_all_metadata) and skips the parts this bot (bot_id from auth.test) already posted. That read needs
 * channels:history / groups:history and the bot in the channel; when it fails the poster posts anyway and says so.
 */
export const DIGEST_EVENT = 'readout_digest';
/** How far back a retry looks. A channel busier than that between two attempts hides the earlier post. */
const LOOKBACK = 50;
const HISTORY_HINT: Record<string, string> = {
  missing_scope: 'add the channels:history and groups:history scopes (reinstall the app from `readout slack-manifest`)',
  not_in_channel: 'invite the bot to the channel (/invite @Readout): it posts there through chat:write.public but cannot read it',
  channel_not_found: 'invite the bot to the channel (/invite @Readout)',
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
   * Default 1: one answer, one message ("… and N more" beyond 50 blocks): all or nothing. With more, a digest that
   * failed half-way is completed on retry (the parts carry metadata), as long as the history lookup works.
   */
  maxMessages?: number;
  sleep?: (ms: number) => Promise<void>;
  log?: Logger;
}

type Failure = Extract<DeliveryResult, { ok: false }>;
type Attempt = { ok: true; ts: string; found?: boolean } | Failure;

/** What went wrong, read from the Web API client's typed errors. */
/** What went wrong, read from the Web API client's typed errors. maybePosted: Slack may have carried the call out. */
function classify(err: unknown): { waitMs?: number; retry: boolean; maybePosted: boolean; reason: string; code?: string; hint?: string } {
  const e = err as { code?: string; retryAfter?: number; statusCode?: number; data?: { error?: string }; message?: string };
  if (e?.code === webApi.ErrorCode.RateLimitedError) {
    return { retry: true, maybePosted: false, waitMs: Math.max(0, e.retryAfter ?? 1) * 1000, reason: 'rate limited by Slack' };
  }
  if (e?.code === webApi.ErrorCode.HTTPError) {
    const status = e.statusCode ?? 0;
    return { retry: status >= 500, maybePosted: status >= 500, reason: `Slack answered HTTP ${status}` };
  }
  if (e?.code === webApi.ErrorCode.PlatformError) {
    const code = e.data?.error ?? 'unknown_error';
    if (TRANSIENT.has(code)) return { retry: true, maybePosted: code !== 'ratelimited', reason: `Slack error ${code}`, code };
    return { retry: false, maybePosted: false, reason: `Slack error ${code}`, code, hint: PERMANENT[code] };
  }
  // Network failures (connection refused, reset, cut mid-answer): the message may or may not have been posted.
  return { retry: true, maybePosted: true, reason: `could not reach Slack: ${e?.message ?? String(err)}` };
}

export function createSlackPoster(client: webApi.WebClient, opts: SlackPosterOptions = {}): Poster {
  const maxAttempts = opts.maxAttempts ?? 4;
  const baseDelayMs = opts.baseDelayMs ?? 1000;
  const maxWaitMs = opts.maxWaitMs ?? 60_000;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  let botId: string | null = null;
  /**
   * The parts of delivery `key` this bot already posted in the channel (part index → ts), from the last 50 messages;
   * null when the lookup failed (logged) and nothing is known.
   */
  async function posted(channel: string, key: string): Promise<Map<number, string> | null> {
    try {
      botId ??= (await client.auth.test()).bot_id ?? null;
      const res = await client.conversations.history({ channel, limit: LOOKBACK, include_all_metadata: true });
      const found = new Map<number, string>();
      for (const m of res.messages ?? []) {
        const meta = m.metadata as { event_type?: string; event_payload?: { key?: unknown; part?: unknown } } | undefined;
        if (!botId || m.bot_id !== botId || meta?.event_type !== DIGEST_EVENT || meta.event_payload?.key !== key) continue;
        const part = Number(meta.event_payload.part);
        if (Number.isInteger(part) && m.ts && !found.has(part)) found.set(part, m.ts);
      }
      return found;
    } catch (err) {
      const c = classify(err);
      const hint = c.code ? HISTORY_HINT[c.code] : undefined;
      opts.log?.warn(`slack: could not check ${channel} for an earlier attempt of digest ${key} (${c.reason}); posting anyway, so it may appear twice${hint ? ` — ${hint}` : ''}`);
      return null;
    }
  }

  async function postOne(channel: string, m: SlackMessage, mark?: { key: string; part: number }): Promise<Attempt> {
    let waited = 0;
    let maybePosted = false;
    for (let attempt = 1; ; attempt++) {
      // The previous attempt may have gone through (its answer was lost): look before posting a second copy.
      if (maybePosted && mark) {
        const ts = (await posted(channel, mark.key))?.get(mark.part);
        if (ts) return { ok: true, ts, found: true };
      }
      try {
        const metadata = mark ? { event_type: DIGEST_EVENT, event_payload: { key: mark.key, part: mark.part } } : undefined;
        const res = await client.chat.postMessage({ channel, text: m.text, blocks: m.blocks, unfurl_links: false, unfurl_media: false, ...(metadata ? { metadata } : {}) });
        return { ok: true, ts: res.ts ?? '' };
      } catch (err) {
        const c = classify(err);
        maybePosted ||= c.maybePosted;
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
    async post(channelId: string, answer: Answer, idem?: PostOptions): Promise<DeliveryResult> {
      const messages = renderSlackMessages(answer, { maxMessages: opts.maxMessages ?? 1 });
      // Parts are matched by index; a retry that renders a different number of parts posts the indexes it lacks.
      const earlier = idem?.retry ? await posted(channelId, idem.key) : null;
      const ids: string[] = [];
      let already = 0;
      for (const [k, m] of messages.entries()) {
        const found = earlier?.get(k);
        if (found) {
          ids.push(found);
          already++;
          continue;
        }
        const r = await postOne(channelId, m, idem ? { key: idem.key, part: k } : undefined);
        if (!r.ok) {
          const partial = ids.length ? ` (${ids.length} of ${messages.length} messages were posted)` : '';
          opts.log?.warn(`slack: could not post to ${channelId}: ${r.reason}${partial}`);
          return { ...r, reason: r.reason + partial };
        }
        if (r.found) already++;
        ids.push(r.ts);
      }
      if (already) opts.log?.info(`slack: ${already} of ${messages.length} parts of digest ${idem!.key} were already in ${channelId}; not posted again`);
      return already ? { ok: true, messageIds: ids, alreadyPosted: already } : { ok: true, messageIds: ids };
    },
  };
}
