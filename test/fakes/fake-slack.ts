// A local fake Slack on 127.0.0.1: Web API (form or JSON bodies), response_url receiver and a Socket Mode
// WebSocket, enough for the real @slack/bolt to verify its token, answer commands and post; it records everything.
import { createHmac, randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export const FAKE_BOT_TOKEN = 'xoxb-1111-2222-fakebottoken';
export const FAKE_APP_TOKEN = 'xapp-1-A0001-3333-fakeapptoken';
export const FAKE_SIGNING_SECRET = 'fake-signing-secret-0123456789abcdef';
export const FAKE_TEAM = 'T0READERS';

export interface ApiCall {
  method: string;
  /** Body fields as sent: form values are strings (`blocks` is a JSON string), JSON bodies keep their types. */
  params: Record<string, unknown>;
  contentType: string;
  token: string | null;
}

export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
}

/**
 * accept: the call is carried out first (a message is posted), then the failure is answered — a response lost after
 * Slack accepted it. drop: the connection is cut instead of answering.
 */
export type ApiFailure = ({ status: 429; retryAfter: number } | { status: 500 | 502 | 503 } | { error: string } | { drop: true }) & { accept?: boolean };

/** A message as the fake stores it and conversations.history returns it. */
export interface StoredSlackMessage {
  type: 'message';
  ts: string;
  text: string;
  blocks?: unknown[];
  bot_id?: string;
  app_id?: string;
  user?: string;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

export const FAKE_BOT_ID = 'B0BOT';
export const FAKE_BOT_USER = 'U0BOT';

export interface FakeSlackUser {
  id: string;
  is_admin?: boolean;
  is_owner?: boolean;
}

export type FakeSlack = Awaited<ReturnType<typeof startFakeSlack>>;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseParams(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  return Object.fromEntries(new URLSearchParams(raw));
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
  void res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));

