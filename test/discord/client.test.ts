// End to end: real discord.js against the local fake Discord, answering from the real App (seed corpus in PGlite).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { App } from '../../src/app/app.js';
import { createApp } from '../../src/app/create-app.js';
import type { Answer } from '../../src/core/answer.js';
import { defineCommand } from '../../src/core/command.js';
import { loadEnv } from '../../src/config/env.js';
import { createLogger } from '../../src/log.js';
import { startDiscord, type DiscordHandle } from '../../src/adapters/discord/start.js';
import { limitProblems } from '../../src/adapters/discord/render-embeds.js';
import { startFakeDiscord, type FakeDiscord, type RecordedCall } from '../fakes/fake-discord.js';
import { callsOf, sendAutocomplete, sendCommand } from './payloads.js';

const EPHEMERAL = 64;
const logLines: string[] = [];
// A gate the slow test command waits on; opening it before the command starts is fine (no race with the defer).
const newGate = () => {
  let open: () => void = () => undefined;
  const wait = new Promise<void>((r) => (open = r));
  return { wait, open };
};
let gate = newGate();
const release = () => gate.open();

// Test-only commands beside the real ones: a failing one, a slow one, one with a very long answer.
const boom = defineCommand({
  name: 'boom', description: 'Always fails', options: z.object({}), examples: [],
  run: async () => {
    throw new Error(`database exploded while holding ${process.env.TEST_DISCORD_TOKEN}`);
  },
});
const slow = defineCommand({
  name: 'slow', description: 'Takes its time', options: z.object({ secret: z.boolean().default(false) }), examples: [], slow: true,
  run: async (_ctx, args): Promise<Answer> => {
    await gate.wait;
    gate = newGate();
    return { kind: args.secret ? 'empty' : 'result', title: 'Done', summary: 'Finished.', sections: [], citations: [], ephemeral: args.secret };
  },
});
const sluggish = defineCommand({
  name: 'sluggish', description: 'Not marked slow, but is', options: z.object({}), examples: [],
  run: async (): Promise<Answer> => {
    await gate.wait;
    gate = newGate();
    return { kind: 'result', title: 'Late', summary: 'Late but here.', sections: [], citations: [], ephemeral: false };
  },
});
const long = defineCommand({
  name: 'long', description: 'A very long answer', options: z.object({}), examples: [],
  run: async (): Promise<Answer> => ({
    kind: 'result',
    title: 'Everything',
    sections: [{ heading: 'All of it', lines: Array.from({ length: 400 }, (_, i) => ({ text: `Item ${i} **not bold** <@&123> @everyone ` + 'x'.repeat(200), cites: [i % 3] })) }],
    citations: [0, 1, 2].map((i) => ({ article: `a${i}.txt`, title: `T${i}`, outlet: `O${i}`, date: '2022-10-21', url: null, evidence: `E${i}` })),
    ephemeral: false,
  }),
});

let fake: FakeDiscord;
let app: App;
let discord: DiscordHandle;

beforeAll(async () => {
  fake = await startFakeDiscord();
  process.env.TEST_DISCORD_TOKEN = fake.token;
  const real = await createApp({ dataDir: 'memory://', seed: true });
  app = { ...real, commands: [...real.commands, boom, slow, sluggish, long], close: () => real.close() };
  const env = loadEnv({ DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId });
  const log = createLogger({ level: 'debug', env, write: (l) => void logLines.push(l) });
  discord = await startDiscord(app, env, { log, api: fake.api });
});
afterAll(async () => {
  await discord?.stop();
  await app?.close();
  await fake?.close();
});

const callback = (ix: { id: string; token: string }) => fake.waitForCall((c) => c.path === `/interactions/${ix.id}/${ix.token}/callback`);
const edit = (ix: { token: string }) => fake.waitForCall((c) => c.method === 'PATCH' && c.path.includes(`/${ix.token}/messages/@original`));
const followUp = (ix: { token: string }) => fake.waitForCall((c) => c.method === 'POST' && c.path.endsWith(`/${ix.token}`));
const embedText = (c: RecordedCall) => JSON.stringify((c.body.data ?? c.body).embeds ?? []);

