// Builds the App: open the store, migrate, ingest the seed corpus into an empty store, wire knowledge and commands.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { commands } from '../../commands/index.js';
import { SHARED_TENANT } from '../core/knowledge.js';
import { ingestArticles } from '../ingest/ingest.js';
import { readArticleFiles } from '../ingest/read-article-files.js';
import { createPostgresKnowledge } from '../store/knowledge-store.js';
import { maintain } from '../store/maintain.js';
import { migrate } from '../store/migrate.js';
import { openDatabase } from '../store/open-database.js';
import type { SqlHandle } from '../store/sql.js';
import type { App, AppOptions } from './app.js';

/** data/articles of the package, wherever the process was started from. */
export const SEED_DIR = fileURLToPath(new URL('../../data/articles/', import.meta.url));

export async function createApp(opts: AppOptions): Promise<App> {
  const log = opts.log ?? (() => undefined);
  const db = await openDatabase({ dataDir: opts.dataDir, databaseUrl: opts.databaseUrl });
  try {
    const applied = await migrate(db);
    if (applied.length > 0) {
      log(`Database migrations applied: ${applied.join(', ')}`);
      // New columns and indexes need statistics before the planner uses them well (PGlite has no autovacuum).
      await maintain(db);
    }
    if (opts.seed !== false) await seedIfEmpty(db, log);
  } catch (err) {
    await db.close().catch(() => undefined);
    throw err;
  }
  let closed = false;
  return {
    db,
    knowledge: createPostgresKnowledge(db),
    commands,
    services: {},
    async close() {
      if (closed) return;
      closed = true;
      await db.close();
    },
  };
}

/** The seed corpus goes in once: a store that already has shared articles is left alone (restarts, replicas). */
async function seedIfEmpty(db: SqlHandle, log: (msg: string) => void): Promise<void> {
  const has = await db.query('SELECT 1 FROM articles WHERE tenant = $1 LIMIT 1', [SHARED_TENANT]);
  if (has.rows.length > 0 || !existsSync(SEED_DIR)) return;
  const raws = await readArticleFiles([SEED_DIR]);
  const r = await ingestArticles(db, raws);
  log(`Seed corpus: ${r.added} articles ingested${r.failed.length ? `, ${r.failed.length} failed` : ''}`);
}
