// Worker thread body: analyses batches of raw articles off the main thread (which meanwhile writes to the store).
import { parentPort } from 'node:worker_threads';
import { analyseArticle } from '../core/extract/analyse-article.js';
import type { ArticleAnalysis, RawArticle } from '../core/types.js';

export type AnalyseReply = { id: number; results: ({ ok: true; analysis: ArticleAnalysis } | { ok: false; reason: string })[] };

parentPort?.on('message', (msg: { id: number; raws: RawArticle[] }) => {
  const results = msg.raws.map((raw) => {
    try {
      return { ok: true as const, analysis: analyseArticle(raw) };
    } catch (err) {
      return { ok: false as const, reason: (err instanceof Error ? err.message : String(err)).slice(0, 300) };
    }
  });
  parentPort?.postMessage({ id: msg.id, results } satisfies AnalyseReply);
});
