import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSlackBolt } from '../../src/adapters/slack/app.js';
import { createSlackPoster } from '../../src/adapters/slack/poster.js';
import type { Answer } from '../../src/core/answer.js';
import { createLogger } from '../../src/log.js';
import { FAKE_BOT_TOKEN, FAKE_SIGNING_SECRET, startFakeSlack, type FakeSlack } from '../fakes/fake-slack.js';

const digest: Answer = {
  kind: 'result',
  title: 'Daily digest: Austin–Shoigu call',
  summary: 'Lloyd Austin and Sergei Shoigu spoke by phone.',
  sections: [{ lines: [{ text: '2022-10-21 — Lloyd Austin and Sergei Shoigu, by phone', cites: [0] }] }],
  citations: [{ article: 'a.txt', title: 'Defense chiefs speak', outlet: 'Example Times', date: '2022-10-22', url: null, evidence: 'They spoke by phone.' }],
  ephemeral: false,
};

let fake: FakeSlack;
let waits: number[];
const logLines: string[] = [];

function poster(over: Parameters<typeof createSlackPoster>[1] = {}) {
  // The Web API client exactly as the adapter configures it, pointed at the fake.
  const log = createLogger({ level: 'debug', write: (l) => logLines.push(l) });
  const { bolt } = createSlackBolt(
    { botToken: FAKE_BOT_TOKEN, mode: { kind: 'http', signingSecret: FAKE_SIGNING_SECRET, port: 0 } },
    { log, slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } },
  );
  return createSlackPoster(bolt.client, { sleep: async (ms) => void waits.push(ms), log, ...over });
}

beforeAll(async () => {
  fake = await startFakeSlack();
});
afterAll(async () => fake.close());
beforeEach(() => {
  fake.calls.length = 0;
  waits = [];
});

describe('Slack poster', () => {
  it('posts the answer through chat.postMessage, form-encoded with blocks as a JSON string', async () => {
    const r = await poster().post('C0DIGEST', digest);
    expect(r).toEqual({ ok: true, messageIds: [expect.stringMatching(/^1700000000\.\d+$/)] });
    const [call] = fake.callsOf('chat.postMessage');
    expect(call!.contentType).toContain('application/x-www-form-urlencoded');
    expect(call!.token).toBe(FAKE_BOT_TOKEN);
    expect(call!.params.channel).toBe('C0DIGEST');
    const blocks = JSON.parse(String(call!.params.blocks)) as { type: string; text?: { text: string } }[];
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: 'Daily digest: Austin–Shoigu call' } });
    expect(JSON.stringify(blocks)).toContain('Example Times, 2022-10-22');
    expect(call!.params.text).toContain('Daily digest');
  });

  it('a 429 is retried once after its Retry-After', async () => {
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 2 });
    const r = await poster().post('C0DIGEST', digest);
    expect(r.ok).toBe(true);
    expect(fake.callsOf('chat.postMessage')).toHaveLength(2);
    expect(waits).toEqual([2000]);
  });

  it('a 500 is retried with backoff', async () => {
    fake.failNext('chat.postMessage', { status: 500 });
    const r = await poster({ baseDelayMs: 250 }).post('C0DIGEST', digest);
    expect(r.ok).toBe(true);
    expect(fake.callsOf('chat.postMessage')).toHaveLength(2);
    expect(waits).toEqual([250]);
  });

  it('gives up after a bounded number of 5xx answers, as a temporary failure', async () => {
    for (let i = 0; i < 4; i++) fake.failNext('chat.postMessage', { status: 503 });
    const r = await poster({ baseDelayMs: 100, maxAttempts: 4 }).post('C0DIGEST', digest);
    expect(r).toMatchObject({ ok: false, permanent: false });
    expect(fake.callsOf('chat.postMessage')).toHaveLength(4);
    expect(waits).toEqual([100, 200, 400]);
  });

  it('a Retry-After longer than the wait budget fails at once instead of blocking', async () => {
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 600 });
    const r = await poster({ maxWaitMs: 60_000 }).post('C0DIGEST', digest);
    expect(r).toMatchObject({ ok: false, permanent: false });
    expect(waits).toEqual([]);
  });

  for (const error of ['channel_not_found', 'not_in_channel', 'is_archived', 'account_inactive']) {
    it(`${error} is a permanent failure with a hint, not retried`, async () => {
      fake.failNext('chat.postMessage', { error });
      const r = await poster().post('C0GONE', digest);
      expect(r).toMatchObject({ ok: false, permanent: true, reason: `Slack error ${error}` });
      if (!r.ok) expect(r.hint).toBeTruthy();
      if (!r.ok && error !== 'is_archived' && error !== 'account_inactive') expect(r.hint).toContain('/invite @Readout');
      expect(fake.callsOf('chat.postMessage')).toHaveLength(1);
    });
  }

  it('logs (debug level included) never show the bot token', () => {
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.join('\n')).not.toContain(FAKE_BOT_TOKEN);
  });
});
