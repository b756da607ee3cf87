// The digest scheduler contract, run on PGlite and on PostgreSQL: send times, restarts, catch-up, retries, pauses.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDigestService } from '../../src/schedule/digest-service.js';
import { startDigestScheduler, type DigestScheduler } from '../../src/schedule/digest-scheduler.js';
import { createPostgresKnowledge } from '../../src/store/knowledge-store.js';
import type { SqlHandle } from '../../src/store/sql.js';
import { resetDigests } from './db.js';
import { postsTo, recordingPoster, silentLog, sub } from './helpers.js';
import { seedStoriesAt, type SeededStory } from './seed.js';

export interface SuiteDb {
  /** One handle per replica (PostgreSQL: separate pools) or the same handle repeated (PGlite). */
  dbs: SqlHandle[];
  close(): Promise<void>;
}

const at = (iso: string) => new Date(iso);

// The seed stories, placed around the Berlin spring change: 07:30 CEST (in the 31 Mar digest) and 08:30 CEST (after).
const INGESTED = ['2024-03-31T05:30:00.000Z', '2024-03-31T06:30:00.000Z'];

export function schedulerSuite(engine: string, open: () => Promise<SuiteDb>): void {
  describe(`digest scheduler on ${engine}`, () => {
    let env: SuiteDb;
    let db: SqlHandle;
    let seeded: SeededStory[];
    const started: DigestScheduler[] = [];
    const service = () => createDigestService(db, createPostgresKnowledge(db));

    function replica(poster: ReturnType<typeof recordingPoster>, opts: { db?: SqlHandle; catchupHours?: number } = {}) {
      const s = startDigestScheduler({
        db: opts.db ?? db, knowledge: createPostgresKnowledge(opts.db ?? db), posters: { [poster.platform]: poster }, log: silentLog,
        catchupHours: opts.catchupHours ?? 6, schedule: false,
      });
      started.push(s);
      return s;
    }

    beforeAll(async () => {
      env = await open();
      db = env.dbs[0]!;
      seeded = await seedStoriesAt(db, INGESTED);
    });
    afterAll(async () => {
      await Promise.allSettled(started.map((s) => s.stop()));
      await env?.close();
    });
    beforeEach(async () => {
      await resetDigests(db);
    });

    it('sends at 08:00 Europe/Berlin, not a minute before, and only once', async () => {
      const discord = recordingPoster('discord');
      await service().subscribe(sub('c1'), at('2024-03-10T05:00:00Z'));
      const r = replica(discord);
      await r.tick(at('2024-03-10T06:59:00Z'));
      expect(discord.posts).toHaveLength(0);
      await r.tick(at('2024-03-10T07:00:00Z'));
      await r.tick(at('2024-03-10T07:01:00Z'));
      await r.tick(at('2024-03-10T07:02:00Z'));
      expect(postsTo(discord, 'c1')).toHaveLength(1);
      const h = await service().history({ platform: 'discord', tenant: 'guild-1', channelId: 'c1' }, 5);
      expect(h.map((d) => [d.periodKey, d.state, d.late])).toEqual([['2024-03-10', 'sent', false]]);
    });

    it('follows the Berlin spring change: 07:00Z on 30 Mar, 06:00Z on 31 Mar, with the 23-hour period', async () => {
      const discord = recordingPoster('discord');
      await service().subscribe(sub('c1'), at('2024-03-29T12:00:00Z'));
      const r = replica(discord);
      for (const t of ['2024-03-30T06:59:00Z', '2024-03-30T07:00:00Z', '2024-03-31T05:59:00Z']) await r.tick(at(t));
      expect(discord.posts).toHaveLength(1);
      await r.tick(at('2024-03-31T06:00:00Z'));
      await r.tick(at('2024-03-31T07:00:00Z'));
      expect(discord.posts).toHaveLength(2);
      const sunday = discord.posts[1]!.answer;
      expect(sunday.sections.map((s) => s.heading)).toEqual([seeded[0]!.title]);
      expect(sunday.citations.length).toBeGreaterThan(0);
      expect(sunday.summary).toContain('Sat 30 Mar 2024, 08:00 to Sun 31 Mar 2024, 08:00 (Europe/Berlin)');
    });

    it('follows the New York autumn change: 07:30 EST on 3 Nov is 12:30Z, not 11:30Z', async () => {
      const slack = recordingPoster('slack');
      await service().subscribe(sub('s1', { platform: 'slack', timezone: 'America/New_York', time: '07:30' }), at('2024-11-01T12:00:00Z'));
      const r = replica(slack);
      await r.tick(at('2024-11-02T11:30:00Z'));
      expect(slack.posts).toHaveLength(1);
      await r.tick(at('2024-11-03T11:30:00Z'));
      expect(slack.posts).toHaveLength(1);
      await r.tick(at('2024-11-03T12:30:00Z'));
      expect(slack.posts).toHaveLength(2);
    });

    it('a restart just before the send time: the new process sends it, on time, once', async () => {
      const discord = recordingPoster('discord');
      await service().subscribe(sub('c1'), at('2024-03-10T05:00:00Z'));
      const old = replica(discord);
      await old.tick(at('2024-03-10T06:59:00Z'));
      await old.stop();
      const fresh = replica(discord);
      await fresh.tick(at('2024-03-10T07:00:30Z'));
      await fresh.tick(at('2024-03-10T07:01:00Z'));
      expect(postsTo(discord, 'c1')).toHaveLength(1);
      expect(discord.posts[0]!.answer.summary).not.toMatch(/late/);
    });

    it('a restart just after the send time: the start tick catches up, once; hours later it says it is late', async () => {
      const discord = recordingPoster('discord');
      await service().subscribe(sub('c1'), at('2024-03-10T05:00:00Z'));
      await service().subscribe(sub('c2', { time: '10:00' }), at('2024-03-10T05:00:00Z'));
      const r = replica(discord);
      await r.tick(at('2024-03-10T06:58:00Z'));
      await r.stop();
      const back = replica(discord);
      await back.tick(at('2024-03-10T07:04:00Z'));
      expect(postsTo(discord, 'c1')).toHaveLength(1);
      expect(postsTo(discord, 'c1')[0]!.answer.summary).not.toMatch(/late/);
      await back.stop();
      const later = replica(discord);
      await later.tick(at('2024-03-10T13:00:00Z')); // c2 was due 09:00Z: 4 hours late, within DIGEST_CATCHUP_HOURS
      await later.tick(at('2024-03-10T13:01:00Z'));
      expect(postsTo(discord, 'c1')).toHaveLength(1);
      expect(postsTo(discord, 'c2')).toHaveLength(1);
      expect(postsTo(discord, 'c2')[0]!.answer.summary).toMatch(/Sent late: it was due Sun 10 Mar 2024, 10:00/);
      const h = await service().history({ platform: 'discord', tenant: 'guild-1', channelId: 'c2' }, 5);
      expect(h.map((d) => [d.state, d.late])).toEqual([['sent', true]]);
    });

    it('on start the scheduler catches up at once and runs one distributed node-cron task per minute', async () => {
      const discord = recordingPoster('discord');
      await service().subscribe(sub('c1'), at('2024-03-10T05:00:00Z'));
      const s = startDigestScheduler({
        db, knowledge: createPostgresKnowledge(db), posters: { discord }, log: silentLog, catchupHours: 6,
        clock: () => at('2024-03-10T09:30:00Z'), // back 2.5 h after the 08:00 Berlin send
      });
      started.push(s);
      await s.started;
      expect(postsTo(discord, 'c1')).toHaveLength(1);
      expect(discord.posts[0]!.answer.summary).toMatch(/Sent late: it was due Sun 10 Mar 2024, 08:00/);
      expect(s.task?.name).toBe('readout-digests');
      expect(s.task?.getPattern()).toBe('* * * * *');
      await s.stop();
      expect(s.task?.getStatus()).toBe('destroyed');
    });

    it('periods missed by more than DIGEST_CATCHUP_HOURS are recorded skipped, never sent', async () => {
      const discord = recordingPoster('discord');
      await service().subscribe(sub('c1'), at('2024-03-10T05:00:00Z'));
      const r = replica(discord, { catchupHours: 6 });
      // Down from before 10 Mar 08:00 until 12 Mar 15:00 Berlin: 10 and 11 Mar are over 6 h late, 12 Mar is 7 h late.
      await r.tick(at('2024-03-12T14:00:00Z'));
      expect(discord.posts).toHaveLength(0);
      const h = await service().history({ platform: 'discord', tenant: 'guild-1', channelId: 'c1' }, 5);
      expect(h.map((d) => [d.periodKey, d.state])).toEqual([
        ['2024-03-12', 'skipped'], ['2024-03-11', 'skipped'], ['2024-03-10', 'skipped'],
      ]);
      expect(h[0]!.reason).toMatch(/DIGEST_CATCHUP_HOURS=6/);
      await r.tick(at('2024-03-13T07:00:00Z'));
      expect(discord.posts).toHaveLength(1);
    });

    it('retries transient failures with backoff and sends once', async () => {
      const discord = recordingPoster('discord', (_c, n) => (n <= 2 ? { ok: false, permanent: false, reason: 'HTTP 503' } : { ok: true, messageIds: ['m1'] }));
      await service().subscribe(sub('c1'), at('2024-03-10T05:00:00Z'));
      const r = replica(discord);
      await r.tick(at('2024-03-10T07:00:00Z')); // attempt 1 fails, retry at 07:01
      await r.tick(at('2024-03-10T07:01:00Z')); // attempt 2 fails, retry at 07:03
      await r.tick(at('2024-03-10T07:02:00Z'));
      expect(discord.calls.get('c1')).toBe(2);
      await r.tick(at('2024-03-10T07:03:00Z'));
      await r.tick(at('2024-03-10T07:10:00Z'));
      expect(postsTo(discord, 'c1')).toHaveLength(1);
      const [d] = await service().history({ platform: 'discord', tenant: 'guild-1', channelId: 'c1' }, 1);
      expect([d!.state, d!.attempts]).toEqual(['sent', 3]);
      // Every attempt carries the same key; from the second on the poster is told an earlier one may have posted.
      const [s] = await service().list('discord', 'guild-1');
      expect(discord.attempts.map((a) => a.opts)).toEqual([
        { key: `${s!.id}:2024-03-10`, retry: false }, { key: `${s!.id}:2024-03-10`, retry: true }, { key: `${s!.id}:2024-03-10`, retry: true },
      ]);
    });

    it('a permanent failure pauses the subscription, says why in the list, and a new subscribe resumes it', async () => {
      let gone = true;
      const discord = recordingPoster('discord', () => (gone ? { ok: false, permanent: true, reason: 'channel not found' } : { ok: true, messageIds: ['m'] }));
      await service().subscribe(sub('c1'), at('2024-03-10T05:00:00Z'));
      const r = replica(discord);
      await r.tick(at('2024-03-10T07:00:00Z'));
      await r.tick(at('2024-03-11T07:00:00Z'));
      expect(discord.calls.get('c1')).toBe(1);
      const [s] = await service().list('discord', 'guild-1');
      expect(s!.paused).toBe(true);
      expect(s!.pauseReason).toMatch(/^channel not found \(2024-03-10\)$/);
      gone = false;
      await service().subscribe(sub('c1'), at('2024-03-11T12:00:00Z'));
      await r.tick(at('2024-03-12T07:00:00Z'));
      expect(postsTo(discord, 'c1')).toHaveLength(1);
    });

    it('a quiet period is one line, or nothing with skip-empty', async () => {
      const discord = recordingPoster('discord');
      await service().subscribe(sub('quiet'), at('2024-03-01T05:00:00Z'));
      await service().subscribe(sub('skip', { skipEmpty: true }), at('2024-03-01T05:00:00Z'));
      const r = replica(discord);
      await r.tick(at('2024-03-02T07:00:00Z'));
      const [quiet] = postsTo(discord, 'quiet');
      expect(quiet!.answer.kind).toBe('empty');
      expect(quiet!.answer.sections).toEqual([]);
      expect(quiet!.answer.summary).toMatch(/^No new coverage from Fri 1 Mar 2024, 08:00 to Sat 2 Mar 2024, 08:00 \(Europe\/Berlin\)\.$/);
      expect(postsTo(discord, 'skip')).toHaveLength(0);
      const [d] = await service().history({ platform: 'discord', tenant: 'guild-1', channelId: 'skip' }, 1);
      expect([d!.state, d!.reason]).toEqual(['skipped', 'quiet period (skip-empty)']);
    });

    it('about: narrows the digest; words found in no article make it quiet', async () => {
      const discord = recordingPoster('discord');
      await service().subscribe(sub('all'), at('2024-03-31T12:00:00Z'));
      await service().subscribe(sub('narrow', { about: 'Zzyzx Qwerty' }), at('2024-03-31T12:00:00Z'));
      await replica(discord).tick(at('2024-04-01T06:00:00Z'));
      expect(postsTo(discord, 'all')[0]!.answer.sections.map((s) => s.heading)).toEqual([seeded[1]!.title]);
      const narrow = postsTo(discord, 'narrow')[0]!.answer;
      expect(narrow.kind).toBe('empty');
      expect(narrow.summary).toMatch(/^No new coverage about “Zzyzx Qwerty” from Sun 31 Mar 2024, 08:00 to Mon 1 Apr 2024, 08:00/);
    });

    it('unsubscribe stops the digest', async () => {
      const discord = recordingPoster('discord');
      await service().subscribe(sub('c1'), at('2024-03-10T05:00:00Z'));
      expect(await service().unsubscribe({ platform: 'discord', tenant: 'guild-1', channelId: 'c1' }, undefined)).toHaveLength(1);
      await replica(discord).tick(at('2024-03-10T07:00:00Z'));
      expect(discord.posts).toHaveLength(0);
    });
  });
}
