// `readout start`: opens the store, then connects every configured platform; with none, the terminal chat.
import type { Poster } from '../core/delivery.js';
import { appFromEnv } from './app-from-env.js';
import { startTerminal } from '../adapters/terminal/repl.js';

type Stop = () => Promise<void>;

export function parseShards(argv: string[]): number | 'auto' | undefined | Error {
  const i = argv.findIndex((a) => a === '--shards' || a.startsWith('--shards='));
  if (i < 0) return undefined;
  const raw = argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  if (raw === 'auto') return 'auto';
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : new Error('--shards takes a positive number or "auto"');
}

export async function startCli(argv: string[]): Promise<number> {
  const shards = parseShards(argv);
  if (shards instanceof Error) {
    console.error(shards.message);
    return 2;
  }
  const { app, env, log } = await appFromEnv();
  const stops: Stop[] = [];
  const posters: Partial<Record<'discord' | 'slack', Poster>> = {};
  const wantsDiscord = Boolean(env.DISCORD_TOKEN || env.DISCORD_APPLICATION_ID);
  const wantsSlack = Boolean(env.SLACK_BOT_TOKEN || env.SLACK_SIGNING_SECRET || env.SLACK_APP_TOKEN);
  try {
    if (wantsDiscord) {
      const { startDiscord } = await import('../adapters/discord/start.js');
      const discord = await startDiscord(app, env, { shards, log });
      stops.push(discord.stop);
      if ('poster' in discord && discord.poster) posters.discord = discord.poster as Poster;
    }
    if (wantsSlack) {
      const { startSlack } = await import('../adapters/slack/start.js');
      const slack = await startSlack(app, env, { log });
      stops.push(slack.stop);
      if ('poster' in slack && slack.poster) posters.slack = slack.poster as Poster;
    }
  } catch (err) {
    log.error('Could not start', err);
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    await app.close();
    return 1;
  }
  const { startBackground } = await import('./background.js');
  const stopBackground = await startBackground(app, env, posters, log);
  if (!wantsDiscord && !wantsSlack) {
    log.info('No Discord or Slack tokens configured: starting the terminal chat on the local corpus.');
    await startTerminal(app, { log });
    await stopBackground();
    await app.close();
    return 0;
  }
  stops.push(stopBackground);
  await new Promise<void>((resolve) => {
    const shutdown = (signal: string) => {
      log.info(`${signal}: shutting down`);
      resolve();
    };
    process.once('SIGINT', () => shutdown('SIGINT'));
    process.once('SIGTERM', () => shutdown('SIGTERM'));
  });
  for (const stop of stops.reverse()) await stop().catch((err: unknown) => log.error('Error while stopping', err));
  await app.close();
  return 0;
}
