// The digest scheduler suites on PGlite, the single-instance default (three runners share one embedded database).
import { afterAll } from 'vitest';
import type { SqlHandle } from '../../src/store/sql.js';
import { openPgliteDb } from './db.js';
import { idempotentSuite } from './idempotent-suite.js';
import { replicasSuite } from './replicas-suite.js';
import { schedulerSuite } from './scheduler-suite.js';

// One PGlite per file (a new one costs ~1.3 s and ~700 MB); the suites reset the digest tables between tests.
let shared: Promise<SqlHandle> | null = null;
const openShared = async () => {
  const db = await (shared ??= openPgliteDb());
  return { dbs: [db, db, db], close: async () => undefined };
};
afterAll(async () => {
  if (shared) await (await shared).close();
});

schedulerSuite('PGlite', openShared);
replicasSuite('PGlite', openShared);
idempotentSuite('PGlite', openShared);
