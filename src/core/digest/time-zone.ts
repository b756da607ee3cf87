// IANA time zones with Intl only: validate a name, read an instant's wall clock, and find the instant of a wall clock.

/** A civil date and wall-clock time, as a person in some zone reads it. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
}

// Names only ("Europe/Berlin", "UTC", "America/Argentina/Buenos_Aires"): offsets like "+02:00" don't follow DST rules.
const NAME_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/;

let known: string[] | null = null;
function knownZones(): string[] {
  known ??= [...Intl.supportedValuesOf('timeZone'), 'UTC'];
  return known;
}

export type ZoneCheck = { ok: true; zone: string } | { ok: false; suggestions: string[] };

/**
 * Accepts an IANA name in any letter case ("europe/berlin") and returns its canonical spelling. On failure, suggests
 * zones whose last part matches ("Berlin" → Europe/Berlin) so the user can fix it in one try.
 */
export function checkTimeZone(input: string): ZoneCheck {
  const name = input.trim();
  if (NAME_SHAPE.test(name)) {
    const exact = knownZones().find((z) => z.toLowerCase() === name.toLowerCase());
    try {
      // The probe also accepts links the list omits ("US/Eastern", "Asia/Calcutta").
      const zone = new Intl.DateTimeFormat('en-US', { timeZone: exact ?? name }).resolvedOptions().timeZone;
      return { ok: true, zone: exact ?? zone };
    } catch {
      // fall through to suggestions
    }
  }
  const tail = name.toLowerCase().replace(/\s+/g, '_').split('/').pop() ?? '';
  const suggestions = tail.length < 3 ? [] : knownZones().filter((z) => z.toLowerCase().split('/').pop()!.includes(tail)).slice(0, 5);
  return { ok: false, suggestions };
}

export function wallClock(instant: Date, tz: string): WallClock {
  const parts: Record<string, number> = {};
  for (const p of formatter(tz).formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute! };
}

/** Minutes the zone is ahead of UTC at that instant (Berlin in summer: 120). */
export function offsetMinutes(instant: Date, tz: string): number {
  const w = wallClock(instant, tz);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

const sameWall = (a: WallClock, b: WallClock) =>
  a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute;

/**
 * The instant a wall clock shows `w` in `tz`. When clocks fall back and the time happens twice, the first one;
 * when clocks spring forward over it (02:30 on the last Sunday of March in Berlin), the time shifted by the gap
 * (03:30), so every civil day still has exactly one instant.
 */
export function instantOf(w: WallClock, tz: string): Date {
  const naive = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  const day = 86_400_000;
  // The offsets a day either side bracket any transition near this wall time.
  const before = offsetMinutes(new Date(naive - day), tz);
  const after = offsetMinutes(new Date(naive + day), tz);
  const candidates = [...new Set([before, after])]
    .map((off) => new Date(naive - off * 60_000))
    .filter((d) => sameWall(wallClock(d, tz), w))
    .sort((a, b) => a.getTime() - b.getTime());
  return candidates[0] ?? new Date(naive - before * 60_000);
}

/** "YYYY-MM-DD" of a civil date. */
export function dateKey(w: Pick<WallClock, 'year' | 'month' | 'day'>): string {
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** Adds days to a civil date (no time zone involved). */
export function addDays(w: Pick<WallClock, 'year' | 'month' | 'day'>, n: number): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day + n));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday, of a civil date. */
export function weekday(w: Pick<WallClock, 'year' | 'month' | 'day'>): number {
  return new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
}

const readable = new Map<string, Intl.DateTimeFormat>();

/** "Tue 12 Mar 2024, 08:00" as read in the zone (built from parts: ICU's own punctuation varies by version). */
export function formatInZone(instant: Date, tz: string, withTime = true): string {
  let f = readable.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: tz, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric',
      hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    });
    readable.set(tz, f);
  }
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(instant)) p[part.type] = part.value;
  const day = `${p.weekday} ${p.day} ${p.month} ${p.year}`;
  return withTime ? `${day}, ${p.hour}:${p.minute}` : day;
}
