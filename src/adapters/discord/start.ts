// `readout start` for Discord: log in, route interactions, keep the name index warm, shut down gracefully.
import { Events, type Client } from 'discord.js';
import type { App } from '../../app/app.js';
import type { Env } from '../../config/env.js';
import type { Poster } from '../../core/delivery.js';
import { SHARED_TENANT, type Tenant } from '../../core/knowledge.js';
import type { Logger } from '../../log.js';
import { createNameIndex } from './autocomplete.js';
import { createDiscordClient } from './client.js';
import { discordCredentials } from './credentials.js';
import { createInteractionHandler } from './interactions.js';
import { createDiscordPoster } from './poster.js';
import { startShardProcesses } from './shard-manager.js';

export interface StartDiscordOptions {
  /** Gateway shards; needed from 2,500 guilds. 'auto' takes Discord's recommendation. */
  shards?: number | 'auto';
  log: Logger;
  /** REST base of a local Discord-compatible server (tests, bench); the gateway URL comes from it. */
  api?: string;
  readyTimeoutMs?: number;
  /** A command not marked slow is deferred when it has not answered after this long (default 2 s). */
  deferAfterMs?: number;
  /** How long stop() waits for replies in flight. */
  drainMs?: number;
  /** Delay between spawning shard processes (Discord allows one IDENTIFY per 5 s per bucket). */
  spawnDelayMs?: number;
}

export interface DiscordHandle {
  stop(): Promise<void>;
  /** For digests: posts an Answer to a channel through REST (works from any process, no gateway needed). */
  poster: Poster;
  /** Reloads autocomplete names (after an ingest); a no-op in the shard-manager process. */
  refreshNames(tenant?: Tenant): Promise<void>;
  /** The gateway client of this process; null when shards run in child processes. */
  client: Client | null;
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms)));
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

export async function startDiscord(app: App, env: Env, opts: StartDiscordOptions): Promise<DiscordHandle> {
  const { log } = opts;
  const creds = discordCredentials(env);
  const poster = createDiscordPoster({ token: creds.token, api: opts.api }, { log });

  if (opts.shards !== undefined && env.DATABASE_URL) {
    // One process per shard: each opens its own App on the shared PostgreSQL.
    const procs = await startShardProcesses(creds.token, { shards: opts.shards, log, api: opts.api, spawnDelayMs: opts.spawnDelayMs });
    return { poster, client: null, refreshNames: async () => undefined, stop: procs.stop };
  }
  if (opts.shards !== undefined) {
    // An embedded PGlite directory can be opened by one process only, so its shards share this process.
    log.info(`discord: running ${opts.shards} shard(s) inside this process (set DATABASE_URL to run one process per shard)`);
  }

  const names = createNameIndex(app.knowledge, { log });
  await names.refresh(SHARED_TENANT);
  const shardOpts = opts.shards === undefined ? {} : opts.shards === 'auto' ? { shards: 'auto' as const } : { shards: [...Array(opts.shards).keys()], shardCount: opts.shards };
  const client = createDiscordClient({ api: opts.api, ...shardOpts });
  const handler = createInteractionHandler({ app, log, names, deferAfterMs: opts.deferAfterMs });
  client.on(Events.InteractionCreate, handler.onInteraction);
  // Without an 'error' listener an emitted error would end the process.
  client.on(Events.Error, (err) => log.error('discord: client error', err));
  client.on(Events.Warn, (msg) => log.warn(`discord: ${msg}`));
  let stopping: Promise<void> | null = null;
  client.on(Events.ShardDisconnect, (ev, id) => !stopping && log.warn(`discord: shard ${id} disconnected (${ev.code})`));
  client.on(Events.ShardReconnecting, (id) => !stopping && log.info(`discord: shard ${id} reconnecting`));

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(creds.token);
    await withTimeout(ready, opts.readyTimeoutMs ?? 60_000, 'Connecting to Discord');
  } catch (err) {
    names.stop();
    await client.destroy();
    const why = err instanceof Error ? err.message : String(err);
    throw new Error(/token/i.test(why) ? `Discord rejected DISCORD_TOKEN: ${why}` : `Could not connect to Discord: ${why}`);
  }
  if (client.application && client.application.id !== creds.applicationId) {
    log.warn(`discord: DISCORD_APPLICATION_ID is ${creds.applicationId} but the token belongs to application ${client.application.id}; commands are registered under DISCORD_APPLICATION_ID`);
  }
  log.info(`discord: connected as ${client.user?.tag ?? '?'} in ${client.guilds.cache.size} guild(s)`);

  return {
    poster,
    client,
    refreshNames: (tenant) => names.refresh(tenant),
    stop() {
      stopping ??= (async () => {
        // Finish the replies in flight first: a user who asked before shutdown still gets an answer.
        await handler.drain(opts.drainMs ?? 10_000);
        names.stop();
        await client.destroy();
      })();
      return stopping;
    },
  };
}
