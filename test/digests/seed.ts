// Puts the seed corpus into a test store and dates its stories' ingestion, so digest periods can be placed around them.
import { SEED_DIR } from '../../src/app/create-app.js';
import { ingestArticles } from '../../src/ingest/ingest.js';
import { readArticleFiles } from '../../src/ingest/read-article-files.js';
import type { SqlHandle } from '../../src/store/sql.js';

export interface SeededStory {
  id: string;
  title: string;
  ingestedAt: string;
}

/** Ingests data/articles once, then marks every article of the i-th story (by event date) as ingested at times[i]. */
export async function seedStoriesAt(db: SqlHandle, times: string[]): Promise<SeededStory[]> {
  const has = await db.query('SELECT 1 FROM articles LIMIT 1');
  if (has.rows.length === 0) await ingestArticles(db, await readArticleFiles([SEED_DIR]));
  const r = await db.query<{ id: string; title: string }>(
    `SELECT DISTINCT s.id, s.title, s.date FROM stories s JOIN articles a ON a.story_id = s.id ORDER BY s.date, s.id`,
  );
  if (r.rows.length < times.length) throw new Error(`the seed corpus has ${r.rows.length} stories, the test needs ${times.length}`);
  const out: SeededStory[] = [];
  for (const [i, s] of r.rows.slice(0, times.length).entries()) {
    await db.query('UPDATE articles SET ingested_at = $2 WHERE story_id = $1', [s.id, times[i]]);
    out.push({ id: s.id, title: s.title, ingestedAt: times[i]! });
  }
  return out;
}
