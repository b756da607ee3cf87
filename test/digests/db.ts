// Databases for the digest tests: PGlite in memory, or several pools (replicas) on one fresh PostgreSQL schema.
import { randomBytes } from 'node:crypto';
import { migrate } from '../../src/store/migrate.js';
import { openDatabase } from '../../src/store/open-database.js';
import type { SqlHandle } from '../../src/store/sql.js';
import { dropSchema, TEST_PG_URL } from '../helpers/test-db.js';

export async function openPgliteDb(): Promise<SqlHandle> {
  const db = await openDatabase({ dataDir: 'memory://' });
  await migrate(db);
  return db;
}

/** `count` handles, each its own pg pool (a replica), on one new schema; `drop` closes them and removes the schema. */
export async function openPostgresReplicas(count: number): Promise<{ dbs: SqlHandle[]; drop(): Promise<void> }> {
  const schema = `digests_${randomBytes(5).toString('hex')}`;
  const dbs: SqlHandle[] = [];
  for (let i = 0; i < count; i++) dbs.push(await openDatabase({ databaseUrl: TEST_PG_URL, schema }));
  await migrate(dbs[0]!);
  return {
    dbs,
    async drop() {
      await Promise.allSettled(dbs.map((d) => d.close()));
      await dropSchema(schema);
    },
  };
}

/** Empties the digest tables between tests that share one database (the seeded articles stay). */
export async function resetDigests(db: SqlHandle): Promise<void> {
  await db.exec('TRUNCATE digest_deliveries, digest_subscriptions, schedule_runs RESTART IDENTITY CASCADE');
}
