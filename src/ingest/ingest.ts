// Ingests raw articles: skip known ones, analyse each alone, link the batch to the stored corpus, write in one go.
import { SHARED_TENANT } from '../core/knowledge.js';
import type { ArticleAnalysis, RawArticle } from '../core/types.js';
import { loadKnownState } from '../store/known-state.js';
import { checkpoint, maintain } from '../store/maintain.js';
import type { SqlHandle } from '../store/sql.js';
import { writeBatch, type BatchArticle } from '../store/write-batch.js';
import { createWorkerAnalyser, inlineAnalyser, type Analysed } from './analyse-pool.js';
import { fileOf, newSeen, skipKnown, skipKnownContent, type Fresh, type Seen } from './dedupe.js';
import { linkBatch as link } from '../core/corpus/link-batch.js';

export interface IngestOptions {
  /** Whose articles these are; default the shared corpus every workspace sees. */
  tenant?: string;
  onProgress?: (done: number, total: number) => void;
  /** Articles per transaction (default 500): bounds memory and lets progress show on big ingests. */
  chunkSize?: number;
}

export interface IngestResult {
  added: number;
  duplicates: number;
  failed: { file: string; reason: string }[];
}

/** deadlock_detected, serialization_failure, unique_violation (a concurrent insert of the same person key). */
const RETRYABLE = new Set(['40P01', '40001', '23505']);

/** At this many new articles PGlite gets VACUUM (ANALYZE): its planner has no statistics otherwise. */
const BULK = 100;

/** From this many articles a worker thread analyses the next chunk while this one is linked and written. */
const WORKER_MIN = 1000;

type Started = { fresh: Fresh[]; analysing: Promise<Analysed[]> };

export async function ingestArticles(db: SqlHandle, raws: readonly RawArticle[], opts: IngestOptions = {}): Promise<IngestResult> {
  const tenant = opts.tenant ?? SHARED_TENANT;
  const chunkSize = Math.max(1, opts.chunkSize ?? 500);
  const result: IngestResult = { added: 0, duplicates: 0, failed: [] };
  const seen = newSeen();
  const analyser = raws.length >= WORKER_MIN ? createWorkerAnalyser() : inlineAnalyser;
  const start = async (from: number): Promise<Started> => {
    const fresh = await skipKnown(db, tenant, raws.slice(from, from + chunkSize), seen, result);
    return { fresh, analysing: analyser.analyse(fresh.map((f) => f.raw)) };
  };
  try {
    let next: Started | null = raws.length > 0 ? await start(0) : null;
    for (let from = 0; next !== null; from += chunkSize) {
      const current: Started = next;
      // Queue the next chunk's analysis first: the worker runs it while this chunk is linked and written.
      next = from + chunkSize < raws.length ? await start(from + chunkSize) : null;
      await finishChunk(db, tenant, current, seen, result);
      if (raws.length > chunkSize) await checkpoint(db);
      opts.onProgress?.(Math.min(from + chunkSize, raws.length), raws.length);
    }
  } finally {
    await analyser.close();
  }
  if (result.added >= BULK) await maintain(db);
  // PGlite checkpoints only when asked (single-user mode): without this, many small feed ingests grow the WAL.
  else if (result.added > 0) await checkpoint(db);
  return result;
}

async function finishChunk(db: SqlHandle, tenant: string, chunk: Started, seen: Seen, result: IngestResult): Promise<void> {
  const outcomes = await chunk.analysing;
  const analysed: { raw: RawArticle; rawHash: string; analysis: ArticleAnalysis }[] = [];
  chunk.fresh.forEach((f, i) => {
    const o = outcomes[i];
    if (o?.ok) analysed.push({ ...f, analysis: o.analysis });
    else result.failed.push({ file: fileOf(f.raw), reason: o?.reason ?? 'not analysed' });
  });
  const newContent = await skipKnownContent(db, tenant, analysed, seen, result);
  if (newContent.length === 0) return;
  const items = await linkItems(db, tenant, newContent, result);
  if (items.length === 0) return;
  await writeItems(db, tenant, items, result);
}

/** One transaction for the chunk; when it fails, each article gets its own so only the bad one is lost. */
async function writeItems(db: SqlHandle, tenant: string, items: Linked, result: IngestResult): Promise<void> {
  const write = (group: readonly BatchArticle[]) => db.transaction((tx) => writeBatch(tx, tenant, group, items.linkResult));
  // Replicas ingesting at once can deadlock on shared persons/stories; the loser simply tries again.
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const written = await write(items);
      result.added += written;
      result.duplicates += items.length - written;
      return;
    } catch (err) {
      if (!RETRYABLE.has((err as { code?: string }).code ?? '')) break;
    }
  }
  for (const item of items) {
    try {
      const written = await write([item]);
      result.added += written;
      result.duplicates += 1 - written;
    } catch (err) {
      result.failed.push({ file: fileOf(item.raw), reason: reasonOf(err) });
    }
  }
}

type Linked = BatchArticle[] & { linkResult: Parameters<typeof writeBatch>[3] };

/** Links the batch; if the linker fails on it, links article by article so one bad article fails alone. */
async function linkItems(
  db: SqlHandle,
  tenant: string,
  analysed: { raw: RawArticle; rawHash: string; analysis: ArticleAnalysis }[],
  result: IngestResult,
): Promise<Linked> {
  const attempt = async (group: typeof analysed) => {
    const known = await loadKnownState(db, tenant, group.map((g) => g.analysis));
    const res = link(group.map((g) => g.analysis), known);
    const byFile = new Map(res.articles.map((l) => [l.analysis.article.contentHash, l]));
    const items: BatchArticle[] = group.map((g) => {
      const l = byFile.get(g.analysis.article.contentHash);
      return { raw: g.raw, rawHash: g.rawHash, analysis: l?.analysis ?? g.analysis, storyId: l?.storyId ?? null };
    });
    return Object.assign(items, { linkResult: { persons: res.persons, stories: res.stories } });
  };
  try {
    return await attempt(analysed);
  } catch {
    const items: BatchArticle[] = [];
    const persons: Linked['linkResult']['persons'] = [];
    const stories: Linked['linkResult']['stories'] = [];
    for (const one of analysed) {
      try {
        const r = await attempt([one]);
        items.push(...r);
        persons.push(...r.linkResult.persons);
        stories.push(...r.linkResult.stories);
      } catch (err) {
        result.failed.push({ file: one.raw.file, reason: reasonOf(err) });
      }
    }
    return Object.assign(items, { linkResult: { persons, stories } });
  }
}

const reasonOf = (err: unknown): string => (err instanceof Error ? err.message : String(err)).slice(0, 300);
