import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import type { App } from '../../src/app/app.js';
import { runCommandLine } from '../../src/app/dispatch.js';
import { isFeedService } from '../../src/core/feeds/feed-service.js';
import { attachFeeds } from '../../src/feeds/attach-feeds.js';
import { createPostgresKnowledge } from '../../src/store/knowledge-store.js';
import { describeEngines, truncateAll } from '../helpers/test-db.js';
import { answerText, caller, startFeedWorld, type FeedWorld } from './helpers/feed-world.js';

let world: FeedWorld;
beforeAll(async () => {
  world = await startFeedWorld();
});
afterAll(() => world.server.close());

describeEngines('feeds attached to an app', (getDb) => {
  beforeEach(() => truncateAll(getDb()));

  it('/feeds runs through the shared dispatcher, and the scheduler polls it when due', async () => {
    const db = getDb();
    const app: App = { db, knowledge: createPostgresKnowledge(db), commands, services: {}, close: async () => undefined };
    const feeds = attachFeeds(app, { allowPrivate: true });
    try {
      expect(isFeedService(app.services.feeds)).toBe(true);
      const who = caller('guild-attach');
      const added = await runCommandLine(app, `/feeds add ${world.server.url('/feeds/northern.atom')} Northern`, who);
      expect(answerText(added)).toContain('Northern: 2 new articles');
      const found = await runCommandLine(app, '/search Morita', who);
      expect(found.kind).toBe('result');
      expect(found.citations.map((c) => c.url)).toContain(world.server.url('/asia/japan-korea-chip-call'));
      expect((await runCommandLine(app, '/search Morita', caller('guild-other'))).kind).toBe('empty');

      const later = new Date(Date.now() + 16 * 60_000);
      const round = await feeds.tick(later);
      expect(round.map((r) => [r.feed.name, r.outcome])).toEqual([['Northern', 'not-modified']]);
    } finally {
      await feeds.stop();
    }
  });
});
