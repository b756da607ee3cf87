// One process per gateway shard through discord.js's ShardingManager, for bots in more than ~2,500 guilds.
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager } from 'discord.js';
import type { Logger } from '../../log.js';

/** Discord's recommended shard count (GET /gateway/bot), asked through our REST so a local server works too. */
export async function recommendedShards(token: string, api?: string): Promise<number> {
  const rest = new REST(api ? { api } : {}).setToken(token);
  const info = (await rest.get(Routes.gatewayBot())) as { shards?: number };
  return Math.max(1, info.shards ?? 1);
}

function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    // SIGTERM lets the shard finish its replies in flight (see shard-entry.ts).
    child.kill('SIGTERM');
  });
}

export async function startShardProcesses(
  token: string,
  opts: { shards: number | 'auto'; log: Logger; api?: string; spawnDelayMs?: number },
): Promise<{ stop(): Promise<void>; manager: ShardingManager }> {
  const total = opts.shards === 'auto' ? await recommendedShards(token, opts.api) : opts.shards;
  const file = fileURLToPath(new URL('./shard-entry.ts', import.meta.url));
  const manager = new ShardingManager(file, {
    token,
    totalShards: total,
    mode: 'process',
    respawn: true,
    execArgv: ['--import', 'tsx'],
    shardArgs: opts.api ? ['--api', opts.api] : [],
  });
  manager.on('shardCreate', (shard) => {
    opts.log.info(`discord: shard ${shard.id + 1}/${total} starting`);
    shard.on('death', () => manager.respawn && opts.log.warn(`discord: shard ${shard.id} exited; restarting it`));
  });
  opts.log.info(`discord: spawning ${total} shard process(es)`);
  await manager.spawn({ amount: total, delay: opts.spawnDelayMs ?? 5_500, timeout: 120_000 });
  return {
    manager,
    async stop() {
      manager.respawn = false;
      await Promise.all([...manager.shards.values()].map((s) => (s.process ? stopChild(s.process, 15_000) : Promise.resolve())));
    },
  };
}
