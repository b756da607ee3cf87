// The window between "the platform accepted the digest" and "the ledger says sent", closed through the real posters:
// real discord.js REST and the real Bolt WebClient against the fakes, the real ledger, several runners.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSlackBolt } from '../../src/adapters/slack/app.js';
import { createDiscordPoster } from '../../src/adapters/discord/poster.js';
import { createSlackPoster } from '../../src/adapters/slack/poster.js';
import type { Poster } from '../../src/core/delivery.js';
import { createLogger } from '../../src/log.js';
import { createDigestRunner, type DigestRunner } from '../../src/schedule/digest-runner.js';
import { createDigestService } from '../../src/schedule/digest-service.js';
import { createPostgresKnowledge } from '../../src/store/knowledge-store.js';
import type { SqlHandle } from '../../src/store/sql.js';
import { startFakeDiscord, type FakeDiscord } from '../fakes/fake-discord.js';
import { FAKE_BOT_TOKEN, FAKE_SIGNING_SECRET, startFakeSlack, type FakeSlack } from '../fakes/fake-slack.js';
import { resetDigests } from './db.js';
import { silentLog, sub } from './helpers.js';
import type { SuiteDb } from './scheduler-suite.js';
import { seedStoriesAt } from './seed.js';

const at = (iso: string) => new Date(iso);
// 08:00 Europe/Berlin (CEST) on Fri 10 May 2024; every seed story arrives in that period, so the digest is long.
const SUBSCRIBED = at('2024-05-10T04:00:00Z');
const SEND = at('2024-05-10T06:00:00Z');
const RETRY = at('2024-05-10T06:01:00Z'); // the runner's first backoff is 1 minute
const TAKEOVER = at('2024-05-10T06:05:00Z'); // the 5-minute lease ran out
const GUILD = '444444444444444444';
const CHANNELS = Array.from({ length: 6 }, (_, i) => ({ id: `55555555555555550${i}`, name: `digest-${i}` }));

