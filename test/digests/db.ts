// Databases for the digest tests: PGlite in memory, or several pools on one fresh schema of the real PostgreSQL server.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate } from '../../src/store/migrate.js';
import { openDatabase } from '../../src/store/open-database.js';
import type { SqlHandle } from '../../src/store/sql.js';

export const PG_URL = process.env.READOUT_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Whether the PostgreSQL server answers; under CI=true an unreachable server is a test failure, never a skip. */
export async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (err) {
    if (process.env.CI === 'true') throw new Error(`PostgreSQL at ${PG_URL} is unreachable under CI: ${(err as Error).message}`);
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function openPgliteDb(): Promise<SqlHandle> {
  const db = await openDatabase({ dataDir: 'memory://' });
  await migrate(db);
  return db;
}

/** `count` handles, each its own pg pool (a replica), on one new schema; `drop` removes the schema. */
export async function openPostgresReplicas(count: number): Promise<{ dbs: SqlHandle[]; drop(): Promise<void> }> {
  const schema = `digests_${randomBytes(5).toString('hex')}`;
  const dbs: SqlHandle[] = [];
  for (let i = 0; i < count; i++) dbs.push(await openDatabase({ databaseUrl: PG_URL, schema }));
  await migrate(dbs[0]!);
  return {
    dbs,
    async drop() {
      await Promise.allSettled(dbs.map((d) => d.close()));
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}

/** Empties the digest tables between tests that share one database. */
export async function resetDigests(db: SqlHandle): Promise<void> {
  await db.exec('TRUNCATE digest_deliveries, digest_subscriptions, schedule_runs RESTART IDENTITY CASCADE');
}
