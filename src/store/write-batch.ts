// Persists one linked batch (persons, stories, articles, contacts, quotes) inside the caller's transaction.
import type { LinkResult } from '../core/corpus/link-types.js';
import type { ArticleAnalysis } from '../core/types.js';
import type { SqlHandle } from './sql.js';
import { factNames, writeFacts } from './write-facts.js';
import { writePersons } from './write-persons.js';
import { ensureStories, writeStories } from './write-stories.js';
import { clean, text, type BatchArticle } from './write-text.js';

export type { BatchArticle } from './write-text.js';

/** Writes the batch; returns how many articles were new (the rest lost a race to an equal article). */
export async function writeBatch(
  tx: SqlHandle,
  tenant: string,
  items: readonly BatchArticle[],
  link: Pick<LinkResult, 'persons' | 'stories'>,
): Promise<number> {
  const idOf = await writePersons(tx, link.persons, factNames(items));
  const renamed = await writeStories(tx, tenant, link.stories);
  const placed = items.map((i) => (i.storyId !== null && renamed.has(i.storyId) ? { ...i, storyId: renamed.get(i.storyId) ?? null } : i));
  await ensureStories(tx, tenant, placed);
  const inserted = await insertArticles(tx, tenant, placed);
  const stored = placed.flatMap((item) => {
    const id = inserted.get(item.analysis.article.contentHash);
    return id === undefined ? [] : [{ id, item }];
  });
  await writeFacts(tx, tenant, stored, idOf);
  return inserted.size;
}

async function insertArticles(tx: SqlHandle, tenant: string, items: readonly BatchArticle[]): Promise<Map<string, number>> {
  if (items.length === 0) return new Map();
  const r = await tx.query<{ id: number; content_hash: string }>(
    `INSERT INTO articles (tenant, file, url, title, outlet, published, event_date, raw_hash, content_hash, raw, body,
                           analysis, story_id)
     SELECT $1, file, url, title, outlet, published::date, event_date, raw_hash, content_hash, raw, body, analysis::jsonb,
            story_id
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                 $10::text[], $11::text[], $12::text[], $13::text[])
       AS a(file, url, title, outlet, published, event_date, raw_hash, content_hash, raw, body, analysis, story_id)
     ON CONFLICT DO NOTHING
     RETURNING id, content_hash`,
    [
      tenant,
      items.map((i) => text(i.analysis.article.file, 2000)),
      items.map((i) => clean(i.analysis.article.url ?? i.raw.url, 2000)),
      items.map((i) => text(i.analysis.article.title, 1000)),
      items.map((i) => clean(i.analysis.article.outlet, 200)),
      items.map((i) => validDay(i.analysis.article.published)),
      items.map((i) => clean(i.analysis.eventDate, 10)),
      items.map((i) => i.rawHash),
      items.map((i) => i.analysis.article.contentHash),
      items.map((i) => text(i.raw.text, 10_000_000)),
      items.map((i) => text(i.analysis.article.paragraphs.join('\n\n'), 10_000_000)),
      items.map((i) => JSON.stringify(storedAnalysis(i.analysis)).replace(/\\u0000/gu, '')),
      items.map((i) => i.storyId),
    ],
  );
  return new Map(r.rows.map((row) => [row.content_hash, row.id]));
}

/** The analysis without the paragraphs, which `body` already holds. */
function storedAnalysis(a: ArticleAnalysis): unknown {
  const { paragraphs: _paragraphs, ...article } = a.article;
  return { ...a, article };
}

function validDay(d: string | null | undefined): string | null {
  return d && /^\d{4}-\d{2}-\d{2}$/u.test(d) && !Number.isNaN(Date.parse(d)) ? d : null;
}
