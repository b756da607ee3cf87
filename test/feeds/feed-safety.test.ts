import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { createFeedService } from '../../src/feeds/feed-service.js';
import { describeEngines, truncateAll } from '../helpers/test-db.js';
import { answerText, caller, fakeDns, runFeeds, startFeedWorld, tenantArticles, type FeedWorld } from './helpers/feed-world.js';

let world: FeedWorld;
beforeAll(async () => {
  world = await startFeedWorld();
});
afterAll(() => world.server.close());

describeEngines('hostile feeds', (getDb) => {
  beforeEach(() => truncateAll(getDb()));

  it('a malformed feed, a web page, 30 MB, a redirect loop, a stalled server and a redirect to 10.0.0.1 each show a clear status, and nothing else is lost', async () => {
    const db = getDb();
    const t0 = new Date('2024-03-20T10:00:00Z');
    let now = t0;
    // Private addresses stay refused; only the fixture server's own address is let through.
    const service = createFeedService(db, {
      fetchOptions: { allowedAddresses: ['127.0.0.1'], resolve: fakeDns({ 'intranet.example': '10.0.0.1' }), timeoutMs: 400 },
      clock: () => now,
    });
    const who = caller('G-hostile');
    const good = answerText(await runFeeds(`add ${world.server.url('/feeds/northern.atom')}`, { service, caller: who, now }));
    expect(good).toContain('Added Northern Wire');
    expect(good).toContain('Northern Wire: 2 new articles');

    const bad: [string, string, RegExp][] = [
      ['/bad/malformed.rss', 'Malformed', /the feed is not well-formed XML \(line 8: Expected closing tag 'title'/],
      ['/bad/homepage', 'Homepage', /this is a web page, not an RSS or Atom feed/],
      ['/bad/huge.rss', 'Huge', /the response is larger than the 5 MB limit/],
      ['/bad/loop-a', 'Loop', /redirect loop/],
      ['/bad/slow.rss', 'Slow', /no complete answer from 127\.0\.0\.1:\d+ within 0\.4 s/],
      ['/bad/to-intranet', 'Intranet', /intranet\.example resolves to 10\.0\.0\.1, a private address; feeds may only reach public addresses/],
    ];
    for (const [path, name, reason] of bad) {
      const added = answerText(await runFeeds(`add ${world.server.url(path)} ${name}`, { service, caller: who, now }));
      expect(added).toContain(`Added ${name}, but it could not be read yet`);
      expect(added).toMatch(reason);
    }

    // Anyone may read the list, managers or not.
    const list = await runFeeds('list', { service, caller: caller('G-hostile', false), now });
    expect(list.title).toBe('Feeds (7)');
    const section = (name: string) => list.sections.find((s) => s.heading?.startsWith(`${name} — `))!.lines.map((l) => l.text);
    expect(list.sections.find((s) => s.heading?.startsWith('Northern Wire'))!.heading).toBe('Northern Wire — ok');
    expect(section('Northern Wire')).toContain('Articles: 2 added, 0 duplicates');
    for (const [, name, reason] of bad) {
      expect(list.sections.find((s) => s.heading?.startsWith(`${name} — `))!.heading).toBe(`${name} — failing (1 failed poll in a row)`);
      expect(section(name).find((l) => l.startsWith('Last error: '))).toMatch(reason);
    }

    // A later round polls all seven: the good feed answers 304 and keeps its articles, the bad ones fail again.
    now = new Date(t0.getTime() + 15 * 60_000);
    const round = await service.pollDue(now);
    expect(round.map((r) => r.outcome).sort()).toEqual(['failed', 'failed', 'failed', 'failed', 'failed', 'failed', 'not-modified']);
    expect((await tenantArticles(db, 'G-hostile')).map((a) => a.outlet)).toEqual(['Northern Wire', 'Northern Wire']);
    const feeds = await service.list('G-hostile');
    expect(feeds.find((f) => f.name === 'Northern Wire')).toMatchObject({ status: 'ok', articles: 2 });
    expect(feeds.filter((f) => f.status === 'error').map((f) => f.consecutiveFailures)).toEqual([2, 2, 2, 2, 2, 2]);
  });

  it('by default a feed on a loopback address is refused without any request reaching it', async () => {
    const service = createFeedService(getDb(), { fetchOptions: {} });
    const before = world.server.requests.length;
    const port = world.server.port;
    const urls = [`http://127.0.0.1:${port}/feeds/northern.atom`, `http://2130706433:${port}/feeds/harbor.rss`, `http://[::ffff:127.0.0.1]:${port}/bad/homepage`];
    for (const url of urls) {
      const r = await service.add('G-default', { url, addedBy: 'U1' });
      if (r.kind !== 'added') throw new Error(`expected the feed to be kept with its error, got ${r.kind}`);
      expect(r.firstPoll.error).toMatch(/^(127\.0\.0\.1|::ffff:7f00:1) is a loopback address; feeds may only reach public addresses \(READOUT_ALLOW_PRIVATE_FEEDS=1/);
    }
    expect(world.server.requests.length).toBe(before);
    expect(await tenantArticles(getDb(), 'G-default')).toEqual([]);
  });
});
