import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { buildDigest } from '../../src/core/digest/build.js';
import { SHARED_TENANT } from '../../src/core/knowledge.js';
import { ingestArticles } from '../../src/ingest/ingest.js';
import { createPostgresKnowledge } from '../../src/store/knowledge-store.js';
import { describeEngines, truncateAll } from '../helpers/test-db.js';
import { answerText, caller, localFeedService, runFeeds, startFeedWorld, tenantArticles, type FeedWorld } from './helpers/feed-world.js';

let world: FeedWorld;
beforeAll(async () => {
  world = await startFeedWorld();
});
afterAll(() => world.server.close());

/** One shared-corpus article, so both workspaces have something in common. */
const sharedArticle = {
  file: 'shared-001.txt',
  title: 'Irish and Portuguese foreign ministers discuss fisheries by phone',
  published: '2024-03-10',
  outlet: 'Atlantic Post',
  text: [
    'Irish Foreign Minister Sean Kelleher spoke by telephone with Portuguese Foreign Minister Ana Correia on Sunday about fishing quotas in the North Atlantic, the Irish government said.',
    '"We want an agreement before the season opens," Kelleher told reporters in Dublin after the call.',
  ].join('\n\n'),
};

describeEngines('feeds and tenants', (getDb) => {
  beforeEach(async () => {
    await truncateAll(getDb());
    world.harborVersion = 1;
  });

  it("a tenant never sees another tenant's feed articles, but both see the shared corpus", async () => {
    const db = getDb();
    const knowledge = createPostgresKnowledge(db);
    await ingestArticles(db, [sharedArticle], { tenant: SHARED_TENANT });
    const service = localFeedService(db);
    const added = await service.add('guild-A', { url: world.server.url('/feeds/harbor.rss'), addedBy: 'U1' });
    expect(added.kind === 'added' && added.firstPoll.added).toBe(2);

    const hitsA = await knowledge.search('guild-A', 'Tremblay', {});
    expect(hitsA.map((h) => h.source.url)).toContain(world.server.url('/world/dutch-canadian-defence-call'));
    expect(await knowledge.search('guild-B', 'Tremblay', {})).toEqual([]);
    expect((await knowledge.search('guild-B', 'Kelleher', {})).map((h) => h.source.article)).toEqual(['shared-001.txt']);
    expect((await knowledge.search('guild-A', 'Kelleher', {})).map((h) => h.source.article)).toEqual(['shared-001.txt']);

    const personA = await knowledge.findPerson('guild-A', 'Claire Tremblay');
    expect(personA.kind).toBe('found');
    expect((await knowledge.findPerson('guild-B', 'Claire Tremblay')).kind).toBe('unknown');
    if (personA.kind === 'found') {
      const contacts = await knowledge.contactsOf('guild-A', personA.person.id, {});
      expect(contacts.flatMap((c) => c.participants.map((p) => p.name))).toContain('Maarten Vos');
      expect(contacts[0]!.sources[0]!.evidence).toMatch(/spoke by telephone on Tuesday/);
    }
    const quotesA = await knowledge.quotesBy('guild-A', { speakerText: 'Vos' }, {});
    expect(quotesA.map((q) => q.text).join(' ')).toContain('We agreed that the next shipment cannot wait for the summer');
    expect(await knowledge.quotesBy('guild-B', { speakerText: 'Vos' }, {})).toEqual([]);

    const storiesB = await knowledge.stories('guild-B', {});
    expect(storiesB.flatMap((s) => s.sources.map((x) => x.article))).toEqual(['shared-001.txt']);
    expect((await knowledge.recentContacts('guild-B', {})).flatMap((c) => c.participants.map((p) => p.name))).not.toContain('Maarten Vos');

    // The same feed added in B gives B its own copies; A's counts do not change.
    const inB = await service.add('guild-B', { url: world.server.url('/feeds/harbor.rss'), addedBy: 'U2' });
    expect(inB.kind === 'added' && inB.firstPoll.added).toBe(2);
    expect((await service.list('guild-A'))[0]).toMatchObject({ articles: 2, duplicates: 0 });
    expect(await tenantArticles(db, 'guild-B')).toHaveLength(2);
  });

  it('a digest after a poll contains the new story, and only in the tenant that polled it', async () => {
    const db = getDb();
    const knowledge = createPostgresKnowledge(db);
    const service = localFeedService(db);
    await service.add('guild-A', { url: world.server.url('/feeds/harbor.rss'), addedBy: 'U1' });
    const from = new Date();
    world.harborVersion = 2;
    const [poll] = await service.poll('guild-A');
    expect(poll!.added).toBe(1);
    const to = new Date(Date.now() + 1000);

    const stories = await knowledge.storiesWithNewCoverage('guild-A', from.toISOString(), to.toISOString(), {});
    const chile = world.server.url('/americas/chile-argentina-fishing-call');
    expect(stories.map((s) => s.sources.map((x) => x.url))).toEqual([[chile]]);
    const digest = buildDigest(stories, { key: 'test', from, to }, { timezone: 'UTC', every: 'day' });
    expect(digest.kind).toBe('result');
    expect(answerText(digest)).toMatch(/Isabel Rojas|Martín Suárez/);
    expect(digest.citations.map((c) => c.url)).toContain(chile);
    expect(answerText(digest)).not.toMatch(/Tremblay|Mwangi/);

    expect(await knowledge.storiesWithNewCoverage('guild-B', from.toISOString(), to.toISOString(), {})).toEqual([]);
  });

  it('only managers add, remove or poll; bad URLs get a short answer and nothing is saved', async () => {
    const service = localFeedService(getDb());
    const url = world.server.url('/feeds/northern.atom');
    for (const line of [`add ${url}`, 'remove Northern', 'poll']) {
      const refused = await runFeeds(line, { service, caller: caller('guild-C', false) });
      expect(refused).toMatchObject({ kind: 'error', ephemeral: true, error: { code: 'permission.denied' } });
    }
    expect(await service.list('guild-C')).toEqual([]);

    const manager = caller('guild-C');
    for (const [bad, why] of [
      ['add example.com/feed', /is not a URL/],
      ['add file:///etc/passwd', /only http and https/],
      ['add', /Usage: \/feeds add <url> \[name\]/],
      ['remove Nothing here', /No feed “Nothing here” here/],
      ['poll Nothing', /No feed “Nothing” here/],
    ] as const) {
      const a = await runFeeds(bad, { service, caller: manager });
      expect(a.kind).toBe('error');
      expect(a.ephemeral).toBe(true);
      expect(answerText(a)).toMatch(why);
    }
    expect(await service.list('guild-C')).toEqual([]);

    expect(answerText(await runFeeds(`add ${url} Nordic desk`, { service, caller: manager }))).toContain('Added Nordic desk');
    expect(answerText(await runFeeds(`add ${url}`, { service, caller: manager }))).toContain('Already reading Nordic desk');
    expect(answerText(await runFeeds('poll nordic desk', { service, caller: manager }))).toContain('Nordic desk: no change since the last poll');
    expect(answerText(await runFeeds('remove Nordic desk', { service, caller: manager }))).toContain('Removed Nordic desk');
    expect(await service.list('guild-C')).toEqual([]);
    // Articles already read stay.
    expect(await tenantArticles(getDb(), 'guild-C')).toHaveLength(2);
  });
});
