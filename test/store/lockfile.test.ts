// The PGlite directory lock and app restarts: one process per directory, stale locks taken over, restarts idempotent.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/create-app.js';
import { lockDirectory } from '../../src/store/lockfile.js';
import { openDatabase } from '../../src/store/open-database.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A child process that takes the lock on `d`, prints "locked", and holds it until killed. */
function childHoldingLock(d: string): Promise<{ pid: number; kill(): Promise<void> }> {
  const lockfile = new URL('../../src/store/lockfile.ts', import.meta.url).pathname;
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', `
    const { lockDirectory } = await import(${JSON.stringify(lockfile)});
    lockDirectory(${JSON.stringify(d)}); console.log('locked'); setInterval(() => {}, 1000);`], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.stdout.on('data', (b: Buffer) => {
      if (b.toString().includes('locked')) {
        resolve({
          pid: child.pid ?? -1,
          kill: () => new Promise((done) => { child.on('exit', () => done()); child.kill('SIGKILL'); }),
        });
      }
    });
  });
}

describe('PGlite directory lock', () => {
  it('a second open of one directory in this process is refused while the first is open', async () => {
    const db = await openDatabase({ dataDir: dir });
    try {
      expect(readFileSync(join(dir, 'readout.lock'), 'utf8').trim()).toBe(String(process.pid));
      await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/in use by this process/);
    } finally {
      await db.close();
    }
    const again = await openDatabase({ dataDir: dir });
    await again.close();
  });

  it('another live process holding the directory is named in the error', async () => {
    const d = mkdtempSync(join(tmpdir(), 'readout-lock2-'));
    const child = await childHoldingLock(d);
    try {
      await expect(openDatabase({ dataDir: d })).rejects.toThrow(new RegExp(`in use by process ${child.pid}`));
    } finally {
      await child.kill();
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('a lock left by a dead process is stale and taken over', async () => {
    const d = mkdtempSync(join(tmpdir(), 'readout-lock3-'));
    const child = await childHoldingLock(d);
    await child.kill();
    expect(readFileSync(join(d, 'readout.lock'), 'utf8').trim()).toBe(String(child.pid));
    const lock = lockDirectory(d);
    expect(readFileSync(join(d, 'readout.lock'), 'utf8').trim()).toBe(String(process.pid));
    lock.release();
    rmSync(d, { recursive: true, force: true });
  });

  it('a garbled lockfile does not block forever', () => {
    const d = mkdtempSync(join(tmpdir(), 'readout-lock4-'));
    writeFileSync(join(d, 'readout.lock'), 'not a pid');
    const lock = lockDirectory(d);
    lock.release();
    rmSync(d, { recursive: true, force: true });
  });
});

describe('createApp on a PGlite directory', () => {
  it('seeds once, keeps the data across restarts, and releases the lock on close', async () => {
    const logs: string[] = [];
    const first = await createApp({ dataDir: dir, log: (m) => logs.push(m) });
    const count = async (a: typeof first) =>
      (await a.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM articles`)).rows[0]?.n;
    expect(await count(first)).toBe(5);
    await expect(createApp({ dataDir: dir })).rejects.toThrow(/in use/);
    await first.close();
    await first.close(); // closing twice is harmless

    const second = await createApp({ dataDir: dir, log: (m) => logs.push(m) });
    try {
      expect(await count(second)).toBe(5);
      const shoigu = await second.knowledge.findPerson('', 'Shoigu');
      expect(shoigu.kind).toBe('found');
      expect(logs.filter((l) => l.startsWith('Seed corpus'))).toHaveLength(1);
      expect(second.commands.length).toBeGreaterThan(0);
    } finally {
      await second.close();
    }
  });

  it('seed: false leaves a fresh store empty', async () => {
    const app = await createApp({ dataDir: 'memory://', seed: false });
    try {
      expect((await app.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM articles`)).rows[0]?.n).toBe(0);
    } finally {
      await app.close();
    }
  });
});
