// The digest scheduler suites on PGlite, the single-instance default (three runners share one embedded database).
import { openPgliteDb } from './db.js';
import { replicasSuite } from './replicas-suite.js';
import { schedulerSuite } from './scheduler-suite.js';

const openShared = async () => {
  const db = await openPgliteDb();
  return { dbs: [db, db, db], close: () => db.close() };
};

schedulerSuite('PGlite', openShared);
replicasSuite('PGlite', openShared);
