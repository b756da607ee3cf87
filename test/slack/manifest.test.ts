import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { PLACEHOLDER_URL, slackManifest, slackUsageHint } from '../../src/adapters/slack/manifest.js';
import { usage } from '../../src/core/command-options.js';
import { slackManifestCli } from '../../src/cli/slack-manifest.js';

function runCli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return slackManifestCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }).then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
}

describe('Slack app manifest', () => {
  it('lists every command of commands/ with its description and a usage hint derived from usage()', () => {
    const m = slackManifest({ commands, url: 'https://bot.example.org/slack/events' });
    expect(m.features.slash_commands.map((c) => c.command)).toEqual(commands.map((c) => `/${c.name}`));
    for (const [i, cmd] of commands.entries()) {
      const entry = m.features.slash_commands[i]!;
      expect(entry.description).toBe(cmd.description);
      expect(entry.should_escape).toBe(false);
      expect(entry.url).toBe('https://bot.example.org/slack/events');
      expect(`/${cmd.name} ${entry.usage_hint}`.startsWith(usage(cmd))).toBe(true);
      expect(entry.usage_hint).toContain('[--public]');
    }
    expect(m.settings.socket_mode_enabled).toBe(false);
    expect(m.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['commands', 'chat:write', 'users:read', 'channels:history', 'groups:history']));
  });

  it('Socket Mode needs no URL', () => {
    const m = slackManifest({ commands, socket: true });
    expect(m.settings.socket_mode_enabled).toBe(true);
    expect(m.features.slash_commands.every((c) => c.url === undefined)).toBe(true);
  });

  it('the usage hint of /who-called shows its options', () => {
    const who = commands.find((c) => c.name === 'who-called')!;
    expect(slackUsageHint(who)).toMatch(/^\[<person>\] \[with:/);
  });

  it('`readout slack-manifest --url` prints JSON Slack accepts as a manifest', async () => {
    const r = await runCli(['--url', 'https://bot.example.org/slack/events']);
    expect(r.code).toBe(0);
    const m = JSON.parse(r.out) as ReturnType<typeof slackManifest>;
    expect(m.display_information.name).toBe('Readout');
    expect(m.features.slash_commands[0]!.url).toBe('https://bot.example.org/slack/events');
    expect(r.err).toBe('');
  });

  it('without --url it prints a placeholder and says so; --socket needs none', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(PLACEHOLDER_URL);
    expect(r.err).toContain('no --url');
    const s = await runCli(['--socket']);
    expect(JSON.parse(s.out).settings.socket_mode_enabled).toBe(true);
    expect(s.err).toBe('');
  });

  it('refuses a URL that is not https, and unknown options', async () => {
    expect((await runCli(['--url=http://bot.example.org/slack/events'])).code).toBe(2);
    expect((await runCli(['--url', 'not a url'])).err).toContain('https');
    expect((await runCli(['--yaml'])).code).toBe(2);
  });
});
