import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import type { App } from '../../src/app/app.js';
import { createApp } from '../../src/app/create-app.js';
import { startSlack, type SlackHandle } from '../../src/adapters/slack/start.js';
import { postSignedCommand, slashCommandFields, startFakeSlack, type FakeSlack } from '../fakes/fake-slack.js';
import { blockText, recordingLog, slackEnv } from './helpers.js';

// The real App on the seed corpus, the real commands, real Bolt: what a Slack user would see.
let app: App;
let fake: FakeSlack;
let slack: SlackHandle;
let url: string;
const { log } = recordingLog();

beforeAll(async () => {
  app = await createApp({ dataDir: 'memory://', seed: true });
  fake = await startFakeSlack();
  slack = await startSlack(app, slackEnv('http'), { log, slackApiUrl: fake.apiUrl, port: 0, host: '127.0.0.1', retryConfig: { retries: 0 }, commands });
  url = `http://127.0.0.1:${slack.port}/slack/events`;
}, 60_000);

afterAll(async () => {
  await slack?.stop();
  await fake?.close();
  await app?.close();
});

/** The answer, whether it came back in the HTTP body or (deferred) through response_url. */
async function ask(command: string, text: string): Promise<{ body: Record<string, unknown>; text: string }> {
  const id = `${command.slice(1)}-${Math.random().toString(36).slice(2)}`;
  const r = await postSignedCommand(url, slashCommandFields(command, text, fake.responseUrl(id)));
  expect(r.status).toBe(200);
  const body = r.body?.blocks ? r.body : (await fake.responsesFor(id, 1, 15_000))[0]!.body;
  return { body, text: blockText(body) };
}

describe('Slack on the seed corpus (real App, real commands, real Bolt)', () => {
  it('/who-called Shoigu names Lloyd Austin on 2022-05-13 and 2022-10-21, with sources', async () => {
    const { body, text } = await ask('/who-called', 'Shoigu');
    expect(body.response_type).toBe('ephemeral');
    expect(text).toContain('Lloyd Austin');
    expect(text).toContain('2022-05-13');
    expect(text).toContain('2022-10-21');
    expect(text).toContain('*Sources*');
    expect(text).toMatch(/^\*\[1\]\* .+ — /m);
    expect(text).toContain('The Moscow Times, 2022-10-21');
    // Every evidence shown is a sentence of a seed article, unchanged but for Slack's escaping.
    const seeds = readdirSync('data/articles').map((f) => readFileSync(join('data/articles', f), 'utf8')).join('\n').replace(/\s+/g, ' ');
    const evidences = [...text.matchAll(/^> “(.*)”$/gm)].map((m) => m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/…$/, ''));
    expect(evidences.length).toBeGreaterThanOrEqual(2);
    for (const e of evidences) expect(seeds).toContain(e);
  });

  it('/who-called Shoigu with:Austin --public is posted in the channel', async () => {
    const { body, text } = await ask('/who-called', 'Shoigu with:Austin --public');
    expect(body.response_type).toBe('in_channel');
    expect(text).toContain('Lloyd Austin');
  });

  it('an option that does not parse answers privately with the usage', async () => {
    const { body, text } = await ask('/who-called', 'Shoigu since:yesterday');
    expect(body.response_type).toBe('ephemeral');
    expect(text).toContain('/who-called');
    expect(text).toContain('since');
  });

  it('/help lists every command', async () => {
    const { text } = await ask('/help', '');
    for (const c of commands) expect(text).toContain(`/${c.name}`);
  });
});
