// The digest scheduler suites on the real PostgreSQL server, three pg pools = three replicas. CI=true: must be reachable.
import { describe, it } from 'vitest';
import { POSTGRES_PROBLEM, TEST_PG_URL } from '../helpers/test-db.js';
import { openPostgresReplicas } from './db.js';
import { idempotentSuite } from './idempotent-suite.js';
import { replicasSuite } from './replicas-suite.js';
import { schedulerSuite } from './scheduler-suite.js';

const open = async () => {
  const { dbs, drop } = await openPostgresReplicas(3);
  return { dbs, close: drop };
};

if (POSTGRES_PROBLEM !== null && process.env.CI === 'true') {
  describe('digests on PostgreSQL', () => {
    it('needs PostgreSQL, which is unreachable under CI=true', () => {
      throw new Error(`PostgreSQL at ${TEST_PG_URL} is unreachable: ${POSTGRES_PROBLEM}`);
    });
  });
} else {
  describe.skipIf(POSTGRES_PROBLEM !== null)('digests on PostgreSQL', () => {
    schedulerSuite('PostgreSQL', open);
    replicasSuite('PostgreSQL', open);
    idempotentSuite('PostgreSQL', open);
  });
}
