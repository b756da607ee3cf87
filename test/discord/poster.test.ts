import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/core/answer.js';
import { createDiscordPoster } from '../../src/adapters/discord/poster.js';
import { startFakeDiscord, type FakeDiscord } from '../fakes/fake-discord.js';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake.close();
});

const digest = (lines = 2): Answer => ({
  kind: 'result',
  title: 'Daily digest',
  sections: [{ heading: 'Austin and Shoigu', lines: Array.from({ length: lines }, (_, i) => ({ text: `Line ${i} @everyone <@&1> ` + 'w'.repeat(300), cites: [0] })) }],
  citations: [{ article: 'a.txt', title: 'Call', outlet: 'Outlet', date: '2022-10-21', url: null, evidence: 'They spoke.' }],
  ephemeral: false,
});

const channelPosts = (channelId: string) => fake.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${channelId}/messages`);

describe('discord poster', () => {
  it('survives one 429 and one 500, honouring retry_after, and sends the message once', async () => {
    const channelId = fake.guilds[0]!.channels[0]!.id;
    const before = channelPosts(channelId).length;
    const path = new RegExp(`^/channels/${channelId}/messages$`);
    fake.failOnce('POST', path, { status: 429, retryAfter: 0.3 });
    fake.failOnce('POST', path, { status: 500 });
    const slept: number[] = [];
    const poster = createDiscordPoster({ token: fake.token, api: fake.api }, {
      backoffMs: 10,
      sleep: (ms) => (slept.push(ms), new Promise((r) => setTimeout(r, ms))),
    });
    const r = await poster.post(channelId, digest());
    expect(r).toMatchObject({ ok: true });
    const posts = channelPosts(channelId).slice(before);
    expect(posts).toHaveLength(3);
    // The retry after the 429 waited at least the retry_after Discord gave.
    expect(slept[0]).toBeGreaterThanOrEqual(300);
    // Every attempt carried the same nonce, so Discord would never create a second copy.
    expect(new Set(posts.map((p) => p.body.nonce)).size).toBe(1);
    expect(posts[0]!.body.enforce_nonce).toBe(true);
    expect(fake.channelMessages.get(channelId)).toHaveLength(1);
    expect(posts[2]!.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('a long digest becomes several messages, all sent', async () => {
    const channelId = fake.guilds[0]!.channels[0]!.id;
    const r = await createDiscordPoster({ token: fake.token, api: fake.api }).post(channelId, digest(60));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.messageIds.length).toBeGreaterThan(1);
  });

  it('a missing channel is a permanent failure with a hint', async () => {
    const r = await createDiscordPoster({ token: fake.token, api: fake.api }).post('999999999999999999', digest());
    expect(r).toMatchObject({ ok: false, permanent: true, reason: expect.stringMatching(/no longer exists/) });
    if (!r.ok) expect(r.hint).toBeTruthy();
  });

  it('missing permissions are permanent and name what to grant', async () => {
    const channelId = fake.guilds[0]!.channels[0]!.id;
    fake.forbiddenChannels.add(channelId);
    const r = await createDiscordPoster({ token: fake.token, api: fake.api }).post(channelId, digest());
    fake.forbiddenChannels.delete(channelId);
    expect(r).toMatchObject({ ok: false, permanent: true });
    if (!r.ok) expect(r.hint).toMatch(/Send Messages/);
  });

  it('persistent 5xx gives up after a bounded number of attempts as a temporary failure', async () => {
    const channelId = fake.guilds[0]!.channels[0]!.id;
    const path = new RegExp(`^/channels/${channelId}/messages$`);
    for (let i = 0; i < 3; i++) fake.failOnce('POST', path, { status: 502 });
    const before = channelPosts(channelId).length;
    const r = await createDiscordPoster({ token: fake.token, api: fake.api }, { maxAttempts: 3, backoffMs: 5 }).post(channelId, digest());
    expect(r).toMatchObject({ ok: false, permanent: false });
    expect(channelPosts(channelId).length - before).toBe(3);
  });

  it('a rate limit longer than the bound is reported, not slept through', async () => {
    const channelId = fake.guilds[0]!.channels[0]!.id;
    fake.failOnce('POST', new RegExp(`^/channels/${channelId}/messages$`), { status: 429, retryAfter: 120 });
    const r = await createDiscordPoster({ token: fake.token, api: fake.api }, { maxWaitMs: 1000 }).post(channelId, digest());
    expect(r).toMatchObject({ ok: false, permanent: false, reason: expect.stringMatching(/rate limited/) });
  });

  it('a value that is not a channel id is refused without a request', async () => {
    const n = fake.calls.length;
    const r = await createDiscordPoster({ token: fake.token, api: fake.api }).post('#general', digest());
    expect(r).toMatchObject({ ok: false, permanent: true });
    expect(fake.calls.length).toBe(n);
  });
});
