// Makes any user text safe to pass as a query parameter: no NUL, no lone surrogates, bounded length, bounded limits.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Strips what PostgreSQL text cannot hold and cuts to `max` characters. */
export function cleanText(s: unknown, max: number): string {
  if (typeof s !== 'string') return '';
  return s
    .slice(0, max)
    .replace(/\u0000/gu, ' ')
    .replace(LONE_SURROGATE, '\uFFFD')
    .trim();
}

/** A limit option: default when absent or not a number, clamped to [1, max]. */
export function clampLimit(n: unknown, dflt: number, max = 100): number {
  if (typeof n !== 'number' || !Number.isFinite(n)) return dflt;
  return Math.min(max, Math.max(1, Math.floor(n)));
}

/** Escapes LIKE wildcards so user text matches literally (used with ESCAPE '\'). */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/gu, (c) => `\\${c}`);
}

/** Plain words of a text (letters and digits only), lower-cased and capped: safe to join into a tsquery. */
export function queryWords(s: string, maxWords = 16): string[] {
  const words = s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.map((w) => w.slice(0, 50)))].slice(0, maxWords);
}

/** "a | b | c": matches any word; the input holds only letters and digits, so to_tsquery cannot fail on it. */
export function anyWordQuery(s: string): string {
  return queryWords(s).join(' | ');
}

/** A date bound (YYYY, YYYY-MM, YYYY-MM-DD) or null when the text is not one. */
export function dateBound(s: unknown): string | null {
  if (typeof s !== 'string') return null;
  const t = s.trim();
  return /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u.test(t) ? t : null;
}

/** An ISO timestamp accepted by Date.parse, normalised, or null. */
export function isoTime(s: unknown): string | null {
  if (typeof s !== 'string' || s.length > 40) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** A row id as the database stores it (int4), or null for anything else (NaN, 1e12, 2.5, -1). */
export function rowId(n: unknown): number | null {
  return typeof n === 'number' && Number.isInteger(n) && n > 0 && n <= 2_147_483_647 ? n : null;
}
