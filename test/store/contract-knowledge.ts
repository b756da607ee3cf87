// Contract: Knowledge queries over a stored world (persons, contact events, quotes, stories, search, coverage).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge, PersonSummary } from '../../src/core/knowledge.js';
import { createPostgresKnowledge } from '../../src/store/knowledge-store.js';
import type { SqlHandle } from '../../src/store/sql.js';
import { truncateAll } from '../helpers/test-db.js';
import { storeFixtures } from './fixtures.js';
import { JULY, MARCH, MAY, OCT, world } from './world.js';

export function knowledgeContract(getDb: () => SqlHandle): void {
  describe('knowledge queries', () => {
    let k: Knowledge;
    const id = async (name: string): Promise<number> => {
      const r = await k.findPerson('', name);
      if (r.kind !== 'found') throw new Error(`${name}: ${r.kind}`);
      return r.person.id;
    };
    beforeAll(async () => {
      await truncateAll(getDb());
      await storeFixtures(getDb(), world);
      k = createPostgresKnowledge(getDb());
    });

    it.each([
      ['shoigu', 'Sergei Shoigu'],
      ['Shoygu', 'Sergei Shoigu'],
      ['SERGEI SHOIGU', 'Sergei Shoigu'],
      ['Shoigú', 'Sergei Shoigu'],
      ['Shoigo', 'Sergei Shoigu'],
      ['Reznikov', 'Oleksii Reznikov'],
      ['Oleksiy Reznikov', 'Oleksii Reznikov'],
      ['Polodyk', 'Mikhailo Polodyk'],
      ['blinken', 'Antony Blinken'],
      ['Blinkin', 'Antony Blinken'],
      ['Lloyd J. Austin III', 'Lloyd Austin'],
      ['Patrushv', 'Nikolai Patrushev'],
      ['Jake Sullivan', 'Jake Sullivan'],
    ])('findPerson(%j) finds %s', async (query, name) => {
      const r = await k.findPerson('', query);
      expect(r.kind).toBe('found');
      if (r.kind === 'found') expect(r.person.name).toBe(name);
    });

    it('a surname two persons share is ambiguous and lists both', async () => {
      const r = await k.findPerson('', 'Sullivan');
      expect(r.kind).toBe('ambiguous');
      if (r.kind === 'ambiguous') expect(r.candidates.map((c) => c.name).sort()).toEqual(['Jake Sullivan', 'John Sullivan']);
    });

    it('a name nobody resembles is unknown, with at most three suggestions', async () => {
      const r = await k.findPerson('', 'Zelenskyy');
      expect(r.kind).toBe('unknown');
      if (r.kind === 'unknown') expect(r.suggestions.length).toBeLessThanOrEqual(3);
      const near = await k.findPerson('', 'Sergio Lavrentiev');
      expect(near.kind).not.toBe('found');
    });

    it('contacts of a person are one record per event, newest first, citing every article', async () => {
      const events = await k.contactsOf('', await id('Shoigu'), {});
      expect(events.map((e) => e.date)).toEqual(['2022-10-21', '2022-05-13']);
      const [oct, may] = events;
      expect(oct?.sources.map((s) => s.article).sort()).toEqual(['b1.txt', 'b2.txt', 'b3.txt']);
      expect(oct?.dateInferred).toBe(false);
      expect(oct?.datesBySource).toHaveLength(1);
      expect(oct?.mode).toBe('phone');
      expect(oct?.storyId).toBe(OCT);
      expect(may?.sources.map((s) => s.article).sort()).toEqual(['a1.txt', 'a2.txt']);
      expect(may?.initiator?.name).toBe('Lloyd Austin');
      expect(may?.duration).toBe('about an hour');
      expect(may?.participants.map((p) => p.name).sort()).toEqual(['Lloyd Austin', 'Sergei Shoigu']);
      const a1 = may?.sources.find((s) => s.article === 'a1.txt');
      expect(a1).toMatchObject({ outlet: 'Outlet One', published: '2022-05-14', url: 'https://one.example/a1' });
      expect(a1?.evidence).toContain('On May 13');
    });

    it('a namesake is not mixed in: Patrushev spoke with Jake Sullivan only', async () => {
      const events = await k.contactsOf('', await id('Patrushev'), {});
      const names = events.flatMap((e) => e.participants.map((p) => p.name));
      expect(names).toContain('Jake Sullivan');
      expect(names).not.toContain('John Sullivan');
      expect(events[0]?.date).toBe('2022-03-16');
    });

    it('two contacts of the same pair on different dates in one article stay two events', async () => {
      const events = await k.contactsOf('', await id('Lavrov'), {});
      expect(events.map((e) => [e.date, e.mode])).toEqual([
        ['2022-07', 'phone'],
        ['2022-01', 'in-person'],
      ]);
    });

    it('withId narrows to one pair; an undated report joins the dated one of its story', async () => {
      const events = await k.contactsOf('', await id('Austin'), { withId: await id('Reznikov') });
      expect(events).toHaveLength(1);
      expect(events[0]?.sources.map((s) => s.article).sort()).toEqual(['b1.txt', 'b3.txt']);
      expect(events[0]?.datesBySource).toEqual([{ date: '2022-10-21', inferred: false, articles: expect.arrayContaining(['b1.txt', 'b3.txt']) }]);
    });

    it('since/until filter on the event date; limit caps the events', async () => {
      const shoigu = await id('Shoigu');
      expect((await k.contactsOf('', shoigu, { since: '2022-06-01' })).map((e) => e.date)).toEqual(['2022-10-21']);
      expect((await k.contactsOf('', shoigu, { until: '2022-06-01' })).map((e) => e.date)).toEqual(['2022-05-13']);
      expect((await k.contactsOf('', shoigu, { since: '2022-05', until: '2022-05' })).map((e) => e.date)).toEqual(['2022-05-13']);
      expect(await k.contactsOf('', shoigu, { limit: 1 })).toHaveLength(1);
    });

    it('a date no source states comes from the story and is marked inferred', async () => {
      const [e] = await k.contactsOf('', await id('Kuleba'), {});
      expect(e).toMatchObject({ date: '2022-07-09', dateInferred: true, storyId: JULY });
    });

    it('recent contacts of anyone, newest first', async () => {
      const recent = await k.recentContacts('', { limit: 3 });
      expect(recent.map((e) => e.date)).toEqual(['2023-03-03', '2022-10-21', '2022-10-21']);
      expect(recent[0]?.sources.map((s) => s.article).sort()).toEqual(['c1.txt', 'c2.txt']);
      expect((await k.recentContacts('', { since: '2022-10-01', until: '2022-12-31' })).every((e) => e.date === '2022-10-21')).toBe(true);
    });

    it('quotes by person id, by speaker label, and about some words', async () => {
      const blinken = await k.quotesBy('', { personId: await id('Blinken') }, {});
      expect(blinken.map((q) => q.text)).toEqual(['On the contrary, we see Russia doubling and tripling its aggression']);
      expect(blinken[0]).toMatchObject({ speakerKind: 'person', speakerRole: 'US Secretary of State', source: { article: 'b1.txt' } });
      const org = await k.quotesBy('', { speakerText: 'defense ministry' }, {});
      expect(org.map((q) => q.speaker)).toEqual(['Russian Defense Ministry']);
      const official = await k.quotesBy('', { speakerText: 'US defense official' }, {});
      expect(official[0]?.speakerKind).toBe('unnamed');
      expect(await k.quotesBy('', { personId: await id('Blinken') }, { about: 'aggression' })).toHaveLength(1);
      expect(await k.quotesBy('', { personId: await id('Blinken') }, { about: 'weather' })).toHaveLength(0);
      expect(await k.quotesBy('', { speakerText: '%' }, {})).toHaveLength(0);
    });

    it('stories list newest first with visible outlets, counts and one source per article', async () => {
      const list = await k.stories('', {});
      expect(list.map((s) => s.id)).toEqual([MARCH, OCT, JULY, MAY]);
      const oct = list.find((s) => s.id === OCT);
      expect(oct).toMatchObject({ date: '2022-10-21', articleCount: 3, title: 'Austin and Shoigu talk again' });
      expect(oct?.outlets.sort()).toEqual(['Outlet One', 'Outlet Three', 'The Moscow Times']);
      expect(oct?.sources.map((s) => s.article).sort()).toEqual(['b1.txt', 'b2.txt', 'b3.txt']);
      expect(oct?.sources.every((s) => s.evidence.length > 0)).toBe(true);
      expect(oct?.firstIngestedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect((await k.stories('', { since: '2022-10-01' })).map((s) => s.id)).toEqual([MARCH, OCT]);
    });

    it('story finds the best match by words, by date, by id, and the latest without a query', async () => {
      expect((await k.story(''))?.id).toBe(MARCH);
      expect((await k.story('', 'Reznikov'))?.id).toBe(OCT);
      expect((await k.story('', '2022-05-13'))?.id).toBe(MAY);
      expect((await k.story('', JULY))?.id).toBe(JULY);
      expect((await k.story('', 'Shoigu disappointed'))?.id).toBe(MAY);
      expect(await k.story('', 'xylophone zeppelin')).toBeNull();
    });

    it('story detail lists events, quotes and the attributes the sources disagree on', async () => {
      const s = await k.story('', MARCH);
      expect(s?.contacts).toHaveLength(1);
      expect(s?.contacts[0]?.datesBySource.map((d) => d.date).sort()).toEqual(['2023-03-03', '2023-03-04']);
      const topics = s?.disagreements.map((d) => d.topic.split(' ')[0]).sort();
      expect(topics).toEqual(['date', 'duration', 'mode']);
      const duration = s?.disagreements.find((d) => d.topic.startsWith('duration'));
      expect(duration?.variants.map((v) => [v.text, v.sources.map((x) => x.article)])).toEqual(
        expect.arrayContaining([
          ['about an hour', ['c1.txt']],
          ['about 30 minutes', ['c2.txt']],
        ]),
      );
      const oct = await k.story('', OCT);
      expect(oct?.disagreements).toEqual([]);
      expect(oct?.quotes.map((q) => q.speaker)).toEqual(expect.arrayContaining(['Antony Blinken', 'Pat Ryder', 'Mikhailo Polodyk']));
    });

    it('search finds articles by words with a snippet, all words first', async () => {
      const hits = await k.search('', 'doubling tripling', {});
      expect(hits.map((h) => h.source.article)).toEqual(['b1.txt']);
      expect(hits[0]?.snippet).toMatch(/doubling/i);
      expect(hits[0]?.storyId).toBe(OCT);
      expect((await k.search('', '"lines of communication"', {}))[0]?.source.article).toBe('b2.txt');
      expect((await k.search('', 'doubling xylophone', {})).map((h) => h.source.article)).toEqual(['b1.txt']);
      expect(await k.search('', 'xylophone', {})).toEqual([]);
    });

    it('new coverage in a window, ranked by outlets, narrowed by person or words', async () => {
      const from = new Date(Date.now() - 3_600_000).toISOString();
      const to = new Date(Date.now() + 3_600_000).toISOString();
      const all = await k.storiesWithNewCoverage('', from, to, { limit: 10 });
      expect(all[0]?.id).toBe(OCT);
      expect(all.map((s) => s.id).sort()).toEqual([JULY, MARCH, MAY, OCT].sort());
      expect((await k.storiesWithNewCoverage('', from, to, { about: 'Reznikov' })).map((s) => s.id)).toEqual([OCT]);
      expect((await k.storiesWithNewCoverage('', from, to, { about: 'Gerasimov' })).map((s) => s.id)).toEqual([MARCH]);
      expect(await k.storiesWithNewCoverage('', '2000-01-01T00:00:00Z', '2000-01-02T00:00:00Z', {})).toEqual([]);
    });

    it('personNames lists every visible person once', async () => {
      const names = (await k.personNames('')).map((p: PersonSummary) => p.name);
      expect(names).toEqual(expect.arrayContaining(['Lloyd Austin', 'Sergei Shoigu', 'John Sullivan', 'Wang Yi']));
      expect(new Set(names).size).toBe(names.length);
    });
  });
}
