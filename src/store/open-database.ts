// Opens the store: embedded PGlite in a directory (default ./.readout) or PostgreSQL when a URL is given.
import { openPglite } from './pglite-handle.js';
import { openPostgres } from './pg-handle.js';
import type { SqlHandle } from './sql.js';

export interface OpenDatabaseOptions {
  /** PGlite directory (default `.readout`); 'memory://' for an in-memory database. Ignored with databaseUrl. */
  dataDir?: string;
  /** postgres://… — use a PostgreSQL server instead of PGlite. */
  databaseUrl?: string;
  /** Keep every table in this schema (created when missing): test isolation, several apps on one server. */
  schema?: string;
}

export const DEFAULT_DATA_DIR = '.readout';

/** Schema names go into SQL text (CREATE SCHEMA, search_path), so only plain identifiers are accepted. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export async function openDatabase(opts: OpenDatabaseOptions = {}): Promise<SqlHandle> {
  if (opts.schema !== undefined && !SCHEMA_NAME.test(opts.schema)) {
    throw new Error(`Invalid schema name "${opts.schema}": use lower-case letters, digits and _ (max 63).`);
  }
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl, opts.schema);
  return openPglite(opts.dataDir ?? DEFAULT_DATA_DIR, opts.schema);
}
