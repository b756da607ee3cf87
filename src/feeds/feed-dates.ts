// Feed and page dates → the calendar day the publisher wrote (YYYY-MM-DD), not that day shifted to UTC.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function day(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * "2023-11-21T23:30:00-05:00" is 21 November where it was published, though 22 November in UTC; RFC 822
 * "Tue, 21 Nov 2023 23:30:00 -0500" likewise. So the written day wins, and only other forms go through Date.
 */
export function toDay(text: string | null | undefined): string | null {
  if (!text) return null;
  const t = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const rfc = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2,4})\b/.exec(t);
  if (rfc) {
    const m = MONTHS.indexOf(rfc[2]!.slice(0, 3).toLowerCase());
    let y = Number(rfc[3]);
    if (y < 100) y += y < 70 ? 2000 : 1900;
    if (m >= 0) return day(y, m + 1, Number(rfc[1]));
  }
  const ms = Date.parse(t);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms);
  return day(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}
