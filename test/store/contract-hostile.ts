// Contract: hostile text in every Knowledge method answers normally (no error) and damages nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../src/core/knowledge.js';
import { createPostgresKnowledge } from '../../src/store/knowledge-store.js';
import type { SqlHandle } from '../../src/store/sql.js';
import { truncateAll } from '../helpers/test-db.js';
import { storeFixtures } from './fixtures.js';
import { world } from './world.js';

export const HOSTILE = [
  '',
  '   ',
  "'); DROP TABLE articles; --",
  '&|!:*',
  '!(a & b) | c:* <-> d',
  '\\',
  "\\'\\\\",
  '%_%',
  '🙂🔥 emoji',
  '**bold** `code` <b>html</b> [link](http://x)',
  '$1 $2 ::text',
  '\u0000nul',
  'lone \ud800 surrogate',
  '"unclosed quote',
  'x'.repeat(10_000),
  'Shoigu '.repeat(2000),
];

export function hostileContract(getDb: () => SqlHandle): void {
  describe('hostile input', () => {
    let k: Knowledge;
    beforeAll(async () => {
      await truncateAll(getDb());
      await storeFixtures(getDb(), world);
      k = createPostgresKnowledge(getDb());
    });

    it.each(HOSTILE.map((h) => [h.length > 40 ? `${h.slice(0, 20)}… (${h.length} chars)` : JSON.stringify(h), h]))(
      'every method answers %s without error',
      async (_label, h) => {
        const lookup = await k.findPerson('', h);
        expect(['found', 'ambiguous', 'unknown']).toContain(lookup.kind);
        expect(Array.isArray(await k.search('', h, { limit: 5 }))).toBe(true);
        expect(Array.isArray(await k.quotesBy('', { speakerText: h }, { about: h }))).toBe(true);
        expect(Array.isArray(await k.quotesBy('', { personId: 1 }, { about: h }))).toBe(true);
        const story = await k.story('', h);
        expect(story === null || typeof story.id === 'string').toBe(true);
        expect(Array.isArray(await k.stories('', { since: h }))).toBe(true);
        expect(Array.isArray(await k.contactsOf('', 1, { since: h, until: h }))).toBe(true);
        expect(Array.isArray(await k.recentContacts('', { since: h, until: h }))).toBe(true);
        expect(Array.isArray(await k.storiesWithNewCoverage('', h, h, { about: h }))).toBe(true);
        const from = new Date(Date.now() - 3_600_000).toISOString();
        const to = new Date(Date.now() + 3_600_000).toISOString();
        expect(Array.isArray(await k.storiesWithNewCoverage('', from, to, { about: h }))).toBe(true);
        // The tenant itself may be hostile too: it then sees the shared corpus only.
        expect(Array.isArray(await k.personNames(h))).toBe(true);
        expect(Array.isArray(await k.search(h, 'Shoigu', {}))).toBe(true);
      },
    );

    it('odd numbers and limits are clamped, not errors', async () => {
      for (const n of [Number.NaN, -1, 0, 1e12, Number.POSITIVE_INFINITY, 2.5]) {
        expect(Array.isArray(await k.contactsOf('', n, { withId: n, limit: n }))).toBe(true);
        expect(Array.isArray(await k.recentContacts('', { limit: n }))).toBe(true);
        expect(Array.isArray(await k.quotesBy('', { personId: n }, { limit: n }))).toBe(true);
        expect(Array.isArray(await k.stories('', { limit: n }))).toBe(true);
        expect(Array.isArray(await k.search('', 'Shoigu', { limit: n }))).toBe(true);
      }
      expect((await k.recentContacts('', { limit: 1e9 })).length).toBeLessThanOrEqual(100);
    });

    it('after all of that every table still holds its rows', async () => {
      const r = await getDb().query<{ n: number }>('SELECT count(*)::int AS n FROM articles');
      expect(r.rows[0]?.n).toBe(world.length);
      expect((await k.findPerson('', 'Shoigu')).kind).toBe('found');
    });
  });
}
