import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlack, type SlackHandle } from '../../src/adapters/slack/start.js';
import { usage } from '../../src/core/command-options.js';
import { FAKE_BOT_TOKEN, FAKE_SIGNING_SECRET, FAKE_TEAM, postSignedCommand, slackSignature, slashCommandFields, startFakeSlack, type FakeSlack } from '../fakes/fake-slack.js';
import { adapterCommands, appWith, blockText, recordingLog, slackEnv } from './helpers.js';

let fake: FakeSlack;
let slack: SlackHandle;
let url: string;
const { commands, runs, gate } = adapterCommands();
const { log, lines } = recordingLog();

beforeAll(async () => {
  fake = await startFakeSlack({ users: [{ id: 'U0ADMIN', is_admin: true }, { id: 'U0ASKER' }] });
  const env = slackEnv('http', { SLACK_ADMIN_USER_IDS: 'U0BOSS, U0OTHER' });
  slack = await startSlack(appWith(commands), env, { log, slackApiUrl: fake.apiUrl, port: 0, host: '127.0.0.1', retryConfig: { retries: 0 }, commands, fastAckMs: 300 });
  url = `http://127.0.0.1:${slack.port}/slack/events`;
});

afterAll(async () => {
  gate.open();
  await slack?.stop();
  await fake?.close();
});

const send = (command: string, text: string, over: Record<string, string> = {}, responseId?: string) =>
  postSignedCommand(url, slashCommandFields(command, text, fake.responseUrl(responseId), over));

