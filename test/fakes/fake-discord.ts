// A local fake Discord (REST over node:http + gateway over ws, 127.0.0.1 only) that speaks enough of the real
// protocol for discord.js 14 to log in, receive interactions and answer them; it records every REST call.
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface RecordedCall {
  method: string;
  /** Decoded path after /api/v10, e.g. /webhooks/1/tok/messages/@original */
  path: string;
  query: URLSearchParams;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- recorded JSON, inspected by tests
  auth: string | null;
  at: number;
}

export interface FakeGuild {
  id: string;
  name: string;
  channels: { id: string; name: string }[];
}

/**
 * accept: the request is carried out first (the message is created), then the failure is answered — a response lost
 * after the platform accepted it. drop: the connection is cut instead of answering.
 */
type Failure = ({ status: 429; retryAfter: number; global?: boolean } | { status: number; code?: number; message?: string } | { drop: true }) & { accept?: boolean };

export interface StoredMessage {
  nonce: string;
  message: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- the message object as Discord returns it
  /** performance.now() when it was created: enforce_nonce only looks back `nonceWindowMs`. */
  at: number;
}

interface Shard {
  ws: WebSocket;
  shard: [number, number];
  seq: number;
}

const EPOCH = 1420070400000n;
let counter = 0n;
/** Real-looking snowflakes, increasing. */
export function snowflake(): string {
  counter = (counter + 1n) % 4096n;
  return (((BigInt(Date.now()) - EPOCH) << 22n) | counter).toString();
}

export interface FakeDiscordOptions {
  token?: string;
  applicationId?: string;
  guilds?: FakeGuild[];
  /** Shard count /gateway/bot recommends. */
  shards?: number;
  /** How long enforce_nonce remembers a nonce ("the past few minutes" in Discord's docs). Default 5 minutes. */
  nonceWindowMs?: number;
}

export type FakeDiscord = Awaited<ReturnType<typeof startFakeDiscord>>;

