// Test databases on both engines: one migrated in-memory PGlite per test file, PostgreSQL in a fresh schema per run.
//
// Usage (any test file that needs the store):
//
//   import { describeEngines, truncateAll } from '../helpers/test-db.js';
//   describeEngines('feeds store', (getDb) => {
//     beforeEach(() => truncateAll(getDb()));       // cheap reset; a new PGlite costs ~1.3 s and ~700 MB
//     it('…', async () => { const db = getDb(); … });
//   });
//
// - describeEngines(title, body) runs `body` twice: on PGlite ('memory://') and on PostgreSQL at
//   READOUT_TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test), in schema `t_<random>` that is
//   dropped afterwards. describeEngine(engine, title, body) registers one of them. When PostgreSQL is unreachable
//   the PostgreSQL half FAILS under CI=true and is skipped with a loud warning otherwise (POSTGRES_PROBLEM says why).
// - openTestDatabases() gives the handles directly: pglite() (shared per file), postgres() (a fresh schema each
//   call, or null when unreachable outside CI), and closeAll() to close them and drop the schemas.
// - truncateAll(db) empties every table of the schema except schema_migrations and restarts identities.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { migrate } from '../../src/store/migrate.js';
import { openDatabase } from '../../src/store/open-database.js';
import type { SqlHandle } from '../../src/store/sql.js';

export const TEST_PG_URL = process.env.READOUT_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let reachable: Promise<string | null> | null = null;

/** null when PostgreSQL answers, else the reason it does not. */
function postgresProblem(): Promise<string | null> {
  reachable ??= (async () => {
    const client = new pg.Client({ connectionString: TEST_PG_URL, connectionTimeoutMillis: 3000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT 1');
      return null;
    } catch (err) {
      return (err as Error).message || String(err);
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return reachable;
}

export interface TestDatabases {
  pglite(): Promise<SqlHandle>;
  postgres(): Promise<SqlHandle | null>;
  closeAll(): Promise<void>;
}

let sharedPglite: Promise<SqlHandle> | null = null;

export function openTestDatabases(): TestDatabases {
  const opened: { db: SqlHandle; schema: string | null }[] = [];
  return {
    async pglite() {
      sharedPglite ??= (async () => {
        const db = await openDatabase({ dataDir: 'memory://' });
        await migrate(db);
        return db;
      })();
      return sharedPglite;
    },
    async postgres() {
      const problem = await postgresProblem();
      if (problem !== null) {
        if (process.env.CI === 'true') throw new Error(`PostgreSQL at ${TEST_PG_URL} is unreachable under CI=true: ${problem}`);
        return null;
      }
      const schema = `t_${randomBytes(6).toString('hex')}`;
      const db = await openDatabase({ databaseUrl: TEST_PG_URL, schema });
      await migrate(db);
      opened.push({ db, schema });
      return db;
    },
    async closeAll() {
      for (const { db, schema } of opened.splice(0)) {
        await db.close().catch(() => undefined);
        if (schema) await dropSchema(schema);
      }
    },
  };
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

/** Empties every table of the current schema except schema_migrations. */
export async function truncateAll(db: SqlHandle): Promise<void> {
  const r = await db.query<{ t: string }>(
    `SELECT quote_ident(tablename) AS t FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'schema_migrations'`,
  );
  if (r.rows.length > 0) await db.exec(`TRUNCATE ${r.rows.map((x) => x.t).join(', ')} RESTART IDENTITY CASCADE`);
}

/**
 * Why PostgreSQL cannot be used, or null when it answers. Resolved once when this module loads (top-level await),
 * so suites can be skipped at collection time.
 */
export const POSTGRES_PROBLEM: string | null = await postgresProblem();
if (POSTGRES_PROBLEM !== null && process.env.CI !== 'true') {
  console.warn(`\n!!! PostgreSQL at ${TEST_PG_URL} is unreachable (${POSTGRES_PROBLEM}): PostgreSQL tests SKIPPED !!!\n`);
}

/**
 * Registers `body` for one engine: a migrated handle in `getDb()`, closed (and its schema dropped) after the suite.
 * PostgreSQL unreachable: the suite is skipped loudly, or under CI=true replaced by one failing test.
 */
export function describeEngine(
  engine: 'pglite' | 'postgres',
  title: string,
  body: (getDb: () => SqlHandle) => void,
): void {
  const name = `${title} [${engine}]`;
  if (engine === 'postgres' && POSTGRES_PROBLEM !== null) {
    if (process.env.CI === 'true') {
      describe(name, () => {
        it('needs PostgreSQL, which is unreachable under CI=true', () => {
          throw new Error(`PostgreSQL at ${TEST_PG_URL} is unreachable: ${POSTGRES_PROBLEM}`);
        });
      });
    } else {
      describe.skip(name, () => body(() => {
        throw new Error('skipped');
      }));
    }
    return;
  }
  describe(name, () => {
    const dbs = openTestDatabases();
    let db: SqlHandle | null = null;
    beforeAll(async () => {
      db = engine === 'pglite' ? await dbs.pglite() : await dbs.postgres();
    });
    afterAll(() => dbs.closeAll());
    body(() => {
      if (db === null) throw new Error('database not open yet');
      return db;
    });
  });
}

/** describeEngine for both engines. */
export function describeEngines(title: string, body: (getDb: () => SqlHandle, engine: 'pglite' | 'postgres') => void): void {
  for (const engine of ['pglite', 'postgres'] as const) describeEngine(engine, title, (getDb) => body(getDb, engine));
}