describe('discord adapter end to end', () => {
  it('/who-called person:Shoigu names Lloyd Austin, both dates and the sources', async () => {
    const cmd = app.commands.find((c) => c.name === 'who-called')!;
    const ix = sendCommand(fake, 'who-called', { person: 'Shoigu' });
    const cb = await callback(ix);
    // A command marked slow is deferred and edited; a quick one answers in the callback itself.
    const answer = cmd.slow ? (expect(cb.body.type).toBe(5), await edit(ix)) : (expect(cb.body.type).toBe(4), cb);
    const text = embedText(answer);
    expect(text).toContain('Lloyd Austin');
    expect(text).toContain('2022-05-13');
    expect(text).toContain('2022-10-21');
    const embeds = (answer.body.data ?? answer.body).embeds as { fields?: { name: string; value: string }[] }[];
    const sources = embeds.flatMap((e) => e.fields ?? []);
    expect(sources.length).toBeGreaterThanOrEqual(2);
    for (const s of sources) expect(s.name).toMatch(/^\[\d+\] .+ · (\d{4}-\d{2}-\d{2}|undated)$/);
    // The May call is told by articles 001/002, the October call by 000/003/004: both must be cited.
    const cited = sources.map((s) => `${s.name}\n${s.value}`).join('\n');
    expect(cited).toMatch(/00[12]\\?_/);
    expect(cited).toMatch(/00[034]\\?_/);
    expect((answer.body.data ?? answer.body).allowed_mentions).toEqual({ parse: [] });
    expect((answer.body.data ?? answer.body).flags ?? 0).toBe(0);
  });

  it('autocomplete answers "shoi" with Sergei Shoigu', async () => {
    const ix = sendAutocomplete(fake, 'who-called', { person: 'shoi' }, 'person');
    const cb = await callback(ix);
    expect(cb.body.type).toBe(8);
    const choices = cb.body.data.choices as { name: string; value: string }[];
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices[0]?.value).toBe('Sergei Shoigu');
  });

  it('an unknown person gets an ephemeral message', async () => {
    const ix = sendCommand(fake, 'who-called', { person: 'Qwxzy Plonkovich' });
    const cb = await callback(ix);
    const msg = cb.body.type === 5 ? await followUp(ix) : cb;
    expect((msg.body.data ?? msg.body).flags & EPHEMERAL).toBe(EPHEMERAL);
    // Answered as an unknown name, not as a failure.
    expect(embedText(msg)).not.toContain('Something went wrong');
    expect(embedText(msg)).toContain('Qwxzy Plonkovich');
  });

  it('invalid options are answered privately with the usage', async () => {
    const ix = sendCommand(fake, 'who-called', { person: 'Shoigu', limit: 999 });
    const cb = await callback(ix);
    expect(cb.body.type).toBe(4);
    expect(cb.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(embedText(cb)).toContain('/who-called');
  });

  it('a handler error is answered privately, logged without the token, and the client keeps working', async () => {
    const ix = sendCommand(fake, 'boom');
    const cb = await callback(ix);
    expect(cb.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(embedText(cb)).toContain('Something went wrong');
    const logged = logLines.join('\n');
    expect(logged).toContain('database exploded');
    expect(logged).not.toContain(fake.token);
    const next = sendCommand(fake, 'help');
    expect((await callback(next)).body.type).toBe(4);
  });

  it('a slow command is deferred at once and its answer edits the placeholder', async () => {
    const ix = sendCommand(fake, 'slow');
    const cb = await callback(ix);
    expect(cb.body).toEqual({ type: 5, data: { flags: 0 } });
    release();
    expect(embedText(await edit(ix))).toContain('Finished.');
  });

  it('an ephemeral answer after a public defer replaces the placeholder with a private follow-up', async () => {
    const ix = sendCommand(fake, 'slow', { secret: true });
    await callback(ix);
    release();
    const msg = await followUp(ix);
    expect(msg.body.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(callsOf(fake, ix).some((c) => c.method === 'DELETE')).toBe(true);
  });

  it('a long answer is split into several messages, each within limits, none able to ping', async () => {
    const ix = sendCommand(fake, 'long');
    await callback(ix);
    await fake.waitForCall((c) => c.method === 'POST' && c.path.endsWith(`/${ix.token}`) && embedText(c).includes('"Sources"'));
    const messages = callsOf(fake, ix).map((c) => c.body.data ?? c.body);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(limitProblems({ embeds: m.embeds })).toEqual([]);
      expect(m.allowed_mentions).toEqual({ parse: [] });
    }
    const all = messages.map((m) => JSON.stringify(m.embeds)).join('');
    expect(all).toContain('\\\\*\\\\*not bold\\\\*\\\\*');
    expect(all).toMatch(/… and \d+ more/);
  });

  it('a direct message is answered from the shared corpus', async () => {
    const ix = sendCommand(fake, 'help', {}, { guildId: null });
    expect((await callback(ix)).body.type).toBe(4);
  });

  it('stop() finishes replies in flight before disconnecting', async () => {
    const second = await startFakeDiscord();
    const env = loadEnv({ DISCORD_TOKEN: second.token, DISCORD_APPLICATION_ID: second.applicationId });
    const d = await startDiscord(app, env, { log: createLogger({ level: 'error' }), api: second.api });
    const ix = sendCommand(second, 'slow');
    await second.waitForCall((c) => c.path === `/interactions/${ix.id}/${ix.token}/callback`);
    const stopped = d.stop();
    release();
    await stopped;
    expect(second.calls.some((c) => c.method === 'PATCH' && c.path.includes(ix.token))).toBe(true);
    await second.close();
  });

  it('a command not marked slow is deferred when it runs past the deadline', async () => {
    const second = await startFakeDiscord();
    const env = loadEnv({ DISCORD_TOKEN: second.token, DISCORD_APPLICATION_ID: second.applicationId });
    const d = await startDiscord(app, env, { log: createLogger({ level: 'error' }), api: second.api, deferAfterMs: 20 });
    const ix = sendCommand(second, 'sluggish');
    const cb = await second.waitForCall((c) => c.path === `/interactions/${ix.id}/${ix.token}/callback`);
    expect(cb.body.type).toBe(5);
    release();
    const msg = await second.waitForCall((c) => c.method === 'PATCH' && c.path.includes(ix.token));
    expect(JSON.stringify(msg.body)).toContain('Late but here.');
    await d.stop();
    await second.close();
  });

  it('runs two shards in one process without DATABASE_URL, each answering its own guild', async () => {
    // Guild ids chosen so that (id >> 22) % 2 puts one on each shard.
    const ids = ['175928847299117063', '175928847303311367'];
    expect(ids.map((id) => Number((BigInt(id) >> 22n) % 2n)).sort()).toEqual([0, 1]);
    const sharded = await startFakeDiscord({ shards: 2, guilds: ids.map((id, i) => ({ id, name: `g${i}`, channels: [{ id: `9${id.slice(1)}`, name: 'c' }] })) });
    const env = loadEnv({ DISCORD_TOKEN: sharded.token, DISCORD_APPLICATION_ID: sharded.applicationId });
    const d = await startDiscord(app, env, { log: createLogger({ level: 'error' }), api: sharded.api, shards: 2 });
    expect(sharded.identified.map((s) => s.join('/')).sort()).toEqual(['0/2', '1/2']);
    for (const guildId of ids) {
      const ix = sendCommand(sharded, 'help', {}, { guildId });
      const cb = await sharded.waitForCall((c) => c.path === `/interactions/${ix.id}/${ix.token}/callback`);
      expect(cb.body.type).toBe(4);
    }
    await d.stop();
    await sharded.close();
  });

  it('names the missing variable when only one Discord setting is present', async () => {
    await expect(startDiscord(app, loadEnv({ DISCORD_TOKEN: fake.token }), { log: createLogger({ level: 'error' }) })).rejects.toThrow(
      /DISCORD_TOKEN is set but DISCORD_APPLICATION_ID is missing/,
    );
    await expect(startDiscord(app, loadEnv({ DISCORD_APPLICATION_ID: fake.applicationId }), { log: createLogger({ level: 'error' }) })).rejects.toThrow(
      /DISCORD_APPLICATION_ID is set but DISCORD_TOKEN is missing/,
    );
  });
});
