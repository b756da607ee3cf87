// Calendar arithmetic on UTC dates for date resolution (no time zones: articles give calendar days).

/** Days after the reference date beyond which a guessed year moves back one ("prefer the past"). */
export const FUTURE_SLACK_DAYS = 60;

const pad = (n: number): string => String(n).padStart(2, '0');

const isoMemo = new Map<string, Date | null>();

/** A UTC date from YYYY-MM-DD (memoised: the same reference date is parsed for every sentence). */
export function parseIso(s: string): Date | null {
  const hit = isoMemo.get(s);
  if (hit !== undefined) return hit;
  const d = computeIso(s);
  if (isoMemo.size > 5_000) isoMemo.clear();
  isoMemo.set(s, d);
  return d;
}

function computeIso(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(s);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** YYYY-MM-DD, or null for an impossible day (30 February). */
export function isoDay(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

export const isoMonth = (y: number, m: number): string => `${y}-${pad(m)}`;

export function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

/** The last date on or before `d` that falls on weekday `wd` (0 = Sunday). */
export function weekdayOnOrBefore(d: Date, wd: number): Date {
  return addDays(d, -((d.getUTCDay() - wd + 7) % 7));
}

/**
 * The year for a month (and day) given without one: the reference year, unless that lands more than
 * FUTURE_SLACK_DAYS after the reference date, then the year before ("since February 18" read in October 2022 is
 * 2022, and "December 30" read on 2 January 2023 is 2022).
 */
export function preferPast(ref: Date, month: number, day: number | null): string | null {
  let y = ref.getUTCFullYear();
  const probe = new Date(Date.UTC(y, month - 1, day ?? 1));
  if (probe.getTime() > ref.getTime() + FUTURE_SLACK_DAYS * 86_400_000) y -= 1;
  return day === null ? isoMonth(y, month) : isoDay(y, month, day);
}

/** Days between two YYYY-MM-DD / YYYY-MM dates (months count from their first day). */
export function daysBetween(a: string, b: string): number {
  const da = parseIso(a.length === 7 ? `${a}-01` : a);
  const db = parseIso(b.length === 7 ? `${b}-01` : b);
  if (!da || !db) return Infinity;
  return Math.abs(da.getTime() - db.getTime()) / 86_400_000;
}
