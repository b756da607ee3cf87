// A pid lockfile so two processes never open one PGlite directory (PGlite itself does not lock it).
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export interface DirectoryLock {
  readonly path: string;
  release(): void;
}

/** True when a process with this pid exists (EPERM means it exists but belongs to someone else). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Takes `<dir>/readout.lock` for this process. A lock left by a dead process is stale and taken over;
 * a live holder (this process included: one PGlite per directory) makes it throw a message naming the pid.
 */
export function lockDirectory(dir: string): DirectoryLock {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'readout.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return createLock(path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = readPid(path);
      if (holder !== null && isAlive(holder)) {
        const who = holder === process.pid ? 'this process' : `process ${holder}`;
        throw new Error(
          `The database directory ${dir} is in use by ${who} (lockfile ${path}). ` +
            `Stop that process, or give this one another READOUT_DATA_DIR ` +
            `(if no Readout process is running, delete the lockfile).`,
        );
      }
      // Stale (holder dead) or half-written: remove and try again.
      rmSync(path, { force: true });
    }
  }
  throw new Error(`Could not take the lockfile ${path}; remove it if no Readout process is running.`);
}

function createLock(path: string): DirectoryLock {
  let held = true;
  const onExit = (): void => release();
  function release(): void {
    if (!held) return;
    held = false;
    process.off('exit', onExit);
    // Only remove the file if it is still ours (a stale-lock takeover by another process must survive).
    if (readPid(path) === process.pid) rmSync(path, { force: true });
  }
  process.on('exit', onExit);
  return { path, release };
}
