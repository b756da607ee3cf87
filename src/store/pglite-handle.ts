// SqlHandle over embedded PGlite: one in-process PostgreSQL with pg_trgm, WAL kept small, a directory lock.
import { PGlite, types, type Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { lockDirectory, type DirectoryLock } from './lockfile.js';
import type { SqlHandle, SqlResult } from './sql.js';

/** int8 as a JS number (ids, counts), date as its ISO text: the same on both engines. */
export const sharedParsers = {
  [types.INT8]: (v: string) => Number(v),
  [types.DATE]: (v: string) => v,
};

/**
 * PGlite runs one backend without a checkpointer, so WAL segments pile up (800 MB after 20,000 articles with the
 * default max_wal_size of 1 GB). A small max_wal_size plus the CHECKPOINT in maintain() keeps pg_wal at ~64 MB.
 */
const startParams = [...PGlite.defaultStartParams, '-c', 'max_wal_size=64MB', '-c', 'min_wal_size=32MB'];

export async function openPglite(dataDir: string, schema?: string): Promise<SqlHandle> {
  const memory = dataDir.startsWith('memory://');
  const lock: DirectoryLock | null = memory ? null : lockDirectory(dataDir);
  let pg: PGlite;
  try {
    pg = await PGlite.create({
      dataDir: memory ? undefined : dataDir,
      extensions: { pg_trgm },
      parsers: sharedParsers,
      startParams,
    });
    await pg.exec('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    if (schema) await pg.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}; SET search_path TO ${schema}, public`);
  } catch (err) {
    lock?.release();
    throw err;
  }
  let closed = false;
  return {
    ...wrap(pg),
    engine: 'pglite',
    transaction: (fn) => pg.transaction((tx) => fn(wrapTx(tx))),
    async close() {
      if (closed) return;
      closed = true;
      try {
        await pg.close();
      } finally {
        lock?.release();
      }
    },
  };
}

type Queryable = Pick<PGlite, 'query' | 'exec'> | Transaction;

function wrap(q: Queryable): Pick<SqlHandle, 'query' | 'exec'> {
  return {
    async query<R>(sql: string, params?: unknown[]): Promise<SqlResult<R>> {
      const r = await q.query<R>(sql, params as unknown[] | undefined);
      return { rows: r.rows, affectedRows: r.affectedRows };
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  };
}

/** Inside a transaction, nested transaction() calls join the outer one (PGlite has one connection). */
function wrapTx(tx: Transaction): SqlHandle {
  const self: SqlHandle = {
    ...wrap(tx),
    engine: 'pglite',
    transaction: (fn) => fn(self),
    close: async () => undefined,
  };
  return self;
}
