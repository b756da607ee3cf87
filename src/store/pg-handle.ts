// SqlHandle over a PostgreSQL server through a pg Pool; an optional schema holds every table (tests, replicas).
import pg from 'pg';
import type { SqlHandle, SqlResult } from './sql.js';

const { Pool, Client } = pg;

/** int8 as a JS number (ids, counts), date as its ISO text: the same on both engines (see pglite-handle). */
const typeParsers = new Map<number, (v: string) => unknown>([
  [20, (v) => Number(v)],
  [1082, (v) => v],
]);
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    typeParsers.get(oid) ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Any advisory-lock key works as long as every replica uses the same one. */
const EXTENSION_LOCK = 7_355_608;

/**
 * Prepares the server once: the schema, and pg_trgm in `public` (never in a test schema, which would take the
 * extension with it when dropped). Returns the schema pg_trgm lives in, for the search_path.
 */
async function prepareServer(url: string, schema?: string): Promise<string> {
  const client = new Client({ connectionString: url, types });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [EXTENSION_LOCK]);
    try {
      if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      const has = await client.query(`SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'`);
      if (has.rowCount === 0) {
        try {
          await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public');
        } catch (err) {
          throw new Error(
            `The pg_trgm extension is missing and could not be created (${(err as Error).message}). ` +
              'Run `CREATE EXTENSION pg_trgm;` in this database as an owner or superuser.',
          );
        }
      }
      const ext = await client.query<{ schema: string }>(
        `SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'`,
      );
      return ext.rows[0]?.schema ?? 'public';
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [EXTENSION_LOCK]);
    }
  } finally {
    await client.end();
  }
}

export async function openPostgres(url: string, schema?: string): Promise<SqlHandle> {
  const extSchema = await prepareServer(url, schema);
  const path = [...new Set([schema ?? '"$user"', 'public', extSchema])].join(',');
  const pool = new Pool({ connectionString: url, types, max: 10, options: `-c search_path=${path}` });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  let closed = false;
  const handle: SqlHandle = {
    engine: 'postgres',
    async query<R>(sql: string, params?: unknown[]): Promise<SqlResult<R>> {
      const r = await pool.query(sql, params);
      return { rows: r.rows as R[], affectedRows: r.rowCount ?? undefined };
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    async transaction<T>(fn: (tx: SqlHandle) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      const tx = clientHandle(client);
      try {
        await client.query('BEGIN');
        const out = await fn(tx);
        await client.query('COMMIT');
        return out;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
  return handle;
}

/** A handle bound to one checked-out connection; nested transaction() calls join the open one. */
function clientHandle(client: pg.PoolClient): SqlHandle {
  const self: SqlHandle = {
    engine: 'postgres',
    async query<R>(sql: string, params?: unknown[]): Promise<SqlResult<R>> {
      const r = await client.query(sql, params);
      return { rows: r.rows as R[], affectedRows: r.rowCount ?? undefined };
    },
    async exec(sql: string) {
      await client.query(sql);
    },
    transaction: (fn) => fn(self),
    close: async () => undefined,
  };
  return self;
}
