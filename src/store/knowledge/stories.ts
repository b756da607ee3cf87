// Story queries: summaries from a tenant's visible articles, the best story for a query, details with disagreements.
import type { StoryDetail, StorySummary, Tenant } from '../../core/knowledge.js';
import type { SqlHandle } from '../sql.js';
import { storyContacts } from './contacts.js';
import { anyWordQuery, clampLimit, cleanText, dateBound } from './input.js';
import { storyQuotes } from './quotes.js';
import { leadSentence, sourceColumns, toSource, type SourceColumns } from './sources.js';

const VISIBLE = `(a.tenant = '' OR a.tenant = $1)`;
const HAS_VISIBLE = `EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND ${VISIBLE})`;

type StoryRow = { id: string; title: string; date: string | null; date_inferred: boolean; participants: string[] };
type ArticleRow = SourceColumns & { story_id: string; ingested_at: string };

export async function listStories(db: SqlHandle, tenant: Tenant, opts: { since?: string; limit?: number }): Promise<StorySummary[]> {
  const r = await db.query<StoryRow>(
    `SELECT s.id, s.title, s.date, s.date_inferred, s.participants FROM stories s
     WHERE ${HAS_VISIBLE} AND ($2::text IS NULL OR s.date >= $2)
     ORDER BY s.date DESC NULLS LAST, s.last_ingested_at DESC LIMIT $3`,
    [tenant, dateBound(opts.since), clampLimit(opts.limit, 10)],
  );
  return summaries(db, tenant, r.rows);
}

/** The best story for the query: an id, a date (YYYY-MM[-DD]) and/or words and names; the latest when empty. */
export async function findStory(db: SqlHandle, tenant: Tenant, query?: string): Promise<StoryDetail | null> {
  const q = cleanText(query, 300);
  const id = q === '' ? null : await bestStoryId(db, tenant, q);
  const latest =
    q === ''
      ? await db.query<{ id: string }>(
          `SELECT s.id FROM stories s WHERE ${HAS_VISIBLE} ORDER BY s.date DESC NULLS LAST, s.last_ingested_at DESC LIMIT 1`,
          [tenant],
        )
      : null;
  const chosen = id ?? latest?.rows[0]?.id ?? null;
  return chosen === null ? null : storyDetail(db, tenant, chosen);
}

async function bestStoryId(db: SqlHandle, tenant: string, q: string): Promise<string | null> {
  const byId = await db.query<{ id: string }>(`SELECT s.id FROM stories s WHERE s.id = $2 AND ${HAS_VISIBLE}`, [tenant, q]);
  if (byId.rows[0]) return byId.rows[0].id;
  const date = /\b(\d{4}-\d{2}(?:-\d{2})?)\b/u.exec(q)?.[1] ?? null;
  const words = date ? q.replace(date, ' ') : q;
  const rank = async (tsquery: string, build: string): Promise<string | null> => {
    const r = await db.query<{ story_id: string }>(
      `SELECT a.story_id FROM articles a JOIN stories s ON s.id = a.story_id, ${build}('english', $2) tq
       WHERE a.search @@ tq AND ${VISIBLE} AND ($3::text IS NULL OR s.date LIKE $3 || '%')
       GROUP BY a.story_id, s.date ORDER BY sum(ts_rank(a.search, tq)) DESC, s.date DESC NULLS LAST LIMIT 1`,
      [tenant, tsquery, date],
    );
    return r.rows[0]?.story_id ?? null;
  };
  if (anyWordQuery(words) === '') {
    if (date === null) return null;
    const r = await db.query<{ id: string }>(
      `SELECT s.id FROM stories s WHERE s.date LIKE $2 || '%' AND ${HAS_VISIBLE} ORDER BY s.date DESC LIMIT 1`,
      [tenant, date],
    );
    return r.rows[0]?.id ?? null;
  }
  return (await rank(words, 'websearch_to_tsquery')) ?? (await rank(anyWordQuery(words), 'to_tsquery'));
}

export async function storyDetail(db: SqlHandle, tenant: Tenant, id: string): Promise<StoryDetail | null> {
  const r = await db.query<StoryRow>('SELECT s.id, s.title, s.date, s.date_inferred, s.participants FROM stories s WHERE s.id = $1', [
    id,
  ]);
  const [summary] = await summaries(db, tenant, r.rows);
  if (!summary) return null;
  const { contacts, disagreements } = await storyContacts(db, tenant, id);
  const quotes = await storyQuotes(db, tenant, id);
  return { ...summary, contacts, quotes, disagreements };
}

/** Stories with articles ingested in [from, to), most outlets first; `about` narrows to a person or words. */
export async function storiesWithNewCoverage(
  db: SqlHandle,
  tenant: Tenant,
  from: string,
  to: string,
  opts: { about?: string; limit?: number; personId?: number | null },
): Promise<StoryDetail[]> {
  const about = cleanText(opts.about, 300);
  const r = await db.query<{ story_id: string }>(
    `SELECT a.story_id FROM articles a
     WHERE ${VISIBLE} AND a.story_id IS NOT NULL AND a.ingested_at >= $2::timestamptz AND a.ingested_at < $3::timestamptz
       AND (($4::text = '' AND $5::int IS NULL)
            OR ($4::text <> '' AND a.search @@ websearch_to_tsquery('english', $4))
            OR EXISTS (SELECT 1 FROM article_persons ap WHERE ap.article_id = a.id AND ap.person_id = $5::int))
     GROUP BY a.story_id
     ORDER BY count(DISTINCT coalesce(a.outlet, a.file)) DESC, max(a.ingested_at) DESC LIMIT $6`,
    [tenant, from, to, about, opts.personId ?? null, clampLimit(opts.limit, 5, 50)],
  );
  const out: StoryDetail[] = [];
  for (const row of r.rows) {
    const d = await storyDetail(db, tenant, row.story_id);
    if (d) out.push(d);
  }
  return out;
}

/** Summaries of the given stories, counting only the articles the tenant may see. */
async function summaries(db: SqlHandle, tenant: string, stories: StoryRow[]): Promise<StorySummary[]> {
  if (stories.length === 0) return [];
  const r = await db.query<ArticleRow & { body_start: string }>(
    `SELECT a.story_id, ${sourceColumns("''")}, left(a.body, 600) AS body_start,
            to_char(a.ingested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS ingested_at
     FROM articles a WHERE a.story_id = ANY($2::text[]) AND ${VISIBLE}
     ORDER BY a.published NULLS LAST, a.id`,
    [tenant, stories.map((s) => s.id)],
  );
  return stories.flatMap((s) => {
    const arts = r.rows.filter((a) => a.story_id === s.id);
    if (arts.length === 0) return [];
    const ingested = arts.map((a) => a.ingested_at).sort();
    const outlets = [...new Set(arts.map((a) => a.outlet).filter((o): o is string => o !== null))];
    return [
      {
        id: s.id,
        title: s.title,
        date: s.date,
        dateInferred: s.date_inferred,
        outlets,
        articleCount: arts.length,
        people: s.participants,
        firstIngestedAt: ingested[0] ?? '',
        lastIngestedAt: ingested.at(-1) ?? '',
        sources: arts.map((a) => toSource({ ...a, evidence: leadSentence(a.body_start) })),
      },
    ];
  });
}