export function idempotentSuite(engine: string, open: () => Promise<SuiteDb>): void {
  describe(`a digest posted but not recorded is not posted again, on ${engine}`, () => {
    let env: SuiteDb;
    let db: SqlHandle;
    let discord: FakeDiscord;
    let slack: FakeSlack;
    let logs: string[] = [];
    const log = createLogger({ level: 'debug', write: (l) => logs.push(l) });
    const runners: DigestRunner[] = [];

    const discordPoster = (maxAttempts = 4) => createDiscordPoster({ token: discord.token, api: discord.api }, { maxAttempts, backoffMs: 1, sleep: async () => undefined, log });
    function slackPoster(maxAttempts = 4): Poster {
      const { bolt } = createSlackBolt({ botToken: FAKE_BOT_TOKEN, mode: { kind: 'http', signingSecret: FAKE_SIGNING_SECRET, port: 0 } }, { log, slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
      return createSlackPoster(bolt.client, { maxAttempts, sleep: async () => undefined, log });
    }
    function runner(poster: Poster, replica = 0): DigestRunner {
      const d = env.dbs[replica]!;
      const r = createDigestRunner({ db: d, knowledge: createPostgresKnowledge(d), posters: { [poster.platform]: poster }, log: silentLog, catchupHours: 6 });
      runners.push(r);
      return r;
    }
    /** A poster whose process dies right after the platform accepted the post: the ledger never hears of it. */
    function dyingAfterPost(real: Poster): Poster & { posted: Promise<void> } {
      let done!: () => void;
      const posted = new Promise<void>((r) => (done = r));
      return {
        platform: real.platform,
        posted,
        async post(channelId, answer, opts) {
          await real.post(channelId, answer, opts);
          done();
          return new Promise(() => undefined);
        },
      };
    }
    const service = () => createDigestService(db, createPostgresKnowledge(db));
    async function subscribe(platform: 'discord' | 'slack', channelId: string) {
      const s = await service().subscribe(sub(channelId, { platform, tenant: platform === 'discord' ? GUILD : 'T0READERS' }), SUBSCRIBED);
      return s;
    }
    async function ledger(channelId: string) {
      const r = await db.query<{ state: string; attempts: number; message_ids: string | null }>(
        `SELECT d.state, d.attempts, d.message_ids FROM digest_deliveries d JOIN digest_subscriptions s ON s.id = d.subscription_id WHERE s.channel_id = $1`,
        [channelId],
      );
      return r.rows.map((x) => ({ state: x.state, attempts: Number(x.attempts), messageIds: x.message_ids ? (JSON.parse(x.message_ids) as string[]) : null }));
    }
    const footers = (channelId: string) => discord.messagesIn(channelId).map((m: { embeds: { footer?: { text: string } }[] }) => m.embeds[m.embeds.length - 1]!.footer?.text);

    beforeAll(async () => {
      env = await open();
      db = env.dbs[0]!;
      await seedStoriesAt(db, []);
      const { rows } = await db.query<{ n: number }>('SELECT count(DISTINCT story_id)::int AS n FROM articles WHERE story_id IS NOT NULL');
      await seedStoriesAt(db, Array.from({ length: Number(rows[0]!.n) }, () => '2024-05-10T05:00:00.000Z'));
      [discord, slack] = await Promise.all([startFakeDiscord({ guilds: [{ id: GUILD, name: 'Readers', channels: CHANNELS }] }), startFakeSlack()]);
    }, 60_000);
    afterAll(async () => {
      for (const r of runners) r.stop();
      await Promise.allSettled([discord?.close(), slack?.close()]);
      await env?.close();
    });
    beforeEach(async () => {
      await resetDigests(db);
      logs = [];
    });

    it('Discord: the answer to the post is lost (500 after Discord created it); the runner retries past the nonce window: each part once, sent', async () => {
      const ch = CHANNELS[0]!.id;
      await subscribe('discord', ch);
      discord.failOnce('POST', new RegExp(`^/channels/${ch}/messages$`), { status: 500, accept: true });
      const r = runner(discordPoster(1)); // one attempt per post: the retry is the runner's
      expect(await r.tick(SEND)).toMatchObject({ sent: 0, failed: 1 });
      expect(discord.messagesIn(ch)).toHaveLength(1);
      const first = discord.messagesIn(ch)[0]!.id;
      discord.expireNonces(); // the nonce cannot help any more: only the footer lookup can
      expect(await r.tick(RETRY)).toMatchObject({ sent: 1 });
      // The first part is not posted again; the parts the failed attempt never reached are posted once each.
      const parts = Number(/ · 1\/(\d+) · /.exec(footers(ch)[0] ?? '')?.[1]);
      expect(new Set(footers(ch)).size).toBe(parts);
      expect(discord.messagesIn(ch)).toHaveLength(parts);
      expect(await ledger(ch)).toEqual([{ state: 'sent', attempts: 2, messageIds: discord.messagesIn(ch).map((m: { id: string }) => m.id) }]);
      expect((await ledger(ch))[0]!.messageIds![0]).toBe(first);
    });

    it('Slack: the connection is cut after Slack posted; the runner retries: one message, sent', async () => {
      await subscribe('slack', 'C0LOST');
      slack.failNext('chat.postMessage', { drop: true, accept: true });
      const r = runner(slackPoster(1));
      expect(await r.tick(SEND)).toMatchObject({ sent: 0, failed: 1 });
      expect(await r.tick(RETRY)).toMatchObject({ sent: 1 });
      expect(slack.messagesIn('C0LOST')).toHaveLength(1);
      expect(await ledger('C0LOST')).toEqual([{ state: 'sent', attempts: 2, messageIds: [slack.messagesIn('C0LOST')[0]!.ts] }]);
    });

    for (const platform of ['discord', 'slack'] as const) {
      it(`${platform}: a replica killed after posting, before recording sent: the takeover after the lease posts nothing more`, async () => {
        const ch = platform === 'discord' ? CHANNELS[1]!.id : 'C0KILLED';
        await subscribe(platform, ch);
        const dying = dyingAfterPost(platform === 'discord' ? discordPoster() : slackPoster());
        const a = runner(dying, 0);
        void a.tick(SEND);
        await dying.posted;
        a.stop();
        discord.expireNonces();
        const messages = () => (platform === 'discord' ? discord.messagesIn(ch) : slack.messagesIn(ch));
        const n = messages().length;
        expect(n).toBeGreaterThanOrEqual(1);
        const b = runner(platform === 'discord' ? discordPoster() : slackPoster(), 1);
        expect(await b.tick(at('2024-05-10T06:04:59Z'))).toMatchObject({ sent: 0 }); // A's lease still holds
        expect(await b.tick(TAKEOVER)).toMatchObject({ sent: 1 });
        expect(messages()).toHaveLength(n);
        const [row] = await ledger(ch);
        expect([row!.state, row!.attempts, row!.messageIds!.length]).toEqual(['sent', 2, n]);
      });
    }

    it('Discord: a multi-part digest of which only the first part went out: the retry posts the rest, once each', async () => {
      const ch = CHANNELS[2]!.id;
      await subscribe('discord', ch);
      const path = new RegExp(`^/channels/${ch}/messages$`);
      // Part 1 goes out; part 2 is answered 503 on both of the poster's attempts.
      void discord.waitForCall((c) => c.method === 'POST' && path.test(c.path)).then(() => {
        discord.failOnce('POST', path, { status: 503 });
        discord.failOnce('POST', path, { status: 503 });
      });
      const r = runner(discordPoster(2));
      expect(await r.tick(SEND)).toMatchObject({ failed: 1 });
      expect(discord.messagesIn(ch)).toHaveLength(1);
      const parts = Number(/ · 1\/(\d+) · /.exec(footers(ch)[0] ?? '')?.[1]);
      expect(parts).toBeGreaterThanOrEqual(2);
      discord.expireNonces();
      expect(await r.tick(RETRY)).toMatchObject({ sent: 1 });
      const [s] = await service().list('discord', GUILD);
      expect(footers(ch)).toEqual(Array.from({ length: parts }, (_, k) => `Readout digest · ${k + 1}/${parts} · ${s!.id}:2024-05-10`));
      expect((await ledger(ch))[0]!.messageIds).toEqual(discord.messagesIn(ch).map((m: { id: string }) => m.id));
    });

    it('Discord: without Read Message History the earlier post cannot be seen: posted again (at-least-once), with a warning', async () => {
      const ch = CHANNELS[3]!.id;
      await subscribe('discord', ch);
      discord.failOnce('POST', new RegExp(`^/channels/${ch}/messages$`), { status: 500, accept: true });
      const r = runner(discordPoster(1));
      await r.tick(SEND);
      discord.expireNonces();
      discord.noHistoryChannels.add(ch);
      expect(await r.tick(RETRY)).toMatchObject({ sent: 1 });
      discord.noHistoryChannels.delete(ch);
      const parts = Number(/ · 1\/(\d+) · /.exec(footers(ch)[0] ?? '')?.[1]);
      expect(discord.messagesIn(ch)).toHaveLength(parts + 1);
      expect(footers(ch).filter((f) => f?.includes(' · 1/'))).toHaveLength(2); // the first part twice: the documented fallback
      expect(logs.join('\n')).toMatch(/Read Message History/);
      expect((await ledger(ch))[0]!.state).toBe('sent');
    });

    it('Slack: without channels:history the earlier post cannot be seen: posted again (at-least-once), with a warning', async () => {
      await subscribe('slack', 'C0NOSCOPE');
      slack.failNext('chat.postMessage', { status: 500, accept: true });
      slack.failNext('conversations.history', { error: 'missing_scope' });
      const r = runner(slackPoster(1));
      await r.tick(SEND);
      expect(await r.tick(RETRY)).toMatchObject({ sent: 1 });
      expect(slack.messagesIn('C0NOSCOPE')).toHaveLength(2);
      expect(logs.join('\n')).toMatch(/missing_scope.*channels:history/);
      expect((await ledger('C0NOSCOPE'))[0]!.state).toBe('sent');
    });
  });
}
