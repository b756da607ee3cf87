// node-cron's distributed run coordinator backed by the store: of all replicas firing one slot, one runs it.
import { randomUUID } from 'node:crypto';
import type { RunCoordinator } from 'node-cron';
import type { SqlHandle } from '../store/sql.js';

export interface StoreRunCoordinator extends RunCoordinator {
  shouldRun(key: string, ttlMs: number): Promise<boolean>;
  onComplete(key: string): Promise<void>;
  /** This replica's name in the runs table. */
  readonly owner: string;
  /** Deletes run rows created before `before` (they only matter while their slot is current). */
  prune(before: Date): Promise<number>;
}

/**
 * Elects one replica per key (node-cron passes task name + scheduled time) with `INSERT … ON CONFLICT … RETURNING`:
 * the row's creator runs the slot; a conflicting insert returns nothing (PostgreSQL locks the row, so exactly one
 * wins) unless the winner died before `onComplete` and its `ttlMs` lease is over, when one asker takes it over. Errors propagate: node-cron
 * then skips the run (fail-closed), which is the safe side for anything that must not happen twice.
 * Usable for any task (digests, feed polling): `cron.schedule(expr, fn, { name, distributed: true, runCoordinator })`.
 */
export function createRunCoordinator(db: SqlHandle, opts: { owner?: string; clock?: () => Date } = {}): StoreRunCoordinator {
  const owner = opts.owner ?? `replica-${randomUUID()}`;
  const clock = opts.clock ?? (() => new Date());
  return {
    owner,
    async shouldRun(key, ttlMs) {
      const now = clock();
      const until = new Date(now.getTime() + ttlMs);
      // One statement: the insert wins a new slot; on conflict, the update wins it only from a dead owner.
      const won = await db.query(
        `INSERT INTO schedule_runs (key, owner, lease_until, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (key) DO UPDATE SET owner = EXCLUDED.owner, lease_until = EXCLUDED.lease_until
           WHERE schedule_runs.completed_at IS NULL AND schedule_runs.lease_until <= $4
         RETURNING key`,
        [key, owner, until, now],
      );
      return won.rows.length > 0;
    },
    async onComplete(key) {
      await db.query(`UPDATE schedule_runs SET completed_at = $3 WHERE key = $1 AND owner = $2`, [key, owner, clock()]);
    },
    async prune(before) {
      const r = await db.query(`DELETE FROM schedule_runs WHERE created_at < $1 RETURNING key`, [before]);
      return r.rows.length;
    },
  };
}
