// ShardingManager for real: with DATABASE_URL, `--shards 2` runs two shard processes that share PostgreSQL.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { App } from '../../src/app/app.js';
import { createApp } from '../../src/app/create-app.js';
import { loadEnv } from '../../src/config/env.js';
import { createLogger } from '../../src/log.js';
import { startDiscord, type DiscordHandle } from '../../src/adapters/discord/start.js';
import { startFakeDiscord, type FakeDiscord } from '../fakes/fake-discord.js';
import { sendCommand } from './payloads.js';

const ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/test';
// A database of its own (per run), so the shard processes never meet other suites' TRUNCATEs.
const DB = `readout_discord_shards_${process.pid}`;
const URL_ = `postgres://postgres@127.0.0.1:5432/${DB}`;

async function ensureDatabase(): Promise<boolean> {
  const c = new pg.Client(ADMIN_URL);
  try {
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${DB}`);
    return true;
  } catch (err) {
    if (process.env.CI === 'true') throw new Error(`PostgreSQL at ${ADMIN_URL} is required in CI: ${String(err)}`);
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

const available = await ensureDatabase();
const ids = ['175928847299117063', '175928847303311367']; // (id >> 22) % 2 = 0 and 1

let fake: FakeDiscord;
let app: App;
let discord: DiscordHandle;

describe.skipIf(!available)('discord shard processes', () => {
  beforeAll(async () => {
    fake = await startFakeDiscord({ shards: 2, guilds: ids.map((id, i) => ({ id, name: `g${i}`, channels: [{ id: `9${id.slice(1)}`, name: 'c' }] })) });
    // Seeds the shared database once, before the shard processes open it.
    app = await createApp({ databaseUrl: URL_, seed: true });
    // The shard processes inherit this environment (ShardingManager passes process.env on).
    Object.assign(process.env, { DATABASE_URL: URL_, DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, READOUT_LOG_LEVEL: 'warn' });
    discord = await startDiscord(app, loadEnv(process.env), { log: createLogger({ level: 'warn' }), api: fake.api, shards: 'auto', spawnDelayMs: 200 });
  }, 180_000);
  afterAll(async () => {
    await discord?.stop();
    await app?.close();
    await fake?.close();
    for (const k of ['DATABASE_URL', 'DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'READOUT_LOG_LEVEL']) delete process.env[k];
    const c = new pg.Client(ADMIN_URL);
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
    await c.end();
  });

  it('"auto" takes the recommended count, and each process answers the guilds of its shard', async () => {
    expect(discord.client).toBeNull(); // the gateway lives in the children
    expect(fake.identified.map((s) => s.join('/')).sort()).toEqual(['0/2', '1/2']);
    for (const guildId of ids) {
      const ix = sendCommand(fake, 'who-called', { person: 'Shoigu' }, { guildId });
      const cb = await fake.waitForCall((c) => c.path === `/interactions/${ix.id}/${ix.token}/callback`, 30_000);
      const msg = cb.body.type === 5 ? await fake.waitForCall((c) => c.method === 'PATCH' && c.path.includes(ix.token), 30_000) : cb;
      expect(JSON.stringify(msg.body)).toContain('Lloyd Austin');
    }
  });

  it('stop() ends the shard processes', async () => {
    await discord.stop();
    await vi.waitFor(() => expect(fake.connectedShards()).toEqual([]), { timeout: 5_000 });
  });
});