describe('Slack in HTTP mode (real Bolt, signed requests)', () => {
  it('verified the bot token with auth.test on start', () => {
    expect(slack.mode).toBe('http');
    expect(fake.callsOf('auth.test')[0]?.token).toBe(FAKE_BOT_TOKEN);
  });

  it('a signed command is answered in the HTTP body, ephemeral unless --public is asked', async () => {
    const r = await send('/echo', 'hello world times:2');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ response_type: 'ephemeral' });
    expect(blockText(r.body).match(/• hello world/g)).toHaveLength(2);
    expect(blockText(r.body)).toContain('Example Times, 2022-05-13');
    const pub = await send('/echo', 'hello --public');
    expect(pub.body).toMatchObject({ response_type: 'in_channel' });
    expect(blockText(pub.body)).toContain('• hello  [1]');
    expect(blockText(pub.body)).not.toContain('--public');
  });

  it('a bad signature gets 401 and reaches no handler', async () => {
    const before = runs.echo ?? 0;
    const r = await postSignedCommand(url, slashCommandFields('/echo', 'hi', fake.responseUrl()), { secret: 'not-the-secret' });
    expect(r.status).toBe(401);
    expect(runs.echo ?? 0).toBe(before);
  });

  it('a correctly signed request six minutes old gets 401 and reaches no handler', async () => {
    const before = runs.echo ?? 0;
    const old = Math.floor(Date.now() / 1000) - 6 * 60;
    const fields = slashCommandFields('/echo', 'hi', fake.responseUrl());
    const body = new URLSearchParams(fields).toString();
    const r = await postSignedCommand(url, fields, { timestamp: old, signature: slackSignature(FAKE_SIGNING_SECRET, old, body) });
    expect(r.status).toBe(401);
    expect(runs.echo ?? 0).toBe(before);
  });

  it('options that do not parse get the usage, ephemerally, without running the command', async () => {
    const before = runs.echo ?? 0;
    const r = await send('/echo', 'hi times:9');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ response_type: 'ephemeral' });
    expect(blockText(r.body)).toContain(usage(commands[0]!).replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    expect(runs.echo ?? 0).toBe(before);
  });

  it('a slow command is acked at once (empty body) and answered through response_url', async () => {
    const r = await send('/slowpoke', '', {}, 'slow-1');
    expect(r.status).toBe(200);
    expect(r.text).toBe('');
    const [post] = await fake.responsesFor('slow-1');
    expect(post!.body).toMatchObject({ response_type: 'ephemeral' });
    expect(blockText(post!.body)).toContain('finally');
  });

  it('a command that is not ready in time is acked empty, then answered through response_url', async () => {
    const r = await send('/late', '--public', {}, 'late-1');
    expect(r.status).toBe(200);
    expect(r.text).toBe('');
    gate.open();
    const [post] = await fake.responsesFor('late-1');
    expect(post!.body).toMatchObject({ response_type: 'in_channel' });
    expect(blockText(post!.body)).toContain('after the ack');
  });

  it('manage rights come from users.info (admins) or SLACK_ADMIN_USER_IDS, with the workspace as tenant', async () => {
    await send('/manage', '', { user_id: 'U0ADMIN' }, 'm-admin');
    await send('/manage', '', { user_id: 'U0ASKER' }, 'm-user');
    await fake.responsesFor('m-admin');
    await fake.responsesFor('m-user');
    expect(fake.callsOf('users.info').map((c) => c.params.user)).toEqual(['U0ADMIN', 'U0ASKER']);
    const infoCalls = fake.callsOf('users.info').length;
    await send('/manage', '', { user_id: 'U0BOSS' }, 'm-boss');
    const text = async (id: string) => blockText((await fake.responsesFor(id))[0]!.body);
    expect(await text('m-admin')).toContain(`canManage=true tenant=${FAKE_TEAM} user=U0ADMIN`);
    expect(await text('m-user')).toContain('canManage=false');
    expect(await text('m-boss')).toContain('canManage=true');
    expect(fake.callsOf('users.info').length).toBe(infoCalls);
  });

  it('an error inside a command becomes an ephemeral apology, and the log shows no token', async () => {
    const r = await send('/boom', '--public');
    expect(r.body).toMatchObject({ response_type: 'ephemeral' });
    expect(blockText(r.body)).toContain('Something went wrong');
    const logged = lines.join('\n');
    expect(logged).toContain('database said no to');
    expect(logged).not.toContain(FAKE_BOT_TOKEN);
  });

  it('"nothing found" stays ephemeral even when --public is asked', async () => {
    const r = await send('/nothing', '--public');
    expect(r.body).toMatchObject({ response_type: 'ephemeral' });
    expect(blockText(r.body)).toContain('Nothing found');
  });

  it('the poster reaches chat.postMessage on the fake Web API', async () => {
    const r = await slack.poster.post('C0DIGEST', { kind: 'info', title: 'Digest', sections: [], citations: [], ephemeral: false });
    expect(r.ok).toBe(true);
    const call = fake.callsOf('chat.postMessage').at(-1)!;
    expect(call.params.channel).toBe('C0DIGEST');
    expect(JSON.parse(String(call.params.blocks))[0]).toMatchObject({ type: 'header', text: { text: 'Digest' } });
  });

  it('a long answer is split: 50 blocks in the ack, the rest through response_url, all within limits', async () => {
    const r = await send('/long', '', {}, 'long-1');
    const rest = await fake.responsesFor('long-1', 2);
    const bodies = [r.body!, ...rest.map((p) => p.body)];
    expect(bodies).toHaveLength(3);
    for (const b of bodies) {
      const blocks = b.blocks as { type: string; text?: { text: string } }[];
      expect(blocks.length).toBeLessThanOrEqual(50);
      for (const block of blocks) expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(block.type === 'header' ? 150 : 3000);
      expect(blockText(b)).not.toContain('<!channel>');
    }
    expect(blockText(bodies[2])).toMatch(/… and \d+ more lines?/);
  });

  it('a command the Slack app lists but Readout lacks gets a private answer, not a timeout', async () => {
    const r = await send('/gone', 'anything');
    expect(r.body).toMatchObject({ response_type: 'ephemeral' });
    expect(blockText(r.body)).toContain('Readout has no /gone');
    expect(blockText(r.body)).toContain('/echo');
  });

  it('answers a health check', async () => {
    const r = await fetch(`http://127.0.0.1:${slack.port}/healthz`);
    expect(r.status).toBe(200);
  });
});
