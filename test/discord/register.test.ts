import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { infoAnswer } from '../../src/core/answer.js';
import { defineCommand } from '../../src/core/command.js';
import { commandsJson } from '../../src/adapters/discord/command-json.js';
import { describeRegistration, registerCommands } from '../../src/adapters/discord/register.js';
import { registerCommandsCli } from '../../src/cli/register-commands.js';
import { commands } from '../../commands/index.js';
import { startFakeDiscord, type FakeDiscord } from '../fakes/fake-discord.js';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake.close();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const run = async () => infoAnswer('x');
const cmd = (name: string, description = name) => defineCommand({ name, description, options: z.object({ q: z.string().optional().describe('q') }), examples: [], run });

describe('register commands', () => {
  it('sends the generated JSON to the global route, then reports what changed', async () => {
    const base = { token: fake.token, applicationId: fake.applicationId, api: fake.api };
    const first = await registerCommands({ ...base, commands });
    const put = fake.calls.filter((c) => c.method === 'PUT' && c.path === `/applications/${fake.applicationId}/commands`).at(-1)!;
    expect(put.body).toEqual(JSON.parse(JSON.stringify(commandsJson(commands))));
    expect(put.auth).toBe(`Bot ${fake.token}`);
    expect(first.added.sort()).toEqual(commands.map((c) => c.name).sort());

    // Same list again: Discord echoes ids and defaults, yet nothing is reported as changed.
    const again = await registerCommands({ ...base, commands });
    expect(again).toMatchObject({ added: [], changed: [], removed: [] });
    expect(describeRegistration(again)).toContain('Nothing changed.');

    const next = await registerCommands({ ...base, commands: [cmd('help', 'Changed help'), cmd('brand-new')] });
    expect(next.added).toEqual(['brand-new']);
    expect(next.changed).toEqual(['help']);
    expect(next.removed.sort()).toEqual(commands.map((c) => c.name).filter((n) => n !== 'help').sort());
  });

  it('a guild id registers on the guild route only', async () => {
    const guildId = fake.guilds[0]!.id;
    const r = await registerCommands({ token: fake.token, applicationId: fake.applicationId, api: fake.api, guildId, commands });
    expect(r.scope).toEqual({ guildId });
    expect(fake.calls.some((c) => c.method === 'PUT' && c.path === `/applications/${fake.applicationId}/guilds/${guildId}/commands`)).toBe(true);
  });

  it('the CLI prints what changed and names a missing variable', async () => {
    const out: string[] = [];
    const err: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((m: string) => void out.push(m));
    vi.spyOn(console, 'error').mockImplementation((m: string) => void err.push(m));
    process.env.DISCORD_TOKEN = fake.token;
    delete process.env.DISCORD_APPLICATION_ID;
    expect(await registerCommandsCli(['--api', fake.api])).toBe(1);
    expect(err.join('\n')).toMatch(/DISCORD_TOKEN is set but DISCORD_APPLICATION_ID is missing/);
    expect(err.join('\n')).not.toContain(fake.token);

    process.env.DISCORD_APPLICATION_ID = fake.applicationId;
    const guildId = fake.guilds[0]!.id;
    expect(await registerCommandsCli(['--guild', guildId, '--api', fake.api])).toBe(0);
    expect(out.join('\n')).toContain(`commands in guild ${guildId}`);
    expect(await registerCommandsCli(['--bogus'])).toBe(2);
    delete process.env.DISCORD_TOKEN;
    delete process.env.DISCORD_APPLICATION_ID;
  });

  it('a rejected token is explained without printing it', async () => {
    const err: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((m: string) => void err.push(m));
    process.env.DISCORD_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.wrongwrongwrongwrongwrongwrongwrong';
    process.env.DISCORD_APPLICATION_ID = fake.applicationId;
    expect(await registerCommandsCli(['--global', '--api', fake.api])).toBe(1);
    expect(err.join('\n')).toMatch(/rejected DISCORD_TOKEN/);
    expect(err.join('\n')).not.toContain('wrongwrong');
    delete process.env.DISCORD_TOKEN;
    delete process.env.DISCORD_APPLICATION_ID;
  });
});
