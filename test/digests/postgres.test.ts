// The digest scheduler suites on the real PostgreSQL server, three pg pools = three replicas. CI=true: must be reachable.
import { describe } from 'vitest';
import { openPostgresReplicas, postgresReachable } from './db.js';
import { replicasSuite } from './replicas-suite.js';
import { schedulerSuite } from './scheduler-suite.js';

const reachable = await postgresReachable();
const open = async () => {
  const { dbs, drop } = await openPostgresReplicas(3);
  return { dbs, close: drop };
};

describe.skipIf(!reachable)('PostgreSQL', () => {
  schedulerSuite('PostgreSQL', open);
  replicasSuite('PostgreSQL', open);
});
