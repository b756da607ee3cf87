// The Discord poster across retries and replicas: a deterministic nonce per part, and on a retry a look at the
// channel for the parts an earlier attempt posted (the key is in each part's footer). Real discord.js REST, fake Discord.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordPoster, digestFooter, digestNonce, parseDigestFooter } from '../../src/adapters/discord/poster.js';
import { limitProblems } from '../../src/adapters/discord/render-embeds.js';
import type { Answer } from '../../src/core/answer.js';
import { createLogger } from '../../src/log.js';
import { snowflake, startFakeDiscord, type FakeDiscord } from '../fakes/fake-discord.js';

const GUILD = '222222222222222222';
const CHANNELS = Array.from({ length: 10 }, (_, i) => ({ id: `33333333333333330${i}`, name: `news-${i}` }));
let fake: FakeDiscord;
let logs: string[] = [];

beforeAll(async () => {
  fake = await startFakeDiscord({ guilds: [{ id: GUILD, name: 'Readers', channels: CHANNELS }] });
});
afterAll(async () => fake.close());

const digest = (lines = 2): Answer => ({
  kind: 'result',
  title: 'Daily digest — Sun 10 Mar 2024',
  sections: [{ heading: 'Austin and Shoigu', lines: Array.from({ length: lines }, (_, i) => ({ text: `Line ${i} ` + 'w'.repeat(300), cites: [0] })) }],
  citations: [{ article: 'a.txt', title: 'Call', outlet: 'Outlet', date: '2022-10-21', url: null, evidence: 'They spoke.' }],
  ephemeral: false,
});

function poster(over: Parameters<typeof createDiscordPoster>[1] = {}) {
  logs = [];
  const log = createLogger({ level: 'debug', write: (l) => logs.push(l) });
  return createDiscordPoster({ token: fake.token, api: fake.api }, { backoffMs: 1, sleep: async () => undefined, log, ...over });
}

