// Several replicas on one store: the same minute fired three times, a replica dying mid-send, the cron coordinator.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DeliveryResult } from '../../src/core/delivery.js';
import { createDigestService } from '../../src/schedule/digest-service.js';
import { startDigestScheduler, type DigestScheduler } from '../../src/schedule/digest-scheduler.js';
import { createRunCoordinator } from '../../src/schedule/run-coordinator.js';
import { createPostgresKnowledge } from '../../src/store/knowledge-store.js';
import type { SqlHandle } from '../../src/store/sql.js';
import { resetDigests } from './db.js';
import { postsTo, recordingPoster, silentLog, sub } from './helpers.js';
import type { SuiteDb } from './scheduler-suite.js';

const at = (iso: string) => new Date(iso);

export function replicasSuite(engine: string, open: () => Promise<SuiteDb>): void {
  describe(`three replicas on ${engine}`, () => {
    let env: SuiteDb;
    const started: DigestScheduler[] = [];

    function replica(db: SqlHandle, posters: Parameters<typeof startDigestScheduler>[0]['posters']) {
      const s = startDigestScheduler({ db, knowledge: createPostgresKnowledge(db), posters, log: silentLog, catchupHours: 6, schedule: false });
      started.push(s);
      return s;
    }

    beforeAll(async () => {
      env = await open();
    });
    afterAll(async () => {
      await Promise.allSettled(started.map((s) => s.stop()));
      await env?.close();
    });
    beforeEach(async () => {
      await resetDigests(env.dbs[0]!);
    });

    it('three replicas firing the same minute post each subscription exactly once', async () => {
      const discord = recordingPoster('discord');
      const slack = recordingPoster('slack');
      const service = createDigestService(env.dbs[0]!, createPostgresKnowledge(env.dbs[0]!));
      const channels: string[] = [];
      for (let i = 0; i < 24; i++) {
        const platform = i % 2 ? 'slack' : 'discord';
        const zone = ['Europe/Berlin', 'Europe/Paris', 'Africa/Lagos'][i % 3]!; // all UTC+1 in March
        channels.push(`ch${i}`);
        await service.subscribe(sub(`ch${i}`, { platform, timezone: zone, tenant: `t${i % 4}` }), at('2024-03-10T05:00:00Z'));
      }
      const replicas = env.dbs.map((db) => replica(db, { discord, slack }));
      expect(replicas).toHaveLength(3);
      const minute = at('2024-03-10T07:00:00Z');
      await Promise.all(replicas.map((r) => r.tick(minute)));
      await Promise.all(replicas.map((r) => r.tick(minute)));
      await Promise.all(replicas.map((r) => r.tick(at('2024-03-10T07:01:00Z'))));
      for (const [i, c] of channels.entries()) expect(postsTo(i % 2 ? slack : discord, c), c).toHaveLength(1);
      expect(discord.posts.length + slack.posts.length).toBe(24);
    });

    it('a replica killed after claiming and before sending: another sends it once, after the lease', async () => {
      const service = createDigestService(env.dbs[0]!, createPostgresKnowledge(env.dbs[0]!));
      await service.subscribe(sub('c1'), at('2024-03-10T05:00:00Z'));
      let reached!: () => void;
      const claimed = new Promise<void>((resolve) => (reached = resolve));
      let release!: (r: DeliveryResult) => void;
      // Replica A claims, then hangs in its send forever: from the store's view, a process that died mid-send.
      const dying = recordingPoster('discord', () => {
        reached();
        return new Promise<DeliveryResult>((resolve) => (release = resolve));
      });
      const healthy = recordingPoster('discord');
      const [a, b, c] = [replica(env.dbs[0]!, { discord: dying }), replica(env.dbs[1]!, { discord: healthy }), replica(env.dbs[2]!, { discord: healthy })];
      void a.tick(at('2024-03-10T07:00:00Z'));
      await claimed;
      a.stop();
      await Promise.all([b.tick(at('2024-03-10T07:01:00Z')), c.tick(at('2024-03-10T07:04:59Z'))]);
      expect(healthy.posts).toHaveLength(0); // the lease (5 min) still protects A's send
      await Promise.all([b.tick(at('2024-03-10T07:05:00Z')), c.tick(at('2024-03-10T07:05:00Z'))]);
      await Promise.all([b.tick(at('2024-03-10T07:06:00Z')), c.tick(at('2024-03-10T07:06:00Z'))]);
      expect(postsTo(healthy, 'c1')).toHaveLength(1);
      // The takeover is told that A may have posted, with the same key A had.
      expect(dying.attempts[0]!.opts).toMatchObject({ retry: false });
      expect(postsTo(healthy, 'c1')[0]!.opts).toEqual({ key: dying.attempts[0]!.opts!.key, retry: true });
      const [d] = await service.history({ platform: 'discord', tenant: 'guild-1', channelId: 'c1' }, 1);
      expect([d!.state, d!.attempts, d!.late]).toEqual(['sent', 2, false]);
      release({ ok: false, permanent: false, reason: 'process killed' }); // A's late answer must not change the ledger
      await new Promise((r) => setImmediate(r));
      const [after] = await service.history({ platform: 'discord', tenant: 'guild-1', channelId: 'c1' }, 1);
      expect(after!.state).toBe('sent');
    });

    it('the run coordinator elects exactly one replica per slot and lets another take over a dead one', async () => {
      let now = at('2024-03-10T07:00:00Z');
      const clock = () => now;
      const coords = env.dbs.map((db, i) => createRunCoordinator(db, { owner: `r${i}`, clock }));
      const key = 'readout-digests:2024-03-10T07:00:00.000Z';
      const votes = await Promise.all(coords.map((c) => c.shouldRun(key, 60_000)));
      expect(votes.filter(Boolean)).toHaveLength(1);
      const winner = votes.indexOf(true);
      await coords[winner]!.onComplete(key);
      now = at('2024-03-10T07:05:00Z');
      expect(await Promise.all(coords.map((c) => c.shouldRun(key, 60_000)))).toEqual([false, false, false]);
      // A winner that never completes keeps its slot until the lease ends, then exactly one other takes over.
      const key2 = 'readout-digests:2024-03-10T07:06:00.000Z';
      now = at('2024-03-10T07:06:00Z');
      expect(await coords[0]!.shouldRun(key2, 60_000)).toBe(true);
      now = at('2024-03-10T07:06:30Z');
      expect(await coords[1]!.shouldRun(key2, 60_000)).toBe(false);
      now = at('2024-03-10T07:07:01Z');
      const takeover = await Promise.all([coords[1]!.shouldRun(key2, 60_000), coords[2]!.shouldRun(key2, 60_000)]);
      expect(takeover.filter(Boolean)).toHaveLength(1);
      expect(await coords[0]!.prune(at('2024-03-10T07:06:00Z'))).toBe(1);
    });
  });
}
