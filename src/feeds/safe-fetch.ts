// Outbound HTTP for feeds and pages: every hop's address checked and pinned, redirects capped, time and size bounded.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { refusedRange, type AddressPolicy } from './address-policy.js';
import { FetchError } from './fetch-error.js';
import { checkHttpUrl } from './feed-url.js';
import { createHostLimiter, type HostLimiter } from './host-limiter.js';
import { readCappedBody } from './read-capped-body.js';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}
/** Hostname → addresses; injectable so tests can make a public-looking name resolve to 10.0.0.1. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export interface SafeFetchOptions extends AddressPolicy {
  resolve?: Resolver;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  perHostConcurrency?: number;
  /** Share one limiter between fetchers (feeds and pages of one process). */
  limiter?: HostLimiter;
  userAgent?: string;
}

export interface FetchRequest {
  accept?: string;
  etag?: string | null;
  lastModified?: string | null;
  signal?: AbortSignal;
}

export type FetchResult =
  | { kind: 'ok'; url: string; status: number; body: Buffer; contentType: string | null; etag: string | null; lastModified: string | null }
  | { kind: 'not-modified'; url: string; status: 304 };

export type SafeFetch = (url: string, request?: FetchRequest) => Promise<FetchResult>;

export const FETCH_LIMITS = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5, perHostConcurrency: 2 };
export const USER_AGENT = 'ReadoutBot/0.1 (news feed reader; +https://github.com/readout)';

