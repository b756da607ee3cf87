// The real `readout` executable: start with no tokens opens the terminal chat; extract prints the JSON contract.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const bin = new URL('../../bin/readout.js', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'readout-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// No tokens, no DATABASE_URL: whatever the developer's shell has must not leak into these runs.
const cleanEnv = () => {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(DISCORD_|SLACK_|DATABASE_URL|READOUT_)/.test(k)) env[k] = v;
  }
  return { ...env, READOUT_DATA_DIR: dataDir, READOUT_LOG_LEVEL: 'warn' };
};

describe('readout executable', () => {
  it('start without tokens answers slash commands typed into the terminal, then exits on end of input', () => {
    const r = spawnSync(process.execPath, [bin, 'start'], {
      input: '/who-called Shoigu\n/quotes Blinken\n',
      env: cleanEnv(),
      cwd: dataDir, // no .env here
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Lloyd Austin');
    expect(r.stdout).toContain('2022-05-13');
    expect(r.stdout).toContain('doubling and tripling');
  }, 180_000);

  it('extract --format json prints the documented shape without a database', () => {
    const r = spawnSync(process.execPath, [bin, 'extract', '--format', 'json', new URL('../../data/articles', import.meta.url).pathname], {
      env: { ...cleanEnv(), READOUT_DATA_DIR: '/nonexistent/readout' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { articles: Record<string, unknown>[]; stories: Record<string, unknown>[] };
    expect(out.articles).toHaveLength(5);
    for (const a of out.articles) {
      expect(Object.keys(a).sort()).toEqual(['calls', 'file', 'outlet', 'people', 'published', 'quotes', 'title']);
      for (const c of a.calls as Record<string, unknown>[]) {
        expect(Object.keys(c).sort()).toEqual(['date', 'date_inferred', 'duration', 'evidence', 'initiator', 'mode', 'participants']);
      }
      for (const q of a.quotes as Record<string, unknown>[]) expect(Object.keys(q).sort()).toEqual(['evidence', 'speaker', 'text']);
    }
    for (const s of out.stories) expect(Object.keys(s).sort()).toEqual(['articles', 'date', 'id', 'title']);
  });

  it('an unknown subcommand explains the usage and exits 2', () => {
    const r = spawnSync(process.execPath, [bin, 'frobnicate'], { env: cleanEnv(), encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Usage: readout');
  });
});
