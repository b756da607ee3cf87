// Full-text search over a tenant's visible articles: all words first, any word when nothing has them all.
import type { SearchHit, Tenant } from '../../core/knowledge.js';
import type { SqlHandle } from '../sql.js';
import { anyWordQuery, clampLimit, cleanText } from './input.js';
import { sourceColumns, toSource, type SourceColumns } from './sources.js';

/**
 * Ranking reads every matching tsvector, which costs ~0.1 ms each on PGlite; of a common word's thousands of
 * matches the newest this many are ranked (news readers want recent coverage first anyway).
 */
const RANK_POOL = 50;

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
  // The tsquery is written inline (not in a CTE) so the planner sees the words and picks, by their frequency, the
  // GIN index (rare words) or a backward scan of the newest articles (common ones). Only the newest matches are
  // ranked, and the headline (ts_headline re-parses the body) is made for the page of hits only.
  const tsq = `${parse}('english', $2)`;
  const r = await db.query<Row>(
    `WITH pool AS (
       SELECT a.id FROM articles a WHERE a.search @@ ${tsq} AND (a.tenant = '' OR a.tenant = $1)
       ORDER BY a.id DESC LIMIT ${RANK_POOL}),
     hits AS (
       SELECT a.id, a.story_id, a.published, ts_rank(a.search, ${tsq}) AS rank FROM articles a JOIN pool ON pool.id = a.id
       ORDER BY rank DESC, a.published DESC NULLS LAST, a.id DESC LIMIT $3)
     SELECT h.story_id, ${sourceColumns(
       `ts_headline('english', a.body, ${tsq}, 'StartSel="", StopSel="", MaxWords=35, MinWords=15, ShortWord=3, MaxFragments=1')`,
     )}
     FROM hits h JOIN articles a ON a.id = h.id ORDER BY h.rank DESC, h.published DESC NULLS LAST, h.id DESC`,
    [tenant, q, limit],
  );
  return r.rows.map((row) => {
    const snippet = row.evidence.replace(/\s+/gu, ' ').trim();
    return { source: toSource({ ...row, evidence: snippet }), snippet, storyId: row.story_id };
  });
}
