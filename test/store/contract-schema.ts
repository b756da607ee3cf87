// Contract: migrations apply once, transactions commit or roll back whole, on one connection.
import { describe, expect, it } from 'vitest';
import { migrate } from '../../src/store/migrate.js';
import type { SqlHandle } from '../../src/store/sql.js';

export function schemaContract(getDb: () => SqlHandle): void {
  describe('schema and transactions', () => {
    it('migrations are recorded and a second run applies nothing', async () => {
      const db = getDb();
      expect(await migrate(db)).toEqual([]);
      const r = await db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
      expect(r.rows.map((x) => x.name)).toContain('001_core.sql');
      const tables = await db.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = current_schema()`);
      expect(tables.rows.map((x) => x.t)).toEqual(
        expect.arrayContaining(['articles', 'persons', 'person_names', 'contacts', 'quotes', 'stories', 'article_persons']),
      );
    });

    it('a transaction that throws leaves nothing behind', async () => {
      const db = getDb();
      await expect(
        db.transaction(async (tx) => {
          await tx.query(`INSERT INTO stories (id, title) VALUES ('rollback-me', 't')`);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect((await db.query(`SELECT 1 FROM stories WHERE id = 'rollback-me'`)).rows).toHaveLength(0);
    });

    it('a transaction runs on one connection (its own uncommitted rows are visible to it)', async () => {
      const db = getDb();
      const seen = await db.transaction(async (tx) => {
        await tx.query(`INSERT INTO stories (id, title) VALUES ('tx-visible', 't')`);
        const inner = await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
        const again = await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
        const r = await tx.query('SELECT 1 FROM stories WHERE id = $1', ['tx-visible']);
        return { rows: r.rows.length, same: inner.rows[0]?.pid === again.rows[0]?.pid };
      });
      expect(seen).toEqual({ rows: 1, same: true });
      await db.query(`DELETE FROM stories WHERE id = 'tx-visible'`);
    });
  });
}
