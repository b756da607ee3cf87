import { describe, expect, it } from 'vitest';
import { slackConfig, startSlack } from '../../src/adapters/slack/start.js';
import { loadEnv } from '../../src/config/env.js';
import { FAKE_APP_TOKEN, FAKE_BOT_TOKEN, FAKE_SIGNING_SECRET, startFakeSlack } from '../fakes/fake-slack.js';
import { appWith, recordingLog } from './helpers.js';

const config = (vars: Record<string, string>) => () => slackConfig(loadEnv(vars));

describe('Slack configuration', () => {
  it('HTTP mode with the signing secret, on SLACK_PORT (default 3000)', () => {
    expect(config({ SLACK_BOT_TOKEN: FAKE_BOT_TOKEN, SLACK_SIGNING_SECRET: FAKE_SIGNING_SECRET })()).toEqual({
      botToken: FAKE_BOT_TOKEN,
      mode: { kind: 'http', signingSecret: FAKE_SIGNING_SECRET, port: 3000 },
    });
    expect(config({ SLACK_BOT_TOKEN: FAKE_BOT_TOKEN, SLACK_SIGNING_SECRET: 's3cret', SLACK_PORT: '8080' })().mode).toMatchObject({ port: 8080 });
  });

  it('Socket Mode with the app token', () => {
    expect(config({ SLACK_BOT_TOKEN: FAKE_BOT_TOKEN, SLACK_APP_TOKEN: FAKE_APP_TOKEN })().mode).toEqual({ kind: 'socket', appToken: FAKE_APP_TOKEN });
  });

  it('names what is missing', () => {
    expect(config({ SLACK_BOT_TOKEN: FAKE_BOT_TOKEN })).toThrow(/SLACK_BOT_TOKEN is set but neither SLACK_SIGNING_SECRET nor SLACK_APP_TOKEN/);
    expect(config({ SLACK_SIGNING_SECRET: 's3cret' })).toThrow(/SLACK_SIGNING_SECRET is set but SLACK_BOT_TOKEN is missing/);
    expect(config({ SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_APP_TOKEN: FAKE_APP_TOKEN })).toThrow(/starts with xoxb-/);
    expect(config({ SLACK_BOT_TOKEN: FAKE_BOT_TOKEN, SLACK_APP_TOKEN: 'xoxb-wrong-kind' })).toThrow(/starts with xapp-/);
  });

  it('messages about tokens never print them', () => {
    try {
      config({ SLACK_BOT_TOKEN: 'xoxp-secret-user-token', SLACK_APP_TOKEN: FAKE_APP_TOKEN })();
    } catch (err) {
      expect(String(err)).not.toContain('xoxp-secret-user-token');
      return;
    }
    expect.fail('should have thrown');
  });

  it('a token Slack rejects stops the start with a clear error', async () => {
    const fake = await startFakeSlack();
    const { log, lines } = recordingLog();
    const env = loadEnv({ SLACK_BOT_TOKEN: 'xoxb-revoked-token', SLACK_SIGNING_SECRET: FAKE_SIGNING_SECRET });
    try {
      await expect(startSlack(appWith([]), env, { log, slackApiUrl: fake.apiUrl, port: 0, host: '127.0.0.1' })).rejects.toThrow(
        /Slack: could not start in HTTP mode: could not verify SLACK_BOT_TOKEN with Slack \(auth.test\): .*invalid_auth/,
      );
    } finally {
      await fake.close();
    }
    expect(lines.join('\n')).not.toContain('xoxb-revoked-token');
  });
});

describe('Slack start failures', () => {
  it('a port already in use is named in the error', async () => {
    const fake = await startFakeSlack();
    const { log } = recordingLog();
    const env = loadEnv({ SLACK_BOT_TOKEN: FAKE_BOT_TOKEN, SLACK_SIGNING_SECRET: FAKE_SIGNING_SECRET });
    try {
      await expect(startSlack(appWith([]), env, { log, slackApiUrl: fake.apiUrl, port: fake.port, host: '127.0.0.1' })).rejects.toThrow(
        new RegExp(`could not listen on port ${fake.port} \\(SLACK_PORT\\)`),
      );
    } finally {
      await fake.close();
    }
  });
});

describe('Slack start failures in Socket Mode', () => {
  it('an app token Slack rejects is named in the error', async () => {
    const fake = await startFakeSlack();
    const { log, lines } = recordingLog();
    const env = loadEnv({ SLACK_BOT_TOKEN: FAKE_BOT_TOKEN, SLACK_APP_TOKEN: 'xapp-1-revoked-app-token' });
    try {
      await expect(startSlack(appWith([]), env, { log, slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } })).rejects.toThrow(
        /could not open the Socket Mode connection with SLACK_APP_TOKEN: .*invalid_auth/,
      );
    } finally {
      await fake.close();
    }
    expect(lines.join('\n')).not.toContain('xapp-1-revoked-app-token');
  });
});
