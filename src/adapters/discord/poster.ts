// Posts an Answer to a channel for the scheduler (digests): bounded retries, honest permanent failures, no duplicates.
import { randomBytes } from 'node:crypto';
import { Client, DiscordAPIError, HTTPError, RateLimitError, REST, Routes, type APIMessage } from 'discord.js';
import type { Answer } from '../../core/answer.js';
import type { DeliveryResult, Poster } from '../../core/delivery.js';
import type { Logger } from '../../log.js';
import { renderAnswer } from './render-embeds.js';

export type PosterSource = Client | REST | { token: string; api?: string };

export interface PosterOptions {
  /** Attempts per message, counting the first. */
  maxAttempts?: number;
  /** Longest 429 wait we sit out; longer ones are reported as a temporary failure for the scheduler to retry. */
  maxWaitMs?: number;
  /** First 5xx backoff; doubles per attempt (with jitter). */
  backoffMs?: number;
  maxMessages?: number;
  log?: Logger;
  sleep?: (ms: number) => Promise<void>;
}

type Verdict = { kind: 'wait'; ms: number; reason: string } | { kind: 'retry'; reason: string } | { kind: 'permanent'; reason: string; hint?: string };

// Discord JSON error codes that mean "this will never work for this channel".
const PERMANENT: Record<number, { reason: string; hint: string }> = {
  10003: { reason: 'the channel no longer exists', hint: 'Remove this digest subscription, or subscribe another channel.' },
  50001: { reason: 'the bot cannot see the channel (Missing Access)', hint: 'Give Readout "View Channel" in that channel, or invite it to the server again.' },
  50013: { reason: 'the bot may not post there (Missing Permissions)', hint: 'Give Readout "Send Messages" and "Embed Links" in that channel.' },
  10004: { reason: 'the bot is no longer in that server', hint: 'Invite Readout to the server again.' },
};

export function classifyError(err: unknown): Verdict {
  if (err instanceof RateLimitError) return { kind: 'wait', ms: err.retryAfter, reason: 'rate limited' };
  if (err instanceof DiscordAPIError) {
    const known = typeof err.code === 'number' ? PERMANENT[err.code] : undefined;
    if (known) return { kind: 'permanent', ...known };
    if (err.status === 429) {
      const after = Number((err.rawError as { retry_after?: number }).retry_after ?? 1);
      return { kind: 'wait', ms: after * 1000, reason: 'rate limited' };
    }
    if (err.status >= 500) return { kind: 'retry', reason: `Discord answered ${err.status}` };
    if (err.status === 401) return { kind: 'permanent', reason: 'Discord rejected the bot token (401)', hint: 'Check DISCORD_TOKEN.' };
    if (err.status === 404 || err.status === 403) return { kind: 'permanent', reason: `Discord answered ${err.status}: ${err.message}`, hint: 'Check that the channel exists and Readout may post in it.' };
    return { kind: 'permanent', reason: `Discord refused the message (${err.status}, code ${err.code}): ${err.message}` };
  }
  if (err instanceof HTTPError) return { kind: 'retry', reason: `Discord answered ${err.status}` };
  // Network failures and timeouts: worth another try.
  return { kind: 'retry', reason: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
}

function restOf(source: PosterSource): REST {
  if (source instanceof REST) return source;
  // Our own REST with retries off and 429s surfaced, so waiting and backoff follow the bounds below.
  const rest = new REST({ retries: 0, rejectOnRateLimit: () => true, ...(apiOf(source) ? { api: apiOf(source) } : {}) });
  const token = source instanceof Client ? source.token : source.token;
  if (token) rest.setToken(token);
  return rest;
}

const apiOf = (s: Exclude<PosterSource, REST>) => (s instanceof Client ? s.options.rest?.api : s.api);

export function createDiscordPoster(source: PosterSource, opts: PosterOptions = {}): Poster {
  const maxAttempts = opts.maxAttempts ?? 4;
  const maxWaitMs = opts.maxWaitMs ?? 60_000;
  const backoffMs = opts.backoffMs ?? 500;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let rest: REST | null = null;

  async function send(channelId: string, body: Record<string, unknown>): Promise<{ id: string } | Verdict> {
    for (let attempt = 1; ; attempt++) {
      try {
        rest ??= restOf(source);
        const msg = (await rest.post(Routes.channelMessages(channelId), { body })) as APIMessage;
        return { id: msg.id };
      } catch (err) {
        const v = classifyError(err);
        if (v.kind === 'permanent') return v;
        if (attempt >= maxAttempts) return { kind: 'retry', reason: `${v.reason} (${attempt} attempts)` };
        const wait = v.kind === 'wait' ? v.ms : backoffMs * 2 ** (attempt - 1) * (0.75 + Math.random() / 2);
        if (wait > maxWaitMs) return { kind: 'retry', reason: `rate limited for ${Math.ceil(wait / 1000)} s` };
        opts.log?.warn(`discord: posting to ${channelId} failed (${v.reason}); retrying in ${Math.round(wait)} ms`);
        await sleep(wait);
      }
    }
  }

  return {
    platform: 'discord',
    async post(channelId: string, answer: Answer): Promise<DeliveryResult> {
      if (!/^\d{15,21}$/.test(channelId)) {
        return { ok: false, permanent: true, reason: `"${channelId.slice(0, 40)}" is not a Discord channel id`, hint: 'Use the channel id (Developer Mode → right-click the channel → Copy Channel ID).' };
      }
      const messages = renderAnswer(answer, { maxMessages: opts.maxMessages ?? 5 });
      // One nonce per message, reused on retries: with enforce_nonce Discord returns the first copy instead of a second.
      const nonce = randomBytes(8).toString('hex');
      const ids: string[] = [];
      for (const [k, m] of messages.entries()) {
        const body = { embeds: m.embeds, allowed_mentions: { parse: [] }, nonce: `${nonce}${k}`, enforce_nonce: true };
        const r = await send(channelId, body);
        if ('id' in r) {
          ids.push(r.id);
          continue;
        }
        const partial = ids.length ? ` (${ids.length} of ${messages.length} messages were sent)` : '';
        opts.log?.warn(`discord: could not post to ${channelId}: ${r.reason}${partial}`);
        return r.kind === 'permanent'
          ? { ok: false, permanent: true, reason: r.reason + partial, hint: r.hint }
          : { ok: false, permanent: false, reason: r.reason + partial };
      }
      return { ok: true, messageIds: ids };
    },
  };
}
