// What every writer shares: the shape of a batch article, and text cleaned for PostgreSQL.
import type { ArticleAnalysis, RawArticle } from '../core/types.js';

export interface BatchArticle {
  raw: RawArticle;
  /** sha256 of raw.text. */
  rawHash: string;
  analysis: ArticleAnalysis;
  storyId: string | null;
}

/** PostgreSQL text may not hold NUL; everything stored passes through here, cut to `max` characters. */
export const clean = (s: string | null | undefined, max = 100_000): string | null =>
  s === null || s === undefined ? null : s.replace(/\u0000/gu, '').slice(0, max);

export const text = (s: string | null | undefined, max?: number): string => clean(s, max) ?? '';