export async function startFakeDiscord(opts: FakeDiscordOptions = {}) {
  const token = opts.token ?? 'fake.bot.token-that-is-long-enough';
  const applicationId = opts.applicationId ?? '111111111111111111';
  const guilds: FakeGuild[] = opts.guilds ?? [{ id: '222222222222222222', name: 'Readers', channels: [{ id: '333333333333333333', name: 'news' }] }];
  const botUser = { id: applicationId, username: 'readout', discriminator: '0000', global_name: null, avatar: null, bot: true };
  const calls: RecordedCall[] = [];
  const events = new EventEmitter();
  events.setMaxListeners(0);
  const failures: { method: string; path: RegExp; failure: Failure }[] = [];
  const commands = new Map<string, unknown[]>(); // 'global' or guild id → registered commands
  const shards: Shard[] = [];
  const identified: [number, number][] = [];
  const channelMessages = new Map<string, StoredMessage[]>();
  /** Channels that answer 403 Missing Access / 50013 Missing Permissions. */
  const forbiddenChannels = new Set<string>();
  /** Channels where the bot lacks Read Message History: Discord then answers GET messages with an empty list. */
  const noHistoryChannels = new Set<string>();
  const nonceWindowMs = opts.nonceWindowMs ?? 5 * 60_000;

  const channelIds = () => new Set(guilds.flatMap((g) => g.channels.map((c) => c.id)));

  const message = (channelId: string, body: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    id: snowflake(),
    type: 0,
    channel_id: channelId,
    author: botUser,
    content: body.content ?? '',
    embeds: body.embeds ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: body.flags ?? 0,
    components: [],
    ...extra,
  });

  function send(res: ServerResponse, status: number, json?: unknown, headers: Record<string, string> = {}) {
    // A 204 carries no body and no content type (REST clients parse JSON by the header).
    res.writeHead(status, json === undefined ? headers : { 'content-type': 'application/json', ...headers });
    res.end(json === undefined ? undefined : JSON.stringify(json));
  }

  function fail(res: ServerResponse, f: Failure) {
    if ('drop' in f) return void res.socket?.destroy();
    if (f.status === 429 && 'retryAfter' in f) {
      const headers: Record<string, string> = { 'retry-after': String(f.retryAfter), 'x-ratelimit-scope': 'user' };
      if (f.global) headers['x-ratelimit-global'] = 'true';
      return send(res, 429, { message: 'You are being rate limited.', retry_after: f.retryAfter, global: !!f.global }, headers);
    }
    const c = f as { status: number; code?: number; message?: string };
    send(res, c.status, { message: c.message ?? `${c.status} error`, code: c.code ?? 0 });
  }

  // Routes: [method, pattern, handler(match, body, query)] → [status, json?]
  type Handler = (m: RegExpExecArray, body: any, q: URLSearchParams) => [number, unknown?]; // eslint-disable-line @typescript-eslint/no-explicit-any
  const routes: [string, RegExp, Handler][] = [
    ['GET', /^\/gateway\/bot$/, () => [200, { url: wsUrl, shards: opts.shards ?? 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 16 } }]],
    ['GET', /^\/gateway$/, () => [200, { url: wsUrl }]],
    ['POST', /^\/interactions\/(\d+)\/([^/]+)\/callback$/, (_m, body, q) =>
      q.get('with_response') === 'true' ? [200, { interaction: { id: _m[1], type: 2 }, resource: { type: body.type } }] : [204]],
    ['PATCH', /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/, (m, body) => [200, message(guilds[0]?.channels[0]?.id ?? '0', body, { webhook_id: m[1], application_id: m[1] })]],
    ['GET', /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/, (m) => [200, message(guilds[0]?.channels[0]?.id ?? '0', {}, { webhook_id: m[1] })]],
    ['DELETE', /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/, () => [204]],
    ['POST', /^\/webhooks\/(\d+)\/([^/]+)$/, (m, body) => [200, message(guilds[0]?.channels[0]?.id ?? '0', body, { webhook_id: m[1], application_id: m[1] })]],
    ['POST', /^\/channels\/(\d+)\/messages$/, (m, body) => {
      const id = m[1]!;
      if (forbiddenChannels.has(id)) return [403, { message: 'Missing Permissions', code: 50013 }];
      if (!channelIds().has(id)) return [404, { message: 'Unknown Channel', code: 10003 }];
      const sent = channelMessages.get(id) ?? [];
      channelMessages.set(id, sent);
      // enforce_nonce: within the window, Discord returns the earlier message by this author instead of a duplicate.
      const now = performance.now();
      const earlier = body.enforce_nonce && body.nonce ? sent.find((s) => s.nonce === String(body.nonce) && now - s.at < nonceWindowMs) : undefined;
      if (earlier) return [200, earlier.message];
      const msg = message(id, body);
      sent.push({ nonce: String(body.nonce ?? ''), message: msg, at: now });
      return [200, msg];
    }],
    // Newest first, `limit` 1–100 (default 50); without Read Message History Discord returns no messages, not an error.
    ['GET', /^\/channels\/(\d+)\/messages$/, (m, _body, q) => {
      const id = m[1]!;
      if (forbiddenChannels.has(id)) return [403, { message: 'Missing Access', code: 50001 }];
      if (!channelIds().has(id)) return [404, { message: 'Unknown Channel', code: 10003 }];
      if (noHistoryChannels.has(id)) return [200, []];
      const limit = Math.min(100, Math.max(1, Number(q.get('limit') ?? 50)));
      return [200, [...(channelMessages.get(id) ?? [])].reverse().slice(0, limit).map((s) => s.message)];
    }],
    ['GET', /^\/users\/@me$/, () => [200, botUser]],
    ['GET', /^\/applications\/(\d+)\/commands$/, () => [200, commands.get('global') ?? []]],
    ['GET', /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/, (m) => [200, commands.get(m[2]!) ?? []]],
    ['PUT', /^\/applications\/(\d+)\/commands$/, (m, body) => [200, storeCommands('global', m[1]!, body)]],
    ['PUT', /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/, (m, body) => [200, storeCommands(m[2]!, m[1]!, body, m[2])]],
  ];

  function storeCommands(key: string, appId: string, body: unknown, guildId?: string) {
    const list = (Array.isArray(body) ? body : []).map((c: Record<string, unknown>) => ({
      id: snowflake(), application_id: appId, version: snowflake(), type: 1, ...(guildId ? { guild_id: guildId } : {}), ...c,
    }));
    commands.set(key, list);
    return list;
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown = null;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
    }
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const call: RecordedCall = { method: req.method ?? 'GET', path, query: url.searchParams, body, auth: req.headers.authorization ?? null, at: performance.now() };
    calls.push(call);
    events.emit('call', call);
    const fi = failures.findIndex((f) => f.method === call.method && f.path.test(path));
    const failure = fi >= 0 ? failures.splice(fi, 1)[0]!.failure : undefined;
    if (failure && !failure.accept) return fail(res, failure);
    const isInteraction = /^\/(interactions|webhooks)\//.test(path);
    if (!isInteraction && call.auth !== `Bot ${token}`) return send(res, 401, { message: '401: Unauthorized', code: 0 });
    for (const [method, re, h] of routes) {
      const m = method === call.method ? re.exec(path) : null;
      if (m) {
        const [status, json] = h(m, body, url.searchParams);
        // Carried out, then the answer is lost on its way back.
        if (failure) return fail(res, failure);
        return send(res, status, json);
      }
    }
    send(res, 404, { message: '404: Not Found', code: 0 });
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err) => send(res, 500, { message: String(err), code: 0 }));
  });
  const wss = new WebSocketServer({ server });
  wss.on('connection', (ws) => {
    const shard: Shard = { ws, shard: [0, 1], seq: 0 };
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41250 }, s: null, t: null }));
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { op: number; d: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
      if (msg.op === 1) ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      else if (msg.op === 2) identify(shard, msg.d);
      else if (msg.op === 6) ws.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
    });
    ws.on('close', () => {
      const i = shards.indexOf(shard);
      if (i >= 0) shards.splice(i, 1);
    });
  });

  const guildsOf = ([id, count]: [number, number]) => guilds.filter((g) => Number((BigInt(g.id) >> 22n) % BigInt(count)) === id);

  function dispatch(shard: Shard, t: string, d: unknown) {
    shard.seq += 1;
    shard.ws.send(JSON.stringify({ op: 0, t, s: shard.seq, d }));
  }

  function identify(shard: Shard, d: { token: string; shard?: [number, number] }) {
    if (d.token !== token && d.token !== `Bot ${token}`) return shard.ws.close(4004, 'Authentication failed.');
    shard.shard = d.shard ?? [0, 1];
    shards.push(shard);
    identified.push(shard.shard);
    const mine = guildsOf(shard.shard);
    dispatch(shard, 'READY', {
      v: 10, user: botUser, guilds: mine.map((g) => ({ id: g.id, unavailable: true })), session_id: `session-${snowflake()}`,
      resume_gateway_url: wsUrl, shard: shard.shard, application: { id: applicationId, flags: 0 },
    });
    for (const g of mine) {
      dispatch(shard, 'GUILD_CREATE', {
        id: g.id, name: g.name, icon: null, owner_id: '1', unavailable: false, member_count: 1, large: false,
        features: [], emojis: [], stickers: [], members: [], voice_states: [], presences: [], threads: [], stage_instances: [],
        guild_scheduled_events: [], afk_timeout: 300, verification_level: 0, default_message_notifications: 0,
        explicit_content_filter: 0, mfa_level: 0, nsfw_level: 0, premium_tier: 0, preferred_locale: 'en-US',
        system_channel_flags: 0, joined_at: new Date().toISOString(),
        roles: [{ id: g.id, name: '@everyone', permissions: '0', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
        channels: g.channels.map((c, i) => ({ id: c.id, type: 0, name: c.name, guild_id: g.id, position: i, permission_overwrites: [], nsfw: false, parent_id: null })),
      });
    }
    events.emit('identified', shard.shard);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const wsUrl = `ws://127.0.0.1:${port}`;

  /** The shard a guild's events go to (Discord's rule: (guild_id >> 22) % shard_count). */
  function shardFor(guildId: string | null): Shard {
    const s = guildId ? shards.find((x) => Number((BigInt(guildId) >> 22n) % BigInt(x.shard[1])) === x.shard[0]) : shards[0];
    if (!s) throw new Error('no shard connected');
    return s;
  }

  return {
    api: `http://127.0.0.1:${port}/api`,
    wsUrl,
    token,
    applicationId,
    guilds,
    calls,
    identified,
    channelMessages,
    forbiddenChannels,
    noHistoryChannels,
    commands,
    botUser,
    /** The messages in a channel, oldest first, as Discord would return them. */
    messagesIn: (channelId: string) => (channelMessages.get(channelId) ?? []).map((s) => s.message),
    /** Lets the enforce_nonce window pass for every message sent so far. */
    expireNonces() {
      for (const list of channelMessages.values()) for (const s of list) s.at = -Infinity;
    },
    /** A message someone else (a user, a webhook, another bot) posts in the channel. */
    addMessage(channelId: string, body: Record<string, unknown>, author: Record<string, unknown>) {
      const list = channelMessages.get(channelId) ?? [];
      channelMessages.set(channelId, list);
      const msg = message(channelId, body, { author });
      list.push({ nonce: '', message: msg, at: performance.now() });
      return msg;
    },
    /** Makes the next matching request fail once. */
    failOnce(method: string, path: RegExp, failure: Failure) {
      failures.push({ method, path, failure });
    },
    /** Resolves with the first recorded call (past or future) matching the predicate. */
    waitForCall(pred: (c: RecordedCall) => boolean, timeoutMs = 10_000): Promise<RecordedCall> {
      const found = calls.find(pred);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          events.off('call', on);
          reject(new Error('fake discord: expected call did not arrive'));
        }, timeoutMs);
        const on = (c: RecordedCall) => {
          if (!pred(c)) return;
          clearTimeout(timer);
          events.off('call', on);
          resolve(c);
        };
        events.on('call', on);
      });
    },
    /** Sends INTERACTION_CREATE on the shard that owns the guild. Returns the interaction's id and token. */
    sendInteraction(d: Record<string, unknown>): { id: string; token: string } {
      const id = (d.id as string) ?? snowflake();
      const itoken = (d.token as string) ?? `itok-${id}`;
      dispatch(shardFor((d.guild_id as string) ?? null), 'INTERACTION_CREATE', { ...d, id, token: itoken });
      return { id, token: itoken };
    },
    connectedShards: () => shards.map((s) => s.shard),
    async close() {
      for (const c of wss.clients) c.terminate();
      await new Promise<void>((r) => wss.close(() => r()));
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
