import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostLimiter } from '../../src/feeds/host-limiter.js';
import { createSafeFetch } from '../../src/feeds/safe-fetch.js';
import { startFixtureServer, type FixtureServer } from './helpers/fixture-server.js';

let server: FixtureServer;
let inFlight = 0;
let maxInFlight = 0;
beforeAll(async () => {
  server = await startFixtureServer();
  server.route('/hold', (_req, res) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    setTimeout(() => {
      inFlight--;
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
    }, 30);
  });
});
afterAll(() => server.close());

describe('per-host concurrency', () => {
  it('a host never has more than the limit in flight; other hosts are not held up', async () => {
    const limiter = createHostLimiter(2);
    const order: string[] = [];
    const releaseA1 = await limiter.acquire('a.example');
    const releaseA2 = await limiter.acquire('A.example');
    const waiting = limiter.acquire('a.example').then((r) => (order.push('a3'), r));
    const releaseB = await limiter.acquire('b.example');
    order.push('b1');
    expect(limiter.active('a.example')).toBe(2);
    releaseA1();
    releaseA1(); // a second release of the same slot changes nothing
    const releaseA3 = await waiting;
    expect(order).toEqual(['b1', 'a3']);
    expect(limiter.active('a.example')).toBe(2);
    releaseA2();
    releaseA3();
    releaseB();
    expect(limiter.active('a.example')).toBe(0);
  });

  it('a waiting request gives up when its signal aborts', async () => {
    const limiter = createHostLimiter(1);
    const release = await limiter.acquire('a.example');
    const controller = new AbortController();
    const waiting = limiter.acquire('a.example', controller.signal);
    controller.abort(new Error('timed out'));
    await expect(waiting).rejects.toThrow('timed out');
    release();
    expect(limiter.active('a.example')).toBe(0);
  });

  it('safe fetch sends at most 2 requests at once to one host', async () => {
    const fetch = createSafeFetch({ allowPrivate: true });
    maxInFlight = 0;
    const results = await Promise.all(Array.from({ length: 6 }, () => fetch(server.url('/hold'))));
    expect(results.every((r) => r.kind === 'ok')).toBe(true);
    expect(maxInFlight).toBe(2);
  });
});
