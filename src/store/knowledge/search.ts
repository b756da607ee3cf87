// Full-text search over a tenant's visible articles: all words first, any word when nothing has them all.
import type { SearchHit, Tenant } from '../../core/knowledge.js';
import type { SqlHandle } from '../sql.js';
import { anyWordQuery, clampLimit, cleanText } from './input.js';
import { sourceColumns, toSource, type SourceColumns } from './sources.js';

/** Ranking reads every matching tsvector; beyond this many matches the newest ones are ranked. */
const RANK_POOL = 2000;

type Row = SourceColumns & { story_id: string | null };

export async function search(db: SqlHandle, tenant: Tenant, text: string, opts: { limit?: number }): Promise<SearchHit[]> {
  const q = cleanText(text, 500);
  if (q === '') return [];
  const limit = clampLimit(opts.limit, 10, 50);
  const all = await run(db, tenant, 'websearch_to_tsquery', q, limit);
  if (all.length > 0) return all;
  const any = anyWordQuery(q);
  return any === '' ? [] : run(db, tenant, 'to_tsquery', any, limit);
}

async function run(db: SqlHandle, tenant: string, parse: 'websearch_to_tsquery' | 'to_tsquery', q: string, limit: number) {
  // The headline is computed for the page of hits only: ts_headline re-parses the whole body.
  const r = await db.query<Row>(
    `WITH tq AS (SELECT ${parse}('english', $2) AS q),
     pool AS (
       SELECT a.id FROM articles a, tq WHERE a.search @@ tq.q AND (a.tenant = '' OR a.tenant = $1)
       ORDER BY a.id DESC LIMIT ${RANK_POOL}),
     hits AS (
       SELECT a.*, ts_rank(a.search, tq.q) AS rank FROM articles a JOIN pool ON pool.id = a.id, tq
       ORDER BY rank DESC, a.published DESC NULLS LAST LIMIT $3)
     SELECT a.story_id, ${sourceColumns(
       `ts_headline('english', a.body, tq.q, 'StartSel="", StopSel="", MaxWords=35, MinWords=15, ShortWord=3, MaxFragments=1')`,
     )}
     FROM hits a, tq ORDER BY a.rank DESC, a.published DESC NULLS LAST`,
    [tenant, q, limit],
  );
  return r.rows.map((row) => {
    const snippet = row.evidence.replace(/\s+/gu, ' ').trim();
    return { source: toSource({ ...row, evidence: snippet }), snippet, storyId: row.story_id };
  });
}
