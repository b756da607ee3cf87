import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlack, type SlackHandle } from '../../src/adapters/slack/start.js';
import { FAKE_APP_TOKEN, slashCommandFields, startFakeSlack, type FakeSlack } from '../fakes/fake-slack.js';
import { adapterCommands, appWith, blockText, recordingLog, slackEnv } from './helpers.js';

let fake: FakeSlack;
let slack: SlackHandle | undefined;
const { commands } = adapterCommands();
const { log, lines } = recordingLog();

beforeAll(async () => {
  fake = await startFakeSlack();
  slack = await startSlack(appWith(commands), slackEnv('socket'), { log, slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 }, commands });
});

afterAll(async () => {
  await slack?.stop();
  await fake?.close();
});

describe('Slack in Socket Mode (real Bolt, fake WebSocket)', () => {
  it('opens the connection with the app token', () => {
    expect(slack!.mode).toBe('socket');
    expect(fake.callsOf('apps.connections.open')[0]?.token).toBe(FAKE_APP_TOKEN);
  });

  it('a slash-command envelope is acked with the answer', async () => {
    const ack = await fake.sendEnvelope('slash_commands', slashCommandFields('/echo', 'over the socket', fake.responseUrl()));
    expect(ack.payload).toMatchObject({ response_type: 'ephemeral' });
    expect(blockText(ack.payload)).toContain('• over the socket');
  });

  it('a slow command is acked empty and answered through response_url', async () => {
    const ack = await fake.sendEnvelope('slash_commands', slashCommandFields('/slowpoke', '--public', fake.responseUrl('sock-slow')));
    expect(ack.payload ?? {}).toEqual({});
    const [post] = await fake.responsesFor('sock-slow');
    expect(post!.body).toMatchObject({ response_type: 'in_channel' });
  });

  it('a parse error is acked with the usage', async () => {
    const ack = await fake.sendEnvelope('slash_commands', slashCommandFields('/echo', '--bogus', fake.responseUrl()));
    expect(blockText(ack.payload)).toContain('/echo');
    expect(blockText(ack.payload)).toContain('--bogus');
  });

  it('stops cleanly: the socket closes and the log holds no token', async () => {
    await slack!.stop();
    slack = undefined;
    await fake.waitFor(() => fake.socketCount() === 0, 5000, 'the socket to close');
    expect(lines.join('\n')).not.toContain(FAKE_APP_TOKEN);
  });
});
