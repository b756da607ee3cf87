// The one store contract suite: every engine must pass all of it (PGlite and PostgreSQL run the same tests).
import { expect, it } from 'vitest';
import type { SqlHandle } from '../../src/store/sql.js';
import { describeEngine } from '../helpers/test-db.js';
import { hostileContract } from './contract-hostile.js';
import { knowledgeContract } from './contract-knowledge.js';
import { schemaContract } from './contract-schema.js';
import { seedsContract } from './contract-seeds.js';
import { tenantContract } from './contract-tenants.js';

/** Runs every contract section against `getDb()`; each section resets the tables it uses. */
export function storeContract(getDb: () => SqlHandle): void {
  it('the database answers', async () => {
    expect((await getDb().query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });
  schemaContract(getDb);
  knowledgeContract(getDb);
  tenantContract(getDb);
  hostileContract(getDb);
  seedsContract(getDb);
}

/** The contract on one engine, with the engine's test database (see test/helpers/test-db.ts). */
export function describeStoreContract(engine: 'pglite' | 'postgres'): void {
  describeEngine(engine, 'store contract', storeContract);
}