const systemResolver: Resolver = async (hostname) => {
  const found = await dns.promises.lookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

interface Hop {
  status: number;
  headers: http.IncomingHttpHeaders;
  body?: Buffer;
}

export function createSafeFetch(options: SafeFetchOptions = {}): SafeFetch {
  const limits = { ...FETCH_LIMITS, ...definedOnly(options) };
  const resolver = options.resolve ?? systemResolver;
  const limiter = options.limiter ?? createHostLimiter(limits.perHostConcurrency);
  const userAgent = options.userAgent ?? USER_AGENT;

  /** Resolves, refuses if ANY address is non-public (a name pointing both ways is an attack, not a feed). */
  async function resolveChecked(hostname: string): Promise<ResolvedAddress[]> {
    let found: ResolvedAddress[];
    try {
      found = await resolver(hostname);
    } catch {
      throw new FetchError('dns.failed', `${hostname} could not be found (DNS lookup failed)`);
    }
    if (found.length === 0) throw new FetchError('dns.failed', `${hostname} has no address`);
    for (const a of found) {
      const range = refusedRange(a.address, options);
      if (range) throw blocked(`${hostname} resolves to ${a.address}, a ${range} address`);
    }
    return found;
  }

  async function hop(url: URL, headers: Record<string, string>, signal: AbortSignal, refusal: { error?: FetchError }): Promise<Hop> {
    const release = await limiter.acquire(url.host, signal);
    try {
      const literal = url.hostname.replace(/^\[|\]$/g, '');
      if (net.isIP(literal)) {
        // Node skips `lookup` for IP literals, so they are checked here.
        const range = refusedRange(literal, options);
        if (range) throw blocked(`${literal} is a ${range} address`);
      }
      // The socket connects to exactly the addresses this lookup checked: a second DNS answer cannot swap them.
      const lookup: net.LookupFunction = (hostname, opts, callback) => {
        resolveChecked(hostname).then(
          (addrs) => {
            const wanted = opts.family === 4 || opts.family === 6 ? addrs.filter((a) => a.family === opts.family) : addrs;
            if (opts.all) callback(null, wanted);
            else callback(null, wanted[0]?.address ?? '', wanted[0]?.family ?? 4);
          },
          (err: FetchError) => {
            refusal.error = err;
            callback(err, '', 0);
          },
        );
      };
      const mod = url.protocol === 'https:' ? https : http;
      return await new Promise<Hop>((resolve, reject) => {
        const req = mod.request(url, { method: 'GET', headers, lookup, signal, agent: false }, (res) => {
          const status = res.statusCode ?? 0;
          if (status < 200 || status >= 300) {
            // Redirects, 304 and errors: the body is not needed, so the connection is dropped, not drained.
            res.destroy();
            resolve({ status, headers: res.headers });
            return;
          }
          readCappedBody(res, limits.maxBytes, signal).then((body) => resolve({ status, headers: res.headers, body }), reject);
        });
        req.on('error', reject);
        req.end();
      });
    } finally {
      release();
    }
  }

  return async function safeFetch(input, request = {}) {
    const first = checkHttpUrl(input);
    if (!first.ok) throw new FetchError('url.invalid', first.message);
    const timeout = AbortSignal.timeout(limits.timeoutMs);
    const signal = request.signal ? AbortSignal.any([timeout, request.signal]) : timeout;
    const headers: Record<string, string> = {
      'user-agent': userAgent,
      accept: request.accept ?? '*/*',
      'accept-encoding': 'gzip, deflate, br',
    };
    if (request.etag) headers['if-none-match'] = request.etag;
    if (request.lastModified) headers['if-modified-since'] = request.lastModified;

    let url = first.url;
    const visited = new Set<string>([url.href]);
    for (let redirects = 0; ; redirects++) {
      const refusal: { error?: FetchError } = {};
      let res: Hop;
      try {
        res = await hop(url, headers, signal, refusal);
      } catch (err) {
        if (refusal.error) throw refusal.error;
        // Checked before FetchError: an abort mid-body also surfaces as a "cut off" network error.
        if (timeout.aborted) throw new FetchError('timeout', `no complete answer from ${url.host} within ${limits.timeoutMs / 1000} s`);
        if (request.signal?.aborted) throw new FetchError('network', 'the request was cancelled');
        if (err instanceof FetchError) throw err;
        throw new FetchError('network', `${url.host} could not be reached (${err instanceof Error ? err.message : String(err)})`);
      }
      if ([301, 302, 303, 307, 308].includes(res.status)) {
        const next = nextUrl(url, res.headers.location);
        if (visited.has(next.href)) throw new FetchError('redirect.loop', `redirect loop: ${next.href} was already visited`);
        if (redirects + 1 > limits.maxRedirects) throw new FetchError('redirect.limit', `more than ${limits.maxRedirects} redirects`);
        visited.add(next.href);
        url = next;
        continue;
      }
      if (res.status === 304) return { kind: 'not-modified', url: url.href, status: 304 };
      if (res.status < 200 || res.status >= 300) {
        throw new FetchError('http.status', `${url.host} answered HTTP ${res.status}${http.STATUS_CODES[res.status] ? ` ${http.STATUS_CODES[res.status]}` : ''}`, res.status);
      }
      return {
        kind: 'ok',
        url: url.href,
        status: res.status,
        body: res.body ?? Buffer.alloc(0),
        contentType: header(res.headers['content-type']),
        etag: header(res.headers.etag),
        lastModified: header(res.headers['last-modified']),
      };
    }
  };
}

function nextUrl(from: URL, location: string | undefined): URL {
  if (!location) throw new FetchError('redirect.invalid', `${from.host} sent a redirect without a Location`);
  let target: string;
  try {
    target = new URL(location, from).href;
  } catch {
    throw new FetchError('redirect.invalid', `${from.host} redirected to an invalid URL`);
  }
  const checked = checkHttpUrl(target);
  if (!checked.ok) throw new FetchError('redirect.invalid', `redirect refused: ${checked.message}`);
  return checked.url;
}

function blocked(what: string): FetchError {
  return new FetchError('address.blocked', `${what}; feeds may only reach public addresses (READOUT_ALLOW_PRIVATE_FEEDS=1 allows private ones)`);
}

function header(v: string | string[] | undefined): string | null {
  return (Array.isArray(v) ? v[0] : v) ?? null;
}

function definedOnly(o: SafeFetchOptions): Partial<typeof FETCH_LIMITS> {
  const out: Partial<typeof FETCH_LIMITS> = {};
  for (const k of Object.keys(FETCH_LIMITS) as (keyof typeof FETCH_LIMITS)[]) if (o[k] !== undefined) out[k] = o[k];
  return out;
}
