// Digests end to end through the real Discord and Slack posters, against the local fakes, from a seeded store.
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import digestCommand from '../../commands/digest.js';
import { createDiscordPoster } from '../../src/adapters/discord/poster.js';
import { createSlackPoster } from '../../src/adapters/slack/poster.js';
import { createApp } from '../../src/app/create-app.js';
import type { App } from '../../src/app/app.js';
import { runCommand } from '../../src/app/dispatch.js';
import type { Caller } from '../../src/core/command.js';
import { startDigestScheduler, type DigestScheduler } from '../../src/schedule/digest-scheduler.js';
import { createDigestService } from '../../src/schedule/digest-service.js';
import { startFakeDiscord, type FakeDiscord } from '../fakes/fake-discord.js';
import { FAKE_BOT_TOKEN, startFakeSlack, type FakeSlack } from '../fakes/fake-slack.js';
import { resetDigests } from './db.js';
import { silentLog, sub } from './helpers.js';

let app: App;
let discord: FakeDiscord;
let slack: FakeSlack;
const started: DigestScheduler[] = [];
const noSleep = async () => undefined;
const at = (iso: string) => new Date(iso);
const SUBSCRIBED = at('2024-03-10T05:00:00Z');
const SEND = at('2024-03-10T07:00:00Z'); // 08:00 Europe/Berlin

function replica(): DigestScheduler {
  const posters = {
    discord: createDiscordPoster({ token: discord.token, api: discord.api }, { sleep: noSleep, backoffMs: 1 }),
    slack: createSlackPoster(new webApi.WebClient(FAKE_BOT_TOKEN, { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } }), { sleep: noSleep }),
  };
  const s = startDigestScheduler({ db: app.db, knowledge: app.knowledge, posters, log: silentLog, catchupHours: 6, schedule: false });
  started.push(s);
  return s;
}

beforeAll(async () => {
  [app, discord, slack] = await Promise.all([createApp({ dataDir: 'memory://', seed: true }), startFakeDiscord(), startFakeSlack()]);
  app.services.digests = createDigestService(app.db, app.knowledge);
  // The seed corpus counts as new coverage of the 10 Mar 2024 period.
  await app.db.query(`UPDATE articles SET ingested_at = '2024-03-10T06:00:00Z'`);
});
afterAll(async () => {
  await Promise.allSettled(started.map((s) => s.stop()));
  await Promise.allSettled([app?.close(), discord?.close(), slack?.close()]);
});
beforeEach(async () => resetDigests(app.db));

