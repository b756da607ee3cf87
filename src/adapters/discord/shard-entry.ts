// Entry of one shard process spawned by ShardingManager: its own App on PostgreSQL, its shards from the manager's env.
import { appFromEnv } from '../../cli/app-from-env.js';
import { startDiscord } from './start.js';

const apiAt = process.argv.indexOf('--api');
const api = apiAt >= 0 ? process.argv[apiAt + 1] : undefined;

const { app, env, log } = await appFromEnv();
// No `shards` here: discord.js reads SHARDS / SHARD_COUNT that the manager put in this process's environment.
const discord = await startDiscord(app, env, { log, api }).catch(async (err: unknown) => {
  log.error('discord shard: could not start', err);
  await app.close();
  process.exit(1);
});

let closing = false;
const shutdown = async () => {
  if (closing) return;
  closing = true;
  await discord.stop().catch((err: unknown) => log.error('discord shard: error while stopping', err));
  await app.close().catch(() => undefined);
  process.exit(0);
};
process.once('SIGTERM', () => void shutdown());
process.once('SIGINT', () => void shutdown());
