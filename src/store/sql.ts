// The one database handle every store module uses: PGlite and node-postgres both fit behind it.

export interface SqlResult<R> {
  rows: R[];
  affectedRows?: number;
}

export interface SqlHandle {
  /** A single parameterised statement ($1, $2 …). */
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<SqlResult<R>>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs fn inside BEGIN/COMMIT on one connection; rolls back when fn throws. */
  transaction<T>(fn: (tx: SqlHandle) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** 'pglite' | 'postgres', for the few places that must differ (VACUUM, locks). */
  readonly engine: 'pglite' | 'postgres';
}
