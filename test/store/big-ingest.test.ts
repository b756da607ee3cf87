// A bulk ingest (worker-thread analysis, chunks, vacuum) stores every article once, like a small one.
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticArticles } from '../../scripts/synthetic-corpus.js';
import type { RawArticle } from '../../src/core/types.js';
import { createWorkerAnalyser } from '../../src/ingest/analyse-pool.js';
import { ingestArticles } from '../../src/ingest/ingest.js';
import { createPostgresKnowledge } from '../../src/store/knowledge-store.js';
import { openTestDatabases } from '../helpers/test-db.js';

const dbs = openTestDatabases();
afterAll(() => dbs.closeAll());

describe('bulk ingest', () => {
  it('the worker analyser answers per article, a bad article with a reason', async () => {
    const analyser = createWorkerAnalyser();
    try {
      const [ok, bad] = await analyser.analyse([syntheticArticles(1, 7)[0]!, { file: 'bad.txt', text: 42 } as unknown as RawArticle]);
      expect(ok?.ok && ok.analysis.contacts.length).toBeGreaterThan(0);
      expect(bad?.ok).toBe(false);
    } finally {
      await analyser.close();
    }
  });

  it('1,200 synthetic articles go in once; a second run finds them all known', async () => {
    const db = await dbs.pglite();
    const corpus = syntheticArticles(1200, 3);
    const first = await ingestArticles(db, corpus);
    expect(first).toEqual({ added: 1200, duplicates: 0, failed: [] });
    const again = await ingestArticles(db, corpus);
    expect(again).toEqual({ added: 0, duplicates: 1200, failed: [] });
    // Coverage of one event by several outlets became one story with several articles.
    const stories = await createPostgresKnowledge(db).stories('', { limit: 100 });
    expect(stories.some((s) => s.articleCount > 1)).toBe(true);
    const r = await db.query<{ n: number }>('SELECT count(DISTINCT story_id)::int AS n FROM articles');
    expect(r.rows[0]?.n).toBeLessThan(1200);
  }, 240_000);
});
