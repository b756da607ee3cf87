// Runs analyseArticle in a worker thread so a big ingest analyses the next chunk while the store writes this one.
import { Worker } from 'node:worker_threads';
import { analyseArticle } from '../core/extract/analyse-article.js';
import type { ArticleAnalysis, RawArticle } from '../core/types.js';
import type { AnalyseReply } from './analyse-worker.js';

export type Analysed = { ok: true; analysis: ArticleAnalysis } | { ok: false; reason: string };

export interface Analyser {
  analyse(raws: readonly RawArticle[]): Promise<Analysed[]>;
  close(): Promise<void>;
}

function analyseHere(raws: readonly RawArticle[]): Analysed[] {
  return raws.map((raw) => {
    try {
      return { ok: true as const, analysis: analyseArticle(raw) };
    } catch (err) {
      return { ok: false as const, reason: (err instanceof Error ? err.message : String(err)).slice(0, 300) };
    }
  });
}

/** Analysis on the calling thread (small ingests, and wherever a worker cannot start). */
export const inlineAnalyser: Analyser = { analyse: async (raws) => analyseHere(raws), close: async () => undefined };

/**
 * A worker-backed analyser. The worker runs the same TypeScript through the process's loader (tsx); when it cannot
 * start or dies, every pending and later batch is analysed inline instead, so ingest never depends on it.
 */
export function createWorkerAnalyser(): Analyser {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  let worker: Worker | null = null;
  const pending = new Map<number, { raws: readonly RawArticle[]; resolve: (r: Analysed[]) => void }>();
  const fallBack = (): void => {
    worker = null;
    for (const [id, p] of pending) {
      pending.delete(id);
      p.resolve(analyseHere(p.raws));
    }
  };
  try {
    worker = new Worker(new URL(`./analyse-worker${ext}`, import.meta.url));
    worker.unref();
    worker.on('message', (m: AnalyseReply) => {
      const p = pending.get(m.id);
      pending.delete(m.id);
      p?.resolve(m.results);
    });
    worker.on('error', fallBack);
    worker.on('exit', fallBack);
  } catch {
    worker = null;
  }
  let next = 0;
  return {
    analyse(raws) {
      if (worker === null) return Promise.resolve(analyseHere(raws));
      const id = next++;
      return new Promise((resolve) => {
        pending.set(id, { raws, resolve });
        worker?.postMessage({ id, raws });
      });
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) {
        w.removeAllListeners('exit');
        await w.terminate();
      }
    },
  };
}
