// Dedupe for ingest: known raw texts and URLs are skipped before analysis, known bodies right after it.
import { createHash } from 'node:crypto';
import type { ArticleAnalysis, RawArticle } from '../core/types.js';
import type { SqlHandle } from '../store/sql.js';

/** What this run has already taken or found stored, so repeats inside one batch count as duplicates too. */
export type Seen = { raw: Set<string>; url: Set<string>; content: Set<string> };
export type Fresh = { raw: RawArticle; rawHash: string };
type Tally = { duplicates: number; failed: { file: string; reason: string }[] };

export const newSeen = (): Seen => ({ raw: new Set(), url: new Set(), content: new Set() });
const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
export const fileOf = (raw: RawArticle | null | undefined): string =>
  typeof raw?.file === 'string' && raw.file !== '' ? raw.file.slice(0, 200) : '(unnamed)';

/** Drops articles whose raw text or URL this tenant already has (or this run already took), before any analysis. */
export async function skipKnown(db: SqlHandle, tenant: string, chunk: readonly RawArticle[], seen: Seen, result: Tally): Promise<Fresh[]> {
  const hashed = chunk.map((raw) => ({ raw, rawHash: sha256(typeof raw?.text === 'string' ? raw.text : '') }));
  const urls = hashed.map((h) => h.raw?.url).filter((u): u is string => typeof u === 'string' && u !== '');
  const known = await db.query<{ raw_hash: string; url: string | null }>(
    `SELECT raw_hash, url FROM articles WHERE tenant = $1 AND (raw_hash = ANY($2::text[]) OR url = ANY($3::text[]))`,
    [tenant, hashed.map((h) => h.rawHash), urls],
  );
  for (const k of known.rows) {
    seen.raw.add(k.raw_hash);
    if (k.url) seen.url.add(k.url);
  }
  const fresh: typeof hashed = [];
  for (const h of hashed) {
    if (!h.raw || typeof h.raw.text !== 'string' || h.raw.text.trim() === '') {
      result.failed.push({ file: fileOf(h.raw), reason: 'empty or missing text' });
      continue;
    }
    const url = h.raw.url ?? null;
    if (seen.raw.has(h.rawHash) || (url && seen.url.has(url))) {
      result.duplicates++;
      continue;
    }
    seen.raw.add(h.rawHash);
    if (url) seen.url.add(url);
    fresh.push(h);
  }
  return fresh;
}

/** Drops analysed articles whose normalised body is already stored: the same text from another file or feed. */
export async function skipKnownContent<T extends { analysis: ArticleAnalysis }>(
  db: SqlHandle,
  tenant: string,
  analysed: T[],
  seen: Seen,
  result: Tally,
): Promise<T[]> {
  if (analysed.length === 0) return [];
  const hashes = analysed.map((a) => a.analysis.article.contentHash);
  const known = await db.query<{ content_hash: string }>(
    'SELECT content_hash FROM articles WHERE tenant = $1 AND content_hash = ANY($2::text[])',
    [tenant, hashes],
  );
  known.rows.forEach((k) => seen.content.add(k.content_hash));
  const out: T[] = [];
  for (const a of analysed) {
    const h = a.analysis.article.contentHash;
    if (seen.content.has(h)) {
      result.duplicates++;
      continue;
    }
    seen.content.add(h);
    out.push(a);
  }
  return out;
}