const posts = (channelId: string) => fake.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${channelId}/messages`);
const footers = (channelId: string) =>
  fake.messagesIn(channelId).map((m: { embeds: { footer?: { text: string } }[] }) => m.embeds[m.embeds.length - 1]!.footer?.text);

describe('discord poster: idempotency key', () => {
  it('nonces are derived from channel, key and part, at most 25 characters; footers round-trip', () => {
    const n = digestNonce(CHANNELS[0]!.id, '42:2024-03-10', 0);
    expect(n.length).toBeLessThanOrEqual(25);
    expect(n).toBe(digestNonce(CHANNELS[0]!.id, '42:2024-03-10', 0));
    expect(new Set([n, digestNonce(CHANNELS[0]!.id, '42:2024-03-10', 1), digestNonce(CHANNELS[0]!.id, '42:2024-03-11', 0), digestNonce(CHANNELS[1]!.id, '42:2024-03-10', 0)]).size).toBe(4);
    expect(digestFooter('42:2024-03-10', 1, 3)).toBe('Readout digest · 2/3 · 42:2024-03-10');
    expect(parseDigestFooter('Readout digest · 2/3 · 42:2024-03-10')).toEqual({ key: '42:2024-03-10', part: 1, parts: 3 });
    expect(parseDigestFooter('Readout digest 2/3')).toBeNull();
  });

  it('a response lost after Discord accepted the message: the retry with the same nonce gets the first message back', async () => {
    const ch = CHANNELS[0]!.id;
    fake.failOnce('POST', new RegExp(`^/channels/${ch}/messages$`), { status: 500, accept: true });
    const r = await poster().post(ch, digest(), { key: '1:2024-03-10', retry: false });
    expect(r.ok).toBe(true);
    expect(posts(ch)).toHaveLength(2);
    expect(posts(ch)[0]!.body.nonce).toBe(posts(ch)[1]!.body.nonce);
    expect(fake.messagesIn(ch)).toHaveLength(1);
    if (r.ok) expect(r.messageIds).toEqual([fake.messagesIn(ch)[0]!.id]);
    expect(footers(ch)).toEqual(['Readout digest · 1/1 · 1:2024-03-10']);
  });

  it('a connection cut after Discord accepted the message: still one message', async () => {
    const ch = CHANNELS[1]!.id;
    fake.failOnce('POST', new RegExp(`^/channels/${ch}/messages$`), { drop: true, accept: true });
    const r = await poster().post(ch, digest(), { key: '2:2024-03-10', retry: false });
    expect(r.ok).toBe(true);
    expect(fake.messagesIn(ch)).toHaveLength(1);
  });

  it('a retry after the nonce window finds every part in the channel and posts nothing', async () => {
    const ch = CHANNELS[2]!.id;
    const first = await poster().post(ch, digest(60), { key: '3:2024-03-10', retry: false });
    expect(first.ok && first.messageIds.length).toBeGreaterThan(1);
    fake.expireNonces(); // e.g. a takeover after the 5-minute lease
    const before = posts(ch).length;
    const again = await poster().post(ch, digest(60), { key: '3:2024-03-10', retry: true });
    expect(posts(ch).length).toBe(before);
    expect(again).toEqual({ ok: true, messageIds: first.ok ? first.messageIds : [], alreadyPosted: first.ok ? first.messageIds.length : 0 });
    expect(fake.calls.some((c) => c.method === 'GET' && c.path === `/channels/${ch}/messages` && c.query.get('limit') === '50')).toBe(true);
  });

  it('a multi-part digest of which only the first part went out: the retry posts the rest, once', async () => {
    const ch = CHANNELS[3]!.id;
    const path = new RegExp(`^/channels/${ch}/messages$`);
    const p = poster({ maxAttempts: 2 });
    const parts = (await poster().post(CHANNELS[9]!.id, digest(60))).ok ? fake.messagesIn(CHANNELS[9]!.id).length : 0;
    expect(parts).toBeGreaterThanOrEqual(3);
    // Part 1 goes out; part 2 fails twice (the poster's two attempts), so the delivery fails half-way.
    let n = 0;
    const off = fake.waitForCall((c) => c.method === 'POST' && path.test(c.path) && ++n === 1);
    void off.then(() => {
      fake.failOnce('POST', path, { status: 503 });
      fake.failOnce('POST', path, { status: 503 });
    });
    const first = await p.post(ch, digest(60), { key: '4:2024-03-10', retry: false });
    expect(first).toMatchObject({ ok: false, permanent: false, reason: expect.stringMatching(/1 of \d+ messages were sent/) });
    expect(fake.messagesIn(ch)).toHaveLength(1);
    fake.expireNonces();
    const again = await poster().post(ch, digest(60), { key: '4:2024-03-10', retry: true });
    expect(again).toMatchObject({ ok: true, alreadyPosted: 1 });
    expect(footers(ch)).toEqual(Array.from({ length: parts }, (_, k) => `Readout digest · ${k + 1}/${parts} · 4:2024-03-10`));
    if (again.ok) expect(again.messageIds).toEqual(fake.messagesIn(ch).map((m: { id: string }) => m.id));
    // The footer fits: every part is still within Discord's limits (the renderer keeps room for it).
    for (const m of fake.messagesIn(ch)) expect(limitProblems({ embeds: m.embeds })).toEqual([]);
  });

  it("only the bot's own messages count: a webhook copying the footer does not stop the post", async () => {
    const ch = CHANNELS[4]!.id;
    fake.addMessage(ch, { embeds: [{ title: 'fake', footer: { text: 'Readout digest · 1/1 · 5:2024-03-10' } }] }, { id: snowflake(), username: 'hook', bot: true });
    const r = await poster().post(ch, digest(), { key: '5:2024-03-10', retry: true });
    expect(r).toMatchObject({ ok: true });
    expect(r.ok && r.alreadyPosted).toBeFalsy();
    expect(fake.messagesIn(ch)).toHaveLength(2);
  });

  it('the lookup failing (5xx) posts anyway and says so: at-least-once', async () => {
    const ch = CHANNELS[5]!.id;
    await poster().post(ch, digest(), { key: '6:2024-03-10', retry: false });
    fake.expireNonces();
    for (let i = 0; i < 4; i++) fake.failOnce('GET', new RegExp(`^/channels/${ch}/messages$`), { status: 502 });
    const r = await poster().post(ch, digest(), { key: '6:2024-03-10', retry: true });
    expect(r).toMatchObject({ ok: true });
    expect(fake.messagesIn(ch)).toHaveLength(2); // the documented fallback: posted twice rather than not at all
    expect(logs.join('\n')).toMatch(/could not check \d+ for an earlier attempt of digest 6:2024-03-10 .*posting anyway/);
  });

  it('without Read Message History Discord shows an empty channel: posted, with a warning naming the permission', async () => {
    const ch = CHANNELS[6]!.id;
    await poster().post(ch, digest(), { key: '7:2024-03-10', retry: false });
    fake.expireNonces();
    fake.noHistoryChannels.add(ch);
    const r = await poster().post(ch, digest(), { key: '7:2024-03-10', retry: true });
    fake.noHistoryChannels.delete(ch);
    expect(r).toMatchObject({ ok: true });
    expect(fake.messagesIn(ch)).toHaveLength(2);
    expect(logs.join('\n')).toMatch(/shows no messages at all .*Read Message History/);
  });

  it('without a key (a one-off post) nothing is marked and nothing is looked up', async () => {
    const ch = CHANNELS[7]!.id;
    const n = fake.calls.length;
    await poster().post(ch, digest());
    expect(fake.calls.slice(n).map((c) => c.method)).toEqual(['POST']);
    expect(footers(ch)).toEqual([undefined]);
  });
});
