// Several replicas on one PostgreSQL schema: migrations race safely, concurrent ingests store each article once.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { ingestArticles } from '../../src/ingest/ingest.js';
import { migrate, MIGRATIONS_DIR } from '../../src/store/migrate.js';
import { openDatabase } from '../../src/store/open-database.js';
import type { SqlHandle } from '../../src/store/sql.js';
import { describeEngine, dropSchema, TEST_PG_URL } from '../helpers/test-db.js';

const SEEDS = fileURLToPath(new URL('../../data/articles/', import.meta.url));
const seeds = readdirSync(SEEDS).map((f) => ({ file: f, text: readFileSync(join(SEEDS, f), 'utf8') }));

describeEngine('postgres', 'replicas on one schema', () => {
  it('three replicas starting at once apply each migration exactly once and ingest each article once', async () => {
    const schema = `replicas_${process.pid}_${Date.now() % 100000}`;
    const dbs: SqlHandle[] = [];
    try {
      for (let i = 0; i < 3; i++) dbs.push(await openDatabase({ databaseUrl: TEST_PG_URL, schema }));
      const applied = await Promise.all(dbs.map((db) => migrate(db)));
      const files = readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')).sort();
      expect(applied.flat().sort()).toEqual(files);
      const results = await Promise.all(dbs.map((db) => ingestArticles(db, seeds)));
      expect(results.reduce((n, r) => n + r.added, 0)).toBe(5);
      expect(results.flatMap((r) => r.failed)).toEqual([]);
      const n = await dbs[0]!.query<{ n: number }>('SELECT count(*)::int AS n FROM articles');
      expect(n.rows[0]?.n).toBe(5);
    } finally {
      await Promise.allSettled(dbs.map((d) => d.close()));
      await dropSchema(schema);
    }
  });
});
