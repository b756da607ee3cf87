// Contract: a workspace sees the shared corpus plus its own articles, never another workspace's.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../src/core/knowledge.js';
import { createPostgresKnowledge } from '../../src/store/knowledge-store.js';
import type { SqlHandle } from '../../src/store/sql.js';
import { truncateAll } from '../helpers/test-db.js';
import { storeFixtures, type FixtureArticle } from './fixtures.js';
import { world } from './world.js';

const privateArticle: FixtureArticle = {
  file: 'private.txt',
  story: 'private-story',
  storyDate: '2024-01-10',
  storyTitle: 'Hidden talks',
  published: '2024-01-10',
  outlet: 'Guild Feed',
  url: 'https://feed.example/private',
  people: [
    { name: 'Quentin Marlowe', role: 'envoy' },
    { name: 'Sergei Shoigu', aliases: ['Shoigu'] },
  ],
  text: 'Zanzibarian envoys gathered for secret talks.',
  contacts: [
    { participants: ['Quentin Marlowe', 'Sergei Shoigu'], date: '2024-01-09', mode: 'phone', evidence: 'Marlowe phoned Shoigu on January 9.' },
  ],
  quotes: [{ speaker: 'Quentin Marlowe', text: 'We spoke about Zanzibarian matters' }],
};

export function tenantContract(getDb: () => SqlHandle): void {
  describe('tenants', () => {
    let k: Knowledge;
    beforeAll(async () => {
      await truncateAll(getDb());
      await storeFixtures(getDb(), world);
      await storeFixtures(getDb(), [privateArticle], 'guild-1');
      k = createPostgresKnowledge(getDb());
    });

    it('the owning workspace sees its article beside the shared corpus', async () => {
      const who = await k.findPerson('guild-1', 'Marlowe');
      expect(who.kind).toBe('found');
      const shoigu = await k.findPerson('guild-1', 'Shoigu');
      if (shoigu.kind !== 'found') throw new Error('Shoigu not found');
      const events = await k.contactsOf('guild-1', shoigu.person.id, {});
      expect(events.map((e) => e.date)).toEqual(['2024-01-09', '2022-10-21', '2022-05-13']);
      expect((await k.search('guild-1', 'Zanzibarian', {})).map((h) => h.source.article)).toEqual(['private.txt']);
      expect((await k.stories('guild-1', {}))[0]?.id).toBe('private-story');
    });

    it.each(['guild-2', ''])('workspace %j sees nothing of it', async (tenant) => {
      expect((await k.findPerson(tenant, 'Quentin Marlowe')).kind).toBe('unknown');
      const shoigu = await k.findPerson(tenant, 'Shoigu');
      if (shoigu.kind !== 'found') throw new Error('Shoigu not found');
      const events = await k.contactsOf(tenant, shoigu.person.id, {});
      expect(events.map((e) => e.date)).toEqual(['2022-10-21', '2022-05-13']);
      expect(await k.recentContacts(tenant, { since: '2024-01-01' })).toEqual([]);
      expect(await k.search(tenant, 'Zanzibarian', {})).toEqual([]);
      expect((await k.stories(tenant, {})).map((s) => s.id)).not.toContain('private-story');
      expect(await k.story(tenant, 'private-story')).toBeNull();
      expect(await k.story(tenant, 'Zanzibarian')).toBeNull();
      expect((await k.personNames(tenant)).map((p) => p.name)).not.toContain('Quentin Marlowe');
      const from = new Date(Date.now() - 3_600_000).toISOString();
      const to = new Date(Date.now() + 3_600_000).toISOString();
      expect((await k.storiesWithNewCoverage(tenant, from, to, { limit: 50 })).map((s) => s.id)).not.toContain('private-story');
      const quotes = await k.quotesBy(tenant, { speakerText: 'Marlowe' }, {});
      expect(quotes).toEqual([]);
    });
  });
}
