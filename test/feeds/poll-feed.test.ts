import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { startFeedScheduler } from '../../src/feeds/feed-scheduler.js';
import { describeEngines, truncateAll } from '../helpers/test-db.js';
import { answerText, caller, localFeedService, runFeeds, startFeedWorld, tenantArticles, type FeedWorld } from './helpers/feed-world.js';

let world: FeedWorld;
beforeAll(async () => {
  world = await startFeedWorld();
});
afterAll(() => world.server.close());

const minutes = (d: Date, n: number) => new Date(d.getTime() + n * 60_000);

describeEngines('feed polling', (getDb) => {
  beforeEach(async () => {
    await truncateAll(getDb());
    world.harborVersion = 1;
    world.malformedOverride = null;
  });

  it('new items are ingested once across two polls; the third poll is a 304', async () => {
    const db = getDb();
    const service = localFeedService(db);
    const base = world.server.url('');
    const kenyaHits = world.server.hits('/africa/kenya-ethiopia-call/');

    const added = await service.add('T-harbor', { url: world.server.url('/feeds/harbor.rss'), addedBy: 'U1' });
    if (added.kind !== 'added') throw new Error(`expected added, got ${added.kind}`);
    expect(added.feed.name).toBe('Harbor Daily – World');
    expect(added.firstPoll).toMatchObject({ outcome: 'updated', newItems: 2, added: 2, duplicates: 0, failed: [] });
    // The defence call came with its full text; the Kenya item had a teaser, so its page was fetched once.
    expect(world.server.hits('/africa/kenya-ethiopia-call/') - kenyaHits).toBe(1);
    expect(await tenantArticles(db, 'T-harbor')).toEqual([
      { url: `${base}/africa/kenya-ethiopia-call`, title: 'Kenyan president and Ethiopian prime minister speak by phone on river dispute', outlet: 'Harbor Daily – World', published: '2024-03-13' },
      { url: `${base}/world/dutch-canadian-defence-call`, title: 'Dutch and Canadian defence ministers discuss air defence in phone call', outlet: 'Harbor Daily – World', published: '2024-03-12' },
    ]);

    world.harborVersion = 2;
    const [second] = await service.poll('T-harbor', 'Harbor Daily – World');
    expect(world.server.requests.filter((r) => r.path === '/feeds/harbor.rss').at(-1)!.headers['if-none-match']).toBe('"harbor-v1"');
    // New: the Chile story. The re-listed Kenya story (new guid, tracking-tagged URL) is known by its canonical URL.
    expect(second).toMatchObject({ outcome: 'updated', newItems: 1, added: 1, duplicates: 1, failed: [] });
    expect(world.server.hits('/africa/kenya-ethiopia-call/') - kenyaHits).toBe(1);
    expect(world.server.hits('/africa/kenya-ethiopia-call')).toBe(0);
    expect((await tenantArticles(db, 'T-harbor')).map((a) => a.url)).toEqual([
      `${base}/africa/kenya-ethiopia-call`,
      `${base}/americas/chile-argentina-fishing-call`,
      `${base}/world/dutch-canadian-defence-call`,
    ]);

    const [third] = await service.poll('T-harbor');
    expect(third!.outcome).toBe('not-modified');
    expect(world.server.requests.filter((r) => r.path === '/feeds/harbor.rss').at(-1)!.headers['if-none-match']).toBe('"harbor-v2"');
    expect(await tenantArticles(db, 'T-harbor')).toHaveLength(3);

    const [feed] = await service.list('T-harbor');
    expect(feed).toMatchObject({ status: 'ok', articles: 3, duplicates: 1, failedItems: 0, consecutiveFailures: 0, lastError: null });
  });

  it('the same wire story from a second site is one article, counted as a duplicate, with no extra story', async () => {
    const db = getDb();
    const service = localFeedService(db);
    await service.add('T-wire', { url: world.server.url('/feeds/harbor.rss'), addedBy: 'U1' });
    const copy = await service.add('T-wire', { url: world.server.url('/feeds/wire-copy.rss'), addedBy: 'U1' });
    // Its Kenya item shares the canonical URL (not fetched); its defence item has the same text under another URL.
    expect(copy.kind === 'added' && copy.firstPoll).toMatchObject({ outcome: 'updated', added: 0, duplicates: 2 });
    expect(copy.kind === 'added' && copy.feed.name).toBe('Coastal Times');
    expect(await tenantArticles(db, 'T-wire')).toHaveLength(2);
    const stories = await db.query<{ n: number }>('SELECT count(DISTINCT story_id)::int AS n FROM articles WHERE tenant = $1', ['T-wire']);
    expect(stories.rows[0]!.n).toBe(2);
  });

  it('Atom: Last-Modified is sent back and a 304 adds nothing', async () => {
    const db = getDb();
    const service = localFeedService(db);
    const added = await service.add('T-atom', { url: world.server.url('/feeds/northern.atom'), name: 'Northern', addedBy: 'U1' });
    expect(added.kind === 'added' && added.firstPoll).toMatchObject({ outcome: 'updated', added: 2 });
    const articles = await tenantArticles(db, 'T-atom');
    expect(articles.map((a) => [a.published, a.outlet])).toEqual([
      ['2024-03-15', 'Northern Wire'],
      ['2024-03-11', 'Northern Wire'],
    ]);
    const [again] = await service.poll('T-atom', 'northern');
    expect(again!.outcome).toBe('not-modified');
    expect(world.server.requests.filter((r) => r.path === '/feeds/northern.atom').at(-1)!.headers['if-modified-since']).toBe('Fri, 15 Mar 2024 02:00:00 GMT');
  });

  it('failures back off, the feed is disabled after 5 with a visible reason, and a manual poll re-enables it', async () => {
    const db = getDb();
    const t0 = new Date('2024-03-20T08:00:00Z');
    let now = t0;
    const service = localFeedService(db, { clock: () => now });
    const added = await service.add('T-broken', { url: world.server.url('/bad/malformed.rss'), name: 'Broken', addedBy: 'U1' });
    expect(added.kind === 'added' && added.firstPoll.error).toMatch(/not well-formed XML/);
    const gaps: number[] = [];
    let feed = (await service.list('T-broken'))[0]!;
    gaps.push((Date.parse(feed.nextPollAt!) - now.getTime()) / 60_000);
    for (let i = 2; i <= 5; i++) {
      now = new Date(Date.parse(feed.nextPollAt!));
      const reports = await service.pollDue(now);
      expect(reports.map((r) => r.feed.name)).toEqual(['Broken']);
      feed = (await service.list('T-broken'))[0]!;
      if (feed.nextPollAt) gaps.push((Date.parse(feed.nextPollAt) - now.getTime()) / 60_000);
    }
    expect(gaps).toEqual([15, 30, 60, 120]);
    expect(feed).toMatchObject({ status: 'disabled', consecutiveFailures: 5, nextPollAt: null });
    const hits = world.server.hits('/bad/malformed.rss');
    expect(await service.pollDue(minutes(now, 24 * 60))).toEqual([]);
    expect(world.server.hits('/bad/malformed.rss')).toBe(hits);

    const list = answerText(await runFeeds('list', { service, caller: caller('T-broken'), now }));
    expect(list).toContain('Broken — disabled');
    expect(list).toMatch(/Disabled after 5 failed polls in a row: the feed is not well-formed XML \(line 8/);
    expect(list).toContain('/feeds poll Broken');

    world.malformedOverride = '<rss version="2.0"><channel><title>Broken Gazette</title></channel></rss>';
    const poll = answerText(await runFeeds('poll Broken', { service, caller: caller('T-broken'), now }));
    expect(poll).toContain('Broken: no new items');
    expect((await service.list('T-broken'))[0]).toMatchObject({ status: 'ok', consecutiveFailures: 0, lastError: null });
  });

  it('the scheduler tick polls only feeds that are due', async () => {
    const db = getDb();
    const t0 = new Date('2024-03-20T09:00:00Z');
    const service = localFeedService(db, { clock: () => t0 });
    await service.add('T-sched', { url: world.server.url('/feeds/northern.atom'), name: 'Northern', addedBy: 'U1' });
    const scheduler = startFeedScheduler({ pollDue: (now) => service.pollDue(now), autoStart: false });
    try {
      expect(await scheduler.tick(minutes(t0, 14))).toEqual([]);
      const due = await scheduler.tick(minutes(t0, 15));
      expect(due.map((r) => [r.feed.name, r.outcome])).toEqual([['Northern', 'not-modified']]);
      expect(await scheduler.tick(minutes(t0, 16))).toEqual([]);
    } finally {
      await scheduler.stop();
    }
  });
});
