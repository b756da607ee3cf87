// The Slack poster across retries and replicas: each part carries metadata (key, part); a retry, or a post whose
// answer was lost, reads conversations.history and skips what this bot already posted. Real Bolt WebClient, fake Slack.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSlackBolt } from '../../src/adapters/slack/app.js';
import { createSlackPoster, DIGEST_EVENT } from '../../src/adapters/slack/poster.js';
import type { Answer } from '../../src/core/answer.js';
import { createLogger } from '../../src/log.js';
import { FAKE_BOT_TOKEN, FAKE_SIGNING_SECRET, startFakeSlack, type FakeSlack } from '../fakes/fake-slack.js';

const digest = (lines = 1): Answer => ({
  kind: 'result',
  title: 'Daily digest — Sun 10 Mar 2024',
  summary: 'Lloyd Austin and Sergei Shoigu spoke by phone.',
  sections: Array.from({ length: lines }, (_, i) => ({ heading: `Story ${i}`, lines: [{ text: `2022-10-21 — line ${i}`, cites: [0] }] })),
  citations: [{ article: 'a.txt', title: 'Defense chiefs speak', outlet: 'Example Times', date: '2022-10-22', url: null, evidence: 'They spoke by phone.' }],
  ephemeral: false,
});

let fake: FakeSlack;
let logs: string[] = [];

function poster(over: Parameters<typeof createSlackPoster>[1] = {}) {
  const log = createLogger({ level: 'debug', write: (l) => logs.push(l) });
  const { bolt } = createSlackBolt(
    { botToken: FAKE_BOT_TOKEN, mode: { kind: 'http', signingSecret: FAKE_SIGNING_SECRET, port: 0 } },
    { log, slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } },
  );
  return createSlackPoster(bolt.client, { sleep: async () => undefined, log, ...over });
}

beforeAll(async () => {
  fake = await startFakeSlack();
});
afterAll(async () => fake.close());
beforeEach(() => {
  fake.calls.length = 0;
  logs = [];
});

const history = () => fake.callsOf('conversations.history');

describe('Slack poster: idempotency key', () => {
  it('each part carries metadata with the key and its index; a first attempt reads nothing', async () => {
    const r = await poster().post('C0META', digest(), { key: '1:2024-03-10', retry: false });
    expect(r.ok).toBe(true);
    expect(history()).toHaveLength(0);
    expect(JSON.parse(String(fake.callsOf('chat.postMessage')[0]!.params.metadata))).toEqual({ event_type: DIGEST_EVENT, event_payload: { key: '1:2024-03-10', part: 0 } });
    expect(fake.messagesIn('C0META')[0]!.metadata).toEqual({ event_type: DIGEST_EVENT, event_payload: { key: '1:2024-03-10', part: 0 } });
  });

  for (const [what, failure] of [['a 500', { status: 500, accept: true }], ['a cut connection', { drop: true, accept: true }]] as const) {
    it(`${what} after Slack posted the message: the poster's own retry finds it and does not post again`, async () => {
      const ch = `C0LOST${what.length}`;
      fake.failNext('chat.postMessage', failure);
      const r = await poster().post(ch, digest(), { key: '2:2024-03-10', retry: false });
      expect(r).toEqual({ ok: true, messageIds: [fake.messagesIn(ch)[0]!.ts], alreadyPosted: 1 });
      expect(fake.messagesIn(ch)).toHaveLength(1);
      expect(fake.callsOf('chat.postMessage')).toHaveLength(1);
      expect(history()[0]!.params).toMatchObject({ channel: ch, limit: '50', include_all_metadata: 'true' });
    });
  }

  it('a retry finds the earlier post and posts nothing', async () => {
    const first = await poster().post('C0AGAIN', digest(), { key: '3:2024-03-10', retry: false });
    const again = await poster().post('C0AGAIN', digest(), { key: '3:2024-03-10', retry: true });
    expect(again).toEqual({ ok: true, messageIds: first.ok ? first.messageIds : [], alreadyPosted: 1 });
    expect(fake.messagesIn('C0AGAIN')).toHaveLength(1);
  });

  it('a multi-part digest of which only the first part went out: the retry posts the rest, once', async () => {
    const p = poster({ maxMessages: 3, maxAttempts: 1 });
    const big = digest(60);
    const parts = (await poster({ maxMessages: 3 }).post('C0COUNT', big)).ok ? fake.messagesIn('C0COUNT').length : 0;
    expect(parts).toBeGreaterThanOrEqual(2);
    // Part 0 goes out, part 1 is answered 503: the delivery fails half-way.
    const gate = fake.waitFor(() => fake.callsOf('chat.postMessage').some((c) => c.params.channel === 'C0PARTS'));
    void gate.then(() => fake.failNext('chat.postMessage', { status: 503 }));
    const first = await p.post('C0PARTS', big, { key: '4:2024-03-10', retry: false });
    expect(first).toMatchObject({ ok: false, permanent: false, reason: expect.stringMatching(/1 of \d+ messages were posted/) });
    expect(fake.messagesIn('C0PARTS')).toHaveLength(1);
    const again = await p.post('C0PARTS', big, { key: '4:2024-03-10', retry: true });
    expect(again).toMatchObject({ ok: true, alreadyPosted: 1 });
    expect(fake.messagesIn('C0PARTS').map((m) => m.metadata?.event_payload.part)).toEqual(Array.from({ length: parts }, (_, k) => k));
  });

  it("only this bot's messages count: another app's message with the same metadata does not stop the post", async () => {
    fake.addMessage('C0OTHER', { bot_id: 'B0OTHER', metadata: { event_type: DIGEST_EVENT, event_payload: { key: '5:2024-03-10', part: 0 } } });
    const r = await poster().post('C0OTHER', digest(), { key: '5:2024-03-10', retry: true });
    expect(r.ok && r.alreadyPosted).toBeFalsy();
    expect(fake.messagesIn('C0OTHER')).toHaveLength(2);
  });

  for (const error of ['missing_scope', 'not_in_channel']) {
    it(`the lookup refused (${error}): posted anyway, with a warning saying what to fix`, async () => {
      const ch = `C0${error.toUpperCase()}`;
      await poster().post(ch, digest(), { key: '6:2024-03-10', retry: false });
      fake.failNext('conversations.history', { error });
      const r = await poster().post(ch, digest(), { key: '6:2024-03-10', retry: true });
      expect(r).toMatchObject({ ok: true });
      expect(fake.messagesIn(ch)).toHaveLength(2); // the documented at-least-once fallback
      expect(logs.join('\n')).toMatch(new RegExp(`could not check ${ch} for an earlier attempt .*Slack error ${error}.*posting anyway.*(channels:history|/invite @Readout)`));
    });
  }

  it('the lookup failing with a 5xx: posted anyway', async () => {
    fake.failNext('conversations.history', { status: 503 });
    const r = await poster().post('C0HIST5XX', digest(), { key: '7:2024-03-10', retry: true });
    expect(r).toMatchObject({ ok: true });
    expect(fake.messagesIn('C0HIST5XX')).toHaveLength(1);
    expect(logs.join('\n')).toMatch(/could not check C0HIST5XX .*HTTP 503.*posting anyway/);
  });

  it('without a key (a one-off post) nothing is marked and nothing is looked up', async () => {
    fake.failNext('chat.postMessage', { status: 500 });
    await poster().post('C0PLAIN', digest());
    expect(fake.callsOf('chat.postMessage')[0]!.params.metadata).toBeUndefined();
    expect(history()).toHaveLength(0);
  });
});
