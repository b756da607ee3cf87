// Wires the store, the knowledge queries and the commands into one App that every adapter and test uses.
import type { AnyCommand } from '../core/command.js';
import type { Knowledge } from '../core/knowledge.js';
import type { SqlHandle } from '../store/sql.js';

export interface AppOptions {
  /** PGlite directory; ignored when databaseUrl is set. Use 'memory://' for an in-memory database (tests). */
  dataDir?: string;
  databaseUrl?: string;
  /** Ingest data/articles (the seed corpus) at start when the store is empty. Default true. */
  seed?: boolean;
  log?: (msg: string) => void;
}

export interface App {
  db: SqlHandle;
  knowledge: Knowledge;
  commands: readonly AnyCommand[];
  /** Extra services commands use (digests, feeds), by name. */
  services: Record<string, unknown>;
  close(): Promise<void>;
}

// createApp(options): Promise<App> is implemented in src/app/create-app.ts.
