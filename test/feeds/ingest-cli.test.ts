import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ingestCli } from '../../src/cli/ingest.js';
import { createSafeFetch } from '../../src/feeds/safe-fetch.js';
import type { SqlHandle } from '../../src/store/sql.js';
import { describeEngines, truncateAll } from '../helpers/test-db.js';
import { startFeedWorld, tenantArticles, type FeedWorld } from './helpers/feed-world.js';

let world: FeedWorld;
let dir: string;
beforeAll(async () => {
  world = await startFeedWorld();
  dir = mkdtempSync(join(tmpdir(), 'readout-ingest-'));
  writeFileSync(
    join(dir, 'greek-turkish-call.txt'),
    [
      'date 2024-03-08',
      'Greek and Turkish defence ministers speak by phone about airspace incidents',
      'Greek Defence Minister Nikos Pappas and Turkish Defence Minister Murat Yildiz spoke by telephone on Friday about a series of airspace incidents over the Aegean, the Greek ministry said.',
      '"We agreed to keep the hotline open day and night," Pappas said after the call.',
    ].join('\n\n'),
  );
  writeFileSync(join(dir, 'notes.json'), '{"not": "an article"}');
});
afterAll(() => world.server.close());

function runner(db: SqlHandle) {
  const out: string[] = [];
  const err: string[] = [];
  const run = (argv: string[]) =>
    ingestCli(argv, {
      open: async () => ({ db, close: async () => undefined, allowPrivate: true }),
      fetch: createSafeFetch({ allowPrivate: true, timeoutMs: 1500 }),
      out: (l) => out.push(l),
      err: (l) => err.push(l),
    });
  return { run, out, err };
}

describeEngines('readout ingest', (getDb) => {
  it('reads a directory, an article URL and a feed URL, then finds them all known on a second run', async () => {
    const db = getDb();
    await truncateAll(db);
    const { run, out } = runner(db);
    const article = world.server.url('/africa/kenya-ethiopia-call/?utm_source=newsletter');
    const feed = world.server.url('/feeds/northern.atom');
    expect(await run(['--tenant', 'cli-tenant', dir, article, feed])).toBe(0);
    // The directory gives its .txt file only; the feed gives its two items.
    expect(out.at(-1)).toBe('Added 4 articles, 0 already known, 0 failed.');
    const stored = await tenantArticles(db, 'cli-tenant');
    expect(stored.map((a) => a.url)).toContain(world.server.url('/africa/kenya-ethiopia-call'));
    expect(stored.find((a) => a.url?.endsWith('/kenya-ethiopia-call'))).toMatchObject({ outlet: 'Harbor Daily', published: '2024-03-13' });
    expect(stored.filter((a) => a.outlet === 'Northern Wire')).toHaveLength(2);

    expect(await run(['--tenant', 'cli-tenant', dir, article, feed])).toBe(0);
    expect(out.at(-1)).toBe('Added 0 articles, 4 already known, 0 failed.');
    expect(await tenantArticles(db, '')).toEqual([]);
  });

  it('lists what failed and why, exits 1, and keeps the rest', async () => {
    const db = getDb();
    await truncateAll(db);
    const { run, out, err } = runner(db);
    const urls = ['/bad/homepage', '/bad/huge.rss', '/americas/chile-argentina-fishing-call', '/bad/loop-a'].map((p) => world.server.url(p));
    expect(await run(urls)).toBe(1);
    expect(out).toContain('Added 1 article, 0 already known, 3 failed.');
    expect(out.join('\n')).toMatch(/failed: .*\/bad\/homepage: no article text found/);
    expect(out.join('\n')).toMatch(/failed: .*\/bad\/huge\.rss: the response is larger than the 5 MB limit/);
    expect(out.join('\n')).toMatch(/failed: .*\/bad\/loop-a: redirect loop/);
    // More than three URLs: progress goes to stderr.
    expect(err).toContain(`fetching 4/4: ${urls[3]}`);
    expect((await tenantArticles(db, '')).map((a) => a.title)).toEqual(['Chilean foreign minister calls Argentine counterpart after fishing boat seizure']);
  });

  it('without arguments prints usage and exits 2', async () => {
    const { run, err } = runner(getDb());
    expect(await run([])).toBe(2);
    expect(err[0]).toMatch(/^Usage: readout ingest/);
  });
});
