// Posts an Answer to a channel for the scheduler (digests): bounded retries, honest permanent failures, no duplicates.
import { createHash, randomBytes } from 'node:crypto';
import { Client, DiscordAPIError, HTTPError, RateLimitError, REST, Routes, type APIMessage, type APIUser } from 'discord.js';
import type { Answer } from '../../core/answer.js';
import type { DeliveryResult, PostOptions, Poster } from '../../core/delivery.js';
import type { Logger } from '../../log.js';
import { renderAnswer } from './render-embeds.js';

/*
 * Idempotency across retries and replicas. Two mechanisms, because neither is enough alone:
 *
 * 1. The nonce. Each part of a delivery gets a nonce derived from (channel, key, part), the same on every attempt and
 *    every replica, sent with `enforce_nonce: true`: within Discord's window ("the past few minutes") a repeat returns
 *    the first message instead of creating a second. That covers a response lost on the way back and the poster's
 *    own retries — but not a takeover after a 5-minute lease, which may be past the window.
 *
 * 2. The footer. GET /channels/{id}/messages does not return nonces, so the key has to be in the message itself.
 *    We put it in the footer of each part's last embed: "Readout digest · 2/3 · 42:2024-03-10". A footer is
 *    small grey text under the embed, it is true (this message is part 2 of 3 of the digest of subscription 42 for
 *    10 Mar 2024, a reference an admin can quote), and it needs no hidden field Discord does not have. On a retry the
 *    poster reads the channel's last 50 messages, keeps the ones whose author is the bot itself (a webhook or another
 *    bot could copy the text, but not the author id), and posts only the parts it does not find.
 */
export const FOOTER_PREFIX = 'Readout digest';
const FOOTER = /^Readout digest · (\d+)\/(\d+) · (\S+)$/;
/** Characters each message keeps free for the footer: the prefix, "99/99" and a key well over any real one. */
const FOOTER_RESERVE = 120;
/** How far back the retry looks: Discord's default page. A channel busier than that hides earlier parts. */
const LOOKBACK = 50;

export const digestFooter = (key: string, part: number, parts: number) => `${FOOTER_PREFIX} · ${part + 1}/${parts} · ${key}`;

export function parseDigestFooter(text: string | undefined): { key: string; part: number; parts: number } | null {
  const m = FOOTER.exec(text ?? '');
  return m ? { key: m[3]!, part: Number(m[1]) - 1, parts: Number(m[2]) } : null;
}