const discordChannel = () => discord.guilds[0]!.channels[0]!.id;
const discordPosts = (channelId: string) => discord.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${channelId}/messages`);

describe('digests through the platform posters', () => {
  it('three replicas, one minute: Discord and Slack each get the digest once, with the seed stories', async () => {
    const channel = discordChannel();
    const service = createDigestService(app.db, app.knowledge);
    await service.subscribe(sub(channel, { tenant: discord.guilds[0]!.id }), SUBSCRIBED);
    await service.subscribe(sub('C0NEWS', { platform: 'slack', tenant: 'T0READERS' }), SUBSCRIBED);
    const before = { d: discordPosts(channel).length, s: slack.callsOf('chat.postMessage').length };
    const replicas = [replica(), replica(), replica()];
    await Promise.all(replicas.map((r) => r.tick(SEND)));
    await Promise.all(replicas.map((r) => r.tick(at('2024-03-10T07:01:00Z'))));

    const dPosts = discordPosts(channel).slice(before.d);
    expect(dPosts.length).toBeGreaterThanOrEqual(1); // the renderer may split one digest into several messages
    const embeds = dPosts.flatMap((p) => p.body.embeds as { title?: string; description?: string }[]);
    const discordText = JSON.stringify(embeds);
    expect(embeds[0]!.title).toBe('Daily digest — Sun 10 Mar 2024');
    expect(embeds.filter((e) => e.title === 'Daily digest — Sun 10 Mar 2024')).toHaveLength(1); // one digest, not three
    for (const p of dPosts) {
      expect((p.body.embeds as unknown[]).length).toBeLessThanOrEqual(10);
      expect(JSON.stringify(p.body.embeds).length).toBeLessThan(6000 + 2000); // JSON overhead around ≤ 6,000 chars of text
    }
    const sPosts = slack.callsOf('chat.postMessage').slice(before.s);
    expect(sPosts).toHaveLength(1);
    expect(sPosts[0]!.params.channel).toBe('C0NEWS');
    const blocks = JSON.parse(String(sPosts[0]!.params.blocks)) as unknown[];
    expect(blocks.length).toBeLessThanOrEqual(50);

    // Both carry every seed story title from the store, and the stories' contacts, e.g. a phone call.
    const titles = (await app.db.query<{ title: string }>('SELECT DISTINCT s.title FROM stories s JOIN articles a ON a.story_id = s.id')).rows;
    expect(titles.length).toBeGreaterThanOrEqual(2);
    for (const { title } of titles) {
      expect(discordText).toContain(title.slice(0, 40));
      expect(String(sPosts[0]!.params.blocks)).toContain(title.slice(0, 40).replace(/[&<>]/g, ''));
    }
    expect(discordText).toMatch(/spoke by phone/);
  });

  it('a channel Discord says is gone pauses the digest, and /digest list says why', async () => {
    const service = createDigestService(app.db, app.knowledge);
    const tenant = discord.guilds[0]!.id;
    await service.subscribe(sub('999999999999999999', { tenant }), SUBSCRIBED);
    await replica().tick(SEND);
    const caller: Caller = { platform: 'discord', userId: 'u1', tenant, channelId: discordChannel(), canManage: false };
    const list = await runCommand(app, digestCommand, { action: 'list' }, caller, { now: () => SEND });
    const line = list.sections[0]!.lines[0]!.text;
    expect(line).toMatch(/^channel 999999999999999999 — every day at 08:00 \(Europe\/Berlin\) · PAUSED: the channel no longer exists/);
    const [d] = await service.history({ platform: 'discord', tenant, channelId: '999999999999999999' }, 1);
    expect(d!.state).toBe('failed');
  });

  it('Slack: a transient error is retried by the scheduler and sent once; channel_not_found pauses', async () => {
    const service = createDigestService(app.db, app.knowledge);
    await service.subscribe(sub('C0RETRY', { platform: 'slack', tenant: 'T0READERS' }), SUBSCRIBED);
    for (let i = 0; i < 4; i++) slack.failNext('chat.postMessage', { status: 503 }); // the poster's own 4 attempts
    const r = replica();
    await r.tick(SEND);
    const toRetry = () => slack.callsOf('chat.postMessage').filter((c) => c.params.channel === 'C0RETRY');
    expect(toRetry()).toHaveLength(4); // the poster's own attempts, all answered 503
    let [d] = await service.history({ platform: 'slack', tenant: 'T0READERS', channelId: 'C0RETRY' }, 1);
    expect([d!.state, d!.reason]).toEqual(['failed', 'Slack answered HTTP 503; gave up after 4 attempts']);
    await r.tick(at('2024-03-10T07:00:30Z'));
    expect(toRetry()).toHaveLength(4); // the scheduler waits out its backoff (1 min)
    await r.tick(at('2024-03-10T07:01:00Z'));
    await r.tick(at('2024-03-10T07:05:00Z'));
    expect(toRetry()).toHaveLength(5);
    [d] = await service.history({ platform: 'slack', tenant: 'T0READERS', channelId: 'C0RETRY' }, 1);
    expect([d!.state, d!.attempts]).toEqual(['sent', 2]);

    await service.subscribe(sub('C0GONE', { platform: 'slack', tenant: 'T0READERS' }), SUBSCRIBED);
    slack.failNext('chat.postMessage', { error: 'channel_not_found' });
    await r.tick(at('2024-03-10T07:02:00Z'));
    const gone = (await service.list('slack', 'T0READERS')).find((s) => s.channelId === 'C0GONE')!;
    expect(gone.paused).toBe(true);
    expect(gone.pauseReason).toMatch(/^Slack error channel_not_found — The channel does not exist or the bot cannot see it\./);
  });
});
