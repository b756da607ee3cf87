// /digest through the real Discord and Slack adapters (against their fakes): refusals for members, subscribing for managers.
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord, type DiscordHandle } from '../../src/adapters/discord/start.js';
import { startSlack, type SlackHandle } from '../../src/adapters/slack/start.js';
import type { App } from '../../src/app/app.js';
import { createApp } from '../../src/app/create-app.js';
import { loadEnv } from '../../src/config/env.js';
import { isDigestService } from '../../src/core/digest/service.js';
import { attachDigests, type DigestScheduler } from '../../src/schedule/digest-scheduler.js';
import { startFakeDiscord, type FakeDiscord, type RecordedCall } from '../fakes/fake-discord.js';
import { postSignedCommand, slashCommandFields, startFakeSlack, type FakeSlack } from '../fakes/fake-slack.js';
import { sendCommand } from '../discord/payloads.js';
import { blockText, recordingLog, slackEnv } from '../slack/helpers.js';
import { silentLog } from './helpers.js';

const EPHEMERAL = 64;
let app: App;
let scheduler: DigestScheduler;
let fakeDiscord: FakeDiscord;
let fakeSlack: FakeSlack;
let discord: DiscordHandle;
let slack: SlackHandle;
let slackUrl: string;

beforeAll(async () => {
  [app, fakeDiscord, fakeSlack] = await Promise.all([
    createApp({ dataDir: 'memory://', seed: true }),
    startFakeDiscord(),
    startFakeSlack({ users: [{ id: 'U0ADMIN', is_admin: true }, { id: 'U0MEMBER' }] }),
  ]);
  scheduler = attachDigests(app, { posters: {}, log: silentLog, catchupHours: 6, schedule: false });
  const env = loadEnv({ DISCORD_TOKEN: fakeDiscord.token, DISCORD_APPLICATION_ID: fakeDiscord.applicationId });
  discord = await startDiscord(app, env, { log: recordingLog().log, api: fakeDiscord.api });
  slack = await startSlack(app, slackEnv('http'), { log: recordingLog().log, slackApiUrl: fakeSlack.apiUrl, port: 0, host: '127.0.0.1', retryConfig: { retries: 0 }, commands: app.commands });
  slackUrl = `http://127.0.0.1:${slack.port}/slack/events`;
}, 60_000);
afterAll(async () => {
  await discord?.stop();
  await slack?.stop();
  await scheduler?.stop();
  await Promise.allSettled([app?.close(), fakeDiscord?.close(), fakeSlack?.close()]);
});

/** The final Discord message of an interaction: the callback, the edited original, or an ephemeral follow-up. */
async function discordAnswer(ix: { id: string; token: string }): Promise<{ flags: number; text: string }> {
  const cb = await fakeDiscord.waitForCall((c) => c.path === `/interactions/${ix.id}/${ix.token}/callback`);
  let msg: RecordedCall = cb;
  if (cb.body.type === 5) {
    msg = await fakeDiscord.waitForCall((c) => (c.method === 'PATCH' && c.path.includes(`/${ix.token}/messages/@original`)) || (c.method === 'POST' && c.path.endsWith(`/${ix.token}`)));
  }
  const body = msg.body.data ?? msg.body;
  return { flags: body.flags ?? 0, text: JSON.stringify(body.embeds ?? body.content ?? '') };
}

async function slackAnswer(user: string, text: string): Promise<{ type: unknown; text: string }> {
  const id = `digest-${Math.random().toString(36).slice(2)}`;
  const r = await postSignedCommand(slackUrl, slashCommandFields('/digest', text, fakeSlack.responseUrl(id), { user_id: user, channel_id: 'C0NEWS' }));
  expect(r.status).toBe(200);
  const body = r.body?.blocks ? r.body : (await fakeSlack.responsesFor(id, 1, 15_000))[0]!.body;
  return { type: body.response_type, text: blockText(body) };
}

describe('/digest permissions in the adapters', () => {
  it('Discord: a member without Manage Channels is refused privately; a manager subscribes publicly', async () => {
    expect(isDigestService(app.services.digests)).toBe(true);
    const options = { action: 'subscribe', time: '08:00', timezone: 'Europe/Berlin' };
    const refused = await discordAnswer(sendCommand(fakeDiscord, 'digest', options));
    expect(refused.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(refused.text).toContain('Only people who can manage this channel can subscribe digests');
    const perms = PermissionFlagsBits.SendMessages | PermissionFlagsBits.ViewChannel | PermissionFlagsBits.ManageChannels;
    const ok = await discordAnswer(sendCommand(fakeDiscord, 'digest', options, { permissions: perms }));
    expect(ok.flags & EPHEMERAL).toBe(0);
    expect(ok.text).toContain('every day at 08:00 (Europe/Berlin)');
    const subs = await (app.services.digests as { list: (p: 'discord', t: string) => Promise<unknown[]> }).list('discord', fakeDiscord.guilds[0]!.id);
    expect(subs).toHaveLength(1);
  });

  it('Slack: a member is refused privately; a workspace admin subscribes', async () => {
    const refused = await slackAnswer('U0MEMBER', 'subscribe 07:30 timezone:America/New_York');
    expect(refused.type).toBe('ephemeral');
    expect(refused.text).toContain('Only people who can manage this channel can subscribe digests');
    const ok = await slackAnswer('U0ADMIN', 'subscribe 07:30 timezone:America/New_York');
    expect(ok.text).toContain('every day at 07:30 (America/New_York)');
    const list = await slackAnswer('U0MEMBER', 'list');
    expect(list.type).toBe('ephemeral');
    expect(list.text).toContain('this channel — every day at 07:30 (America/New_York)');
  });
});
