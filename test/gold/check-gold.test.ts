// The held-out gold files stay valid: every span verbatim, every participant a person, every date real.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../extract/extract-helpers.js';

describe('gold validators', () => {
  for (const set of ['corpus3', 'corpus4', 'corpus5', 'corpus6', 'corpus7', 'corpus8', 'corpus9', 'corpus10', 'corpus11']) {
    it(`${set}/gold.json passes its check-gold.mjs`, () => {
      const run = spawnSync(process.execPath, ['check-gold.mjs'], { cwd: join(ROOT, 'test', set), encoding: 'utf8' });
      expect(run.stdout).toContain('OK: all checks passed');
      expect(run.status).toBe(0);
    });
  }
});