export async function startFakeSlack(opts: { users?: FakeSlackUser[] } = {}) {
  const calls: ApiCall[] = [];
  const responses: ResponseUrlPost[] = [];
  const acks: { envelope_id: string; payload?: unknown }[] = [];
  const failures: { method: string; failure: ApiFailure }[] = [];
  const users = new Map((opts.users ?? []).map((u) => [u.id, u]));
  const events = new EventEmitter();
  events.setMaxListeners(0);
  let ts = 0;
  /** Channel id → its messages, oldest first. */
  const messages = new Map<string, StoredSlackMessage[]>();
  // Form-encoded calls carry objects as JSON strings (the Web API client serialises them so).
  const objectParam = (v: unknown): unknown => {
    if (typeof v !== 'string') return v;
    try {
      return JSON.parse(v);
    } catch {
      return undefined;
    }
  };
  const truthy = (v: unknown) => v === true || v === 'true' || v === '1' || v === 1;

  function answer(method: string, p: Record<string, unknown>, token: string | null): [number, unknown] {
    const wanted = method === 'apps.connections.open' ? FAKE_APP_TOKEN : FAKE_BOT_TOKEN;
    if (token !== wanted) return [200, { ok: false, error: token ? 'invalid_auth' : 'not_authed' }];
    switch (method) {
      case 'auth.test':
        return [200, { ok: true, url: 'https://readers.slack.test/', team: 'Readers', user: 'readout', team_id: FAKE_TEAM, user_id: FAKE_BOT_USER, bot_id: FAKE_BOT_ID }];
      case 'chat.postMessage': {
        const channel = String(p.channel);
        const metadata = objectParam(p.metadata) as StoredSlackMessage['metadata'];
        const msg: StoredSlackMessage = {
          type: 'message', ts: `1700000000.${String(++ts).padStart(6, '0')}`, text: String(p.text ?? ''),
          blocks: objectParam(p.blocks) as unknown[] | undefined, bot_id: FAKE_BOT_ID, app_id: 'A0001', user: FAKE_BOT_USER,
          ...(metadata?.event_type ? { metadata } : {}),
        };
        (messages.get(channel) ?? messages.set(channel, []).get(channel)!).push(msg);
        return [200, { ok: true, channel, ts: msg.ts, message: { text: msg.text } }];
      }
      // Newest first; metadata only with include_all_metadata, as Slack does.
      case 'conversations.history': {
        const limit = Math.min(999, Math.max(1, Number(p.limit ?? 100)));
        const all = [...(messages.get(String(p.channel)) ?? [])].reverse();
        const withMeta = truthy(p.include_all_metadata);
        const page = all.slice(0, limit).map((m) => (withMeta ? m : (({ metadata: _m, ...rest }) => rest)(m)));
        return [200, { ok: true, messages: page, has_more: all.length > limit }];
      }
      case 'users.info': {
        const u = users.get(String(p.user));
        return u ? [200, { ok: true, user: { is_admin: false, is_owner: false, ...u } }] : [200, { ok: false, error: 'user_not_found' }];
      }
      case 'apps.connections.open':
        return [200, { ok: true, url: `ws://127.0.0.1:${port}/socket?ticket=${randomUUID()}` }];
      default:
        return [200, { ok: false, error: 'unknown_method' }];
    }
  }

  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const contentType = String(req.headers['content-type'] ?? '');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const api = /^\/api\/([\w.]+)$/.exec(url.pathname);
    const respond = /^\/respond\/([\w-]+)$/.exec(url.pathname);
    if (req.method === 'POST' && api) {
      const method = api[1]!;
      const params = parseParams(raw, contentType);
      const auth = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1] ?? (params.token as string | undefined) ?? null;
      calls.push({ method, params, contentType, token: auth });
      events.emit('change');
      const i = failures.findIndex((f) => f.method === method);
      if (i >= 0) {
        const failure = failures.splice(i, 1)[0]!.failure;
        if (failure.accept) answer(method, params, auth); // carried out; the answer below is what gets lost
        if ('drop' in failure) return void res.socket?.destroy();
        if ('error' in failure) return json(res, 200, { ok: false, error: failure.error, ...(failure.error === 'missing_scope' ? { needed: 'channels:history,groups:history', provided: 'commands,chat:write' } : {}) });
        if (failure.status === 429) return json(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(failure.retryAfter) });
        return void res.writeHead(failure.status).end('upstream trouble');
      }
      const [status, body] = answer(method, params, auth);
      return json(res, status, body);
    }
    if (req.method === 'POST' && respond) {
      responses.push({ id: respond[1]!, body: JSON.parse(raw) as Record<string, unknown> });
      events.emit('change');
      return void res.writeHead(200).end('ok');
    }
    res.writeHead(404).end();
  });

  const wss = new WebSocketServer({ noServer: true });
  const sockets = new Set<WebSocket>();
  server.on('upgrade', (req, socket, head) => {
    if (!req.url?.startsWith('/socket')) return socket.destroy();
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => {
        sockets.delete(ws);
        events.emit('change');
      });
      ws.on('message', (data) => {
        const msg = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
        if (msg.envelope_id) acks.push({ envelope_id: msg.envelope_id, payload: msg.payload });
        events.emit('change');
      });
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake-slack' }, connection_info: { app_id: 'A0001' } }));
      events.emit('change');
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;

  /** Resolves when `check` returns a value (re-checked on every recorded event); rejects after `ms`. */
  function waitFor<T>(check: () => T | undefined | false, ms = 5000, what = 'condition'): Promise<T> {
    return new Promise((resolve, reject) => {
      const tryNow = () => {
        const v = check();
        if (v) {
          cleanup();
          resolve(v);
        }
      };
      const timer = setTimeout(() => (cleanup(), reject(new Error(`fake Slack: timed out waiting for ${what}`))), ms);
      const cleanup = () => (clearTimeout(timer), events.off('change', tryNow));
      events.on('change', tryNow);
      tryNow();
    });
  }

  return {
    port,
    apiUrl: `${base}/api/`,
    calls,
    responses,
    acks,
    users,
    /** Channel id → messages posted there, oldest first. */
    messages,
    messagesIn: (channel: string) => messages.get(channel) ?? [],
    /** A message someone else (a person, another app) posts in the channel. */
    addMessage(channel: string, msg: Partial<StoredSlackMessage>) {
      const stored: StoredSlackMessage = { type: 'message', ts: `1700000000.${String(++ts).padStart(6, '0')}`, text: '', ...msg };
      (messages.get(channel) ?? messages.set(channel, []).get(channel)!).push(stored);
      return stored;
    },
    /** A response_url on this fake; POSTs to it are recorded under `id`. */
    responseUrl: (id: string = randomUUID()) => `${base}/respond/${id}`,
    /** The next call of `method` fails this way (once). */
    failNext: (method: string, failure: ApiFailure) => void failures.push({ method, failure }),
    callsOf: (method: string) => calls.filter((c) => c.method === method),
    waitFor,
    responsesFor: (id: string, n = 1, ms?: number) => waitFor(() => { const r = responses.filter((x) => x.id === id); return r.length >= n && r; }, ms, `${n} response_url post(s) to ${id}`),
    /** Sends a Socket Mode envelope to the connected app and resolves with its ack. */
    async sendEnvelope(type: string, payload: Record<string, unknown>, ms = 5000) {
      const ws = await waitFor(() => [...sockets][0], ms, 'a Socket Mode connection');
      const envelope_id = randomUUID();
      ws.send(JSON.stringify({ envelope_id, type, payload, accepts_response_payload: true, retry_attempt: 0, retry_reason: '' }));
      return waitFor(() => acks.find((a) => a.envelope_id === envelope_id), ms, `the ack of ${envelope_id}`);
    },
    socketCount: () => sockets.size,
    async close() {
      for (const ws of sockets) ws.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The form fields Slack sends for a slash command. */
export function slashCommandFields(command: string, text: string, responseUrl: string, over: Record<string, string> = {}): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: FAKE_TEAM,
    team_domain: 'readers',
    channel_id: 'C0NEWS',
    channel_name: 'news',
    user_id: 'U0ASKER',
    user_name: 'asker',
    command,
    text,
    api_app_id: 'A0001',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: '1.2.3',
    ...over,
  };
}

/** Slack's request signature: `v0=` + HMAC-SHA256(secret, `v0:{timestamp}:{raw body}`). */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return 'v0=' + createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
}

/** Posts a signed, form-encoded slash command the way Slack does; returns status and the parsed body. */
export async function postSignedCommand(
  url: string,
  fields: Record<string, string>,
  opts: { secret?: string; timestamp?: number; signature?: string } = {},
): Promise<{ status: number; body: Record<string, unknown> | null; text: string }> {
  const body = new URLSearchParams(fields).toString();
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': opts.signature ?? slackSignature(opts.secret ?? FAKE_SIGNING_SECRET, timestamp, body),
    },
    body,
  });
  const text = await res.text();
  let parsed: Record<string, unknown> | null = null;
  try {
    parsed = text ? (JSON.parse(text) as Record<string, unknown>) : null;
  } catch {
    parsed = null;
  }
  return { status: res.status, body: parsed, text };
}
