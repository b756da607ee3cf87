import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../../src/feeds/fetch-error.js';
import { createSafeFetch, type Resolver } from '../../src/feeds/safe-fetch.js';
import { redirectTo, serveDocument, serveHuge, serveStalled, startFixtureServer, type FixtureServer } from './helpers/fixture-server.js';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
  server.route('/doc', serveDocument('<p>hello</p>', 'text/html; charset=utf-8', { etag: '"v1"', lastModified: 'Tue, 21 Nov 2023 10:00:00 GMT' }));
  server.route('/loop-a', redirectTo('/loop-b'));
  server.route('/loop-b', redirectTo('/loop-a'));
  for (let i = 0; i < 8; i++) server.route(`/chain-${i}`, redirectTo(`/chain-${i + 1}`));
  server.route('/chain-8', serveDocument('end', 'text/plain'));
  server.route('/huge', serveHuge(30));
  server.route('/stalled', serveStalled());
  server.route('/to-metadata', redirectTo('http://169.254.169.254/latest/meta-data/'));
  server.route('/to-intranet', redirectTo('http://intranet.example/feed.xml'));
  server.route('/to-file', redirectTo('file:///etc/passwd'));
  server.route('/gzip', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
    res.end(zlib.gzipSync('compressed text'));
  });
  server.route('/gzip-bomb', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
    res.end(zlib.gzipSync(Buffer.alloc(8 * 1024 * 1024, 'x')));
  });
  server.route('/gone', (_req, res) => {
    res.writeHead(410);
    res.end();
  });
});
afterAll(() => server.close());

async function failure(p: Promise<unknown>): Promise<FetchError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FetchError);
  return err as FetchError;
}

/** A resolver for made-up public-looking names; nothing here ever reaches real DNS. */
function fakeDns(table: Record<string, string>): Resolver {
  return async (host) => {
    const address = table[host];
    if (!address) throw new Error('ENOTFOUND');
    return [{ address, family: address.includes(':') ? 6 : 4 }];
  };
}

describe('safe fetch', () => {
  const local = createSafeFetch({ allowPrivate: true });

  it('fetches a page and sends a User-Agent', async () => {
    const r = await local(server.url('/doc'));
    expect(r.kind).toBe('ok');
    if (r.kind === 'ok') {
      expect(r.body.toString()).toBe('<p>hello</p>');
      expect(r.etag).toBe('"v1"');
    }
    expect(server.requests.at(-1)!.headers['user-agent']).toMatch(/ReadoutBot/);
  });

  it('sends conditional headers and reports 304 as not modified', async () => {
    const r = await local(server.url('/doc'), { etag: '"v1"', lastModified: 'Tue, 21 Nov 2023 10:00:00 GMT' });
    expect(r.kind).toBe('not-modified');
    const sent = server.requests.at(-1)!.headers;
    expect(sent['if-none-match']).toBe('"v1"');
    expect(sent['if-modified-since']).toBe('Tue, 21 Nov 2023 10:00:00 GMT');
  });

  it('decompresses gzip, and stops a gzip bomb at the decompressed size cap', async () => {
    const r = await local(server.url('/gzip'));
    expect(r.kind === 'ok' && r.body.toString()).toBe('compressed text');
    expect((await failure(createSafeFetch({ allowPrivate: true, maxBytes: 1024 * 1024 })(server.url('/gzip-bomb')))).code).toBe('too_large');
  });

  it('refuses a 30 MB body once it passes 5 MB', async () => {
    const err = await failure(local(server.url('/huge')));
    expect(err.code).toBe('too_large');
    expect(err.message).toMatch(/5 MB/);
  });

  it('refuses a redirect loop', async () => {
    expect((await failure(local(server.url('/loop-a')))).code).toBe('redirect.loop');
  });

  it('follows up to 5 redirects and refuses the 6th', async () => {
    expect((await local(server.url('/chain-3'))).kind).toBe('ok');
    const err = await failure(local(server.url('/chain-0')));
    expect(err.code).toBe('redirect.limit');
  });

  it('gives up on a stalled server after the configured timeout', async () => {
    const err = await failure(createSafeFetch({ allowPrivate: true, timeoutMs: 300 })(server.url('/stalled')));
    expect(err.code).toBe('timeout');
  });

  it('names the HTTP status of a failed request', async () => {
    const err = await failure(local(server.url('/gone')));
    expect(err).toMatchObject({ code: 'http.status', status: 410, permanent: true });
  });

  it('refuses a redirect to a non-http URL', async () => {
    expect((await failure(local(server.url('/to-file')))).code).toBe('redirect.invalid');
  });
});

describe('safe fetch address checks (private addresses not allowed)', () => {
  it.each(['http://127.0.0.1:1/', 'http://[::1]:1/', 'http://[::ffff:127.0.0.1]:1/', 'http://2130706433:1/', 'http://0177.0.0.1:1/', 'http://169.254.169.254/latest/meta-data/', 'http://10.0.0.1/', 'http://0.0.0.0:1/'])(
    '%s is refused before connecting',
    async (url) => {
      const err = await failure(createSafeFetch({})(url));
      expect(err.code).toBe('address.blocked');
    },
  );

  it('a public-looking name that resolves to a private address is refused', async () => {
    const fetch = createSafeFetch({ resolve: fakeDns({ 'news.example': '10.0.0.1' }) });
    const err = await failure(fetch('http://news.example/feed.xml'));
    expect(err.code).toBe('address.blocked');
    expect(err.message).toMatch(/news\.example resolves to 10\.0\.0\.1, a private address/);
  });

  it('the connection goes to the address that was checked (no second DNS answer can swap it)', async () => {
    let calls = 0;
    const rebinding: Resolver = async () => [{ address: ++calls === 1 ? '127.0.0.1' : '10.0.0.1', family: 4 }];
    const fetch = createSafeFetch({ resolve: rebinding, allowedAddresses: ['127.0.0.1'] });
    const first = await fetch(`http://feeds.example:${server.port}/doc`);
    expect(first.kind).toBe('ok');
    expect(calls).toBe(1);
    expect((await failure(fetch(`http://feeds.example:${server.port}/doc`))).code).toBe('address.blocked');
  });

  it('a redirect to the metadata address or to a name resolving to 10.0.0.1 is refused', async () => {
    const fetch = createSafeFetch({ allowedAddresses: ['127.0.0.1'], resolve: fakeDns({ 'intranet.example': '10.0.0.1' }) });
    expect((await failure(fetch(server.url('/to-metadata')))).code).toBe('address.blocked');
    const err = await failure(fetch(server.url('/to-intranet')));
    expect(err.code).toBe('address.blocked');
    expect(err.message).toMatch(/intranet\.example resolves to 10\.0\.0\.1/);
  });
});