/** Discord's nonce is at most 25 characters: 128 bits of SHA-256 in base 36 is at most 25. */
export function digestNonce(channelId: string, key: string, part: number): string {
  const h = createHash('sha256').update(`${channelId}\u0000${key}\u0000${part}`).digest('hex').slice(0, 32);
  return BigInt(`0x${h}`).toString(36);
}

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

  /** One REST call with bounded retries: 429s waited out up to maxWaitMs, other transient errors backed off. */
  async function call<T>(what: string, fn: (rest: REST) => Promise<T>): Promise<{ value: T } | Verdict> {
    for (let attempt = 1; ; attempt++) {
      try {
        rest ??= restOf(source);
        return { value: await fn(rest) };
      } catch (err) {
        const v = classifyError(err);
        if (v.kind === 'permanent') return v;
        if (attempt >= maxAttempts) return { kind: 'retry', reason: `${v.reason} (${attempt} attempts)` };
        const wait = v.kind === 'wait' ? v.ms : backoffMs * 2 ** (attempt - 1) * (0.75 + Math.random() / 2);
        if (wait > maxWaitMs) return { kind: 'retry', reason: `rate limited for ${Math.ceil(wait / 1000)} s` };
        opts.log?.warn(`discord: ${what} failed (${v.reason}); retrying in ${Math.round(wait)} ms`);
        await sleep(wait);
      }
    }
  }

  async function send(channelId: string, body: Record<string, unknown>): Promise<{ id: string } | Verdict> {
    const r = await call(`posting to ${channelId}`, async (rest) => (await rest.post(Routes.channelMessages(channelId), { body })) as APIMessage);
    return 'value' in r ? { id: r.value.id } : r;
  }

  let botId: string | null = null;
  /**
   * The parts of this delivery already in the channel (part index → message id), read from the bot's own messages
   * among the last 50; null when the lookup failed and nothing is known.
   */
  async function posted(channelId: string, key: string): Promise<Map<number, string> | null> {
    const me = botId ? { value: botId } : await call('reading the bot user', async (rest) => ((await rest.get(Routes.user('@me'))) as APIUser).id);
    const list = 'value' in me
      ? await call(`reading recent messages in ${channelId}`, async (rest) => (await rest.get(Routes.channelMessages(channelId), { query: new URLSearchParams({ limit: String(LOOKBACK) }) })) as APIMessage[])
      : me;
    if (!('value' in me) || !('value' in list)) {
      const why = 'value' in list ? '' : list.reason;
      opts.log?.warn(`discord: could not check ${channelId} for an earlier attempt of digest ${key} (${why}); posting anyway, so it may appear twice. Readout needs "Read Message History" there.`);
      return null;
    }
    botId = me.value;
    // Without Read Message History Discord answers an empty list, not an error: say so, since it looks like "not posted".
    if (list.value.length === 0) {
      opts.log?.warn(`discord: ${channelId} shows no messages at all while checking for an earlier attempt of digest ${key}; if Readout lacks "Read Message History" there, an earlier post cannot be seen and the digest may appear twice.`);
    }
    const found = new Map<number, string>();
    for (const m of list.value) {
      if (m.author?.id !== botId) continue;
      for (const e of m.embeds ?? []) {
        const f = parseDigestFooter(e.footer?.text);
        if (f && f.key === key && !found.has(f.part)) found.set(f.part, m.id);
      }
    }
    return found;
  }

  return {
    platform: 'discord',
    async post(channelId: string, answer: Answer, idem?: PostOptions): Promise<DeliveryResult> {
      if (!/^\d{15,21}$/.test(channelId)) {
        return { ok: false, permanent: true, reason: `"${channelId.slice(0, 40)}" is not a Discord channel id`, hint: 'Use the channel id (Developer Mode → right-click the channel → Copy Channel ID).' };
      }
      const messages = renderAnswer(answer, { maxMessages: opts.maxMessages ?? 5, reserve: idem ? FOOTER_RESERVE : 0 });
      if (idem) {
        for (const [k, m] of messages.entries()) {
          const last = m.embeds[m.embeds.length - 1]!;
          m.embeds[m.embeds.length - 1] = { ...last, footer: { text: digestFooter(idem.key, k, messages.length) } };
        }
      }
      // A retry first looks for parts an earlier attempt posted. Parts are matched by index: a retry that renders a
      // different number of parts (the "sent late" line can move a split) posts the indexes it does not find.
      const earlier = idem?.retry ? await posted(channelId, idem.key) : null;
      // One nonce per message, reused on retries: with enforce_nonce Discord returns the first copy instead of a second.
      const once = randomBytes(8).toString('hex');
      const nonceOf = (k: number) => (idem ? digestNonce(channelId, idem.key, k) : `${once}${k}`);
      const ids: string[] = [];
      let already = 0;
      for (const [k, m] of messages.entries()) {
        const found = earlier?.get(k);
        if (found) {
          ids.push(found);
          already++;
          continue;
        }
        const body = { embeds: m.embeds, allowed_mentions: { parse: [] }, nonce: nonceOf(k), enforce_nonce: true };
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
      if (already) opts.log?.info(`discord: ${already} of ${messages.length} parts of digest ${idem!.key} were already in ${channelId}; not posted again`);
      return already ? { ok: true, messageIds: ids, alreadyPosted: already } : { ok: true, messageIds: ids };
    },
  };
}
