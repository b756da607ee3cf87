// The two Discord settings that only work together; a missing one is named with where to find it.
import type { Env } from '../../config/env.js';

export interface DiscordCredentials {
  token: string;
  applicationId: string;
}

const WHERE = {
  DISCORD_TOKEN: 'the bot token (Developer Portal → your application → Bot → Reset Token)',
  DISCORD_APPLICATION_ID: "the application's id (Developer Portal → your application → General Information → Application ID)",
} as const;

/** Both variables, or an Error whose message names the missing one(s); never includes the token itself. */
export function discordCredentials(env: Partial<Env>): DiscordCredentials {
  const missing = (['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID'] as const).filter((k) => !env[k]);
  if (missing.length === 2) {
    throw new Error(`Discord is not configured: set DISCORD_TOKEN to ${WHERE.DISCORD_TOKEN} and DISCORD_APPLICATION_ID to ${WHERE.DISCORD_APPLICATION_ID}.`);
  }
  if (missing.length === 1) {
    const [name] = missing as [keyof typeof WHERE];
    const other = name === 'DISCORD_TOKEN' ? 'DISCORD_APPLICATION_ID' : 'DISCORD_TOKEN';
    throw new Error(`${other} is set but ${name} is missing: set ${name} to ${WHERE[name]}.`);
  }
  if (!/^\d{15,21}$/.test(env.DISCORD_APPLICATION_ID!)) {
    throw new Error('DISCORD_APPLICATION_ID must be the numeric application id (General Information → Application ID), not the token or public key.');
  }
  return { token: env.DISCORD_TOKEN!.replace(/^Bot\s+/i, ''), applicationId: env.DISCORD_APPLICATION_ID! };
}
