// Quote queries: by person id or by a speaker label (organisations, unnamed speakers), optionally about some words.
import type { QuoteRecord, Tenant } from '../../core/knowledge.js';
import type { SpeakerKind } from '../../core/types.js';
import type { SqlHandle } from '../sql.js';
import { anyWordQuery, clampLimit, cleanText, escapeLike, rowId } from './input.js';
import { sourceColumns, toSource, type SourceColumns } from './sources.js';

type Row = SourceColumns & {
  speaker: string;
  speaker_kind: SpeakerKind;
  speaker_role: string | null;
  person_id: number | null;
  text: string;
  story_id: string | null;
};

const SELECT = `SELECT q.speaker, q.speaker_kind, p.role AS speaker_role, q.person_id, q.text, q.story_id,
    ${sourceColumns('q.evidence')}
  FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN persons p ON p.id = q.person_id`;
const VISIBLE = `(a.tenant = '' OR a.tenant = $1)`;
const ORDER = 'ORDER BY a.published DESC NULLS LAST, a.ingested_at DESC, a.id, q.position';

export async function quotesBy(
  db: SqlHandle,
  tenant: Tenant,
  who: { personId?: number; speakerText?: string },
  opts: { about?: string; limit?: number },
): Promise<QuoteRecord[]> {
  const personId = rowId(who.personId);
  const label = cleanText(who.speakerText, 120);
  if (personId === null && label === '') return [];
  const limit = clampLimit(opts.limit, 10);
  const about = cleanText(opts.about, 300);
  const params: unknown[] = [tenant, personId, label === '' ? null : `%${escapeLike(label.toLowerCase())}%`, limit * 3];
  const whoClause = `(q.person_id = $2 OR ($3::text IS NOT NULL AND lower(q.speaker) LIKE $3 ESCAPE '\\'))`;
  let rows: Row[];
  if (about === '') {
    rows = (await db.query<Row>(`${SELECT} WHERE ${whoClause} AND ${VISIBLE} ${ORDER} LIMIT $4`, params)).rows;
  } else {
    // All the words first ("ceasefire talks"); when no quote has them all, any of them.
    const all = await db.query<Row>(
      `${SELECT} WHERE ${whoClause} AND ${VISIBLE} AND q.search @@ websearch_to_tsquery('english', $5) ${ORDER} LIMIT $4`,
      [...params, about],
    );
    rows = all.rows;
    const any = anyWordQuery(about);
    if (rows.length === 0 && any !== '') {
      rows = (
        await db.query<Row>(
          `${SELECT} WHERE ${whoClause} AND ${VISIBLE} AND q.search @@ to_tsquery('english', $5)
           ORDER BY ts_rank(q.search, to_tsquery('english', $5)) DESC, a.published DESC NULLS LAST LIMIT $4`,
          [...params, any],
        )
      ).rows;
    }
  }
  return dedupe(rows).slice(0, limit).map(toRecord);
}

/** The same words reported by several outlets are one quote; the first (newest) report stands for it. */
function dedupe(rows: Row[]): Row[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const k = `${r.person_id ?? r.speaker.toLowerCase()}|${r.text.toLowerCase().replace(/\W+/gu, ' ').trim()}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

export async function storyQuotes(db: SqlHandle, tenant: Tenant, storyId: string, limit = 50): Promise<QuoteRecord[]> {
  const r = await db.query<Row>(`${SELECT} WHERE q.story_id = $2 AND ${VISIBLE} ${ORDER} LIMIT $3`, [tenant, storyId, limit * 2]);
  return dedupe(r.rows).slice(0, limit).map(toRecord);
}

function toRecord(r: Row): QuoteRecord {
  return {
    speaker: r.speaker,
    speakerKind: r.speaker_kind,
    speakerRole: r.speaker_role,
    personId: r.person_id,
    text: r.text,
    storyId: r.story_id,
    source: toSource(r),
  };
}
