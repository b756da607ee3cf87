// `readout register-commands [--guild ID] [--global] [--dry-run]`: deploy the slash commands and print what changed.
import { DiscordAPIError } from 'discord.js';
import { discordCredentials } from '../adapters/discord/credentials.js';
import { commandsJson } from '../adapters/discord/command-json.js';
import { describeRegistration, registerCommands } from '../adapters/discord/register.js';
import { loadEnv, redactSecrets, type Env } from '../config/env.js';
import { loadDotEnv } from './app-from-env.js';

const HELP = `Usage: readout register-commands [--guild ID] [--global] [--dry-run]

Deploys Readout's slash commands to Discord (needs DISCORD_TOKEN and DISCORD_APPLICATION_ID).
  --guild ID   register in one server only: changes show at once (use while developing)
  --global     register for every server, even when DISCORD_GUILD_ID is set
  --dry-run    print the command JSON instead of sending it
  --api URL    REST base of a Discord-compatible server (default https://discord.com/api)`;

function flagValue(argv: string[], name: string): string | undefined | Error {
  const i = argv.findIndex((a) => a === name || a.startsWith(name + '='));
  if (i < 0) return undefined;
  const v = argv[i]!.includes('=') ? argv[i]!.slice(name.length + 1) : argv[i + 1];
  return v && !v.startsWith('--') ? v : new Error(`${name} needs a value`);
}

export async function registerCommandsCli(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(HELP);
    return 0;
  }
  const known = new Set(['--guild', '--global', '--dry-run', '--api']);
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i]!.split('=')[0]!;
    if (!known.has(name)) {
      console.error(`Unknown argument "${argv[i]!.slice(0, 40)}".\n\n${HELP}`);
      return 2;
    }
    if ((name === '--guild' || name === '--api') && !argv[i]!.includes('=')) i++; // skip its value
  }
  const guildFlag = flagValue(argv, '--guild');
  const api = flagValue(argv, '--api');
  for (const v of [guildFlag, api]) {
    if (v instanceof Error) {
      console.error(v.message);
      return 2;
    }
  }
  const { commands } = await import('../../commands/index.js');
  if (argv.includes('--dry-run')) {
    console.log(JSON.stringify(commandsJson(commands), null, 2));
    return 0;
  }
  let env: Env;
  try {
    loadDotEnv();
    env = loadEnv();
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    return 2;
  }
  const guildId = argv.includes('--global') ? undefined : ((guildFlag as string | undefined) ?? env.DISCORD_GUILD_ID);
  if (guildId && !/^\d{15,21}$/.test(guildId)) {
    console.error(`--guild takes the numeric server id (Developer Mode → right-click the server → Copy Server ID), not "${guildId.slice(0, 40)}".`);
    return 2;
  }
  try {
    const creds = discordCredentials(env);
    const result = await registerCommands({ ...creds, guildId, commands, api: api as string | undefined });
    console.log(describeRegistration(result));
    if (result.scope === 'global') console.log('Global commands can take a few minutes to show in every server; use --guild ID for instant updates while developing.');
    return 0;
  } catch (err) {
    console.error(redactSecrets(explain(err, guildId), env));
    return 1;
  }
}

function explain(err: unknown, guildId: string | undefined): string {
  if (err instanceof DiscordAPIError) {
    if (err.status === 401) return 'Discord rejected DISCORD_TOKEN (401 Unauthorized). Reset the token under Bot in the Developer Portal.';
    if (err.code === 50001 && guildId) {
      return `The bot cannot register commands in guild ${guildId} (Missing Access): invite it there with the applications.commands scope.`;
    }
    if (err.status === 403 || err.status === 404) return `Discord refused (${err.status}): ${err.message}. Check DISCORD_APPLICATION_ID and the guild id.`;
    return `Discord refused the commands (${err.status}, code ${err.code}): ${err.message}`;
  }
  return `Could not register commands: ${err instanceof Error ? err.message : String(err)}`;
}
