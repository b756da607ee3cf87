// When digests go out (a wall-clock time in an IANA zone, every day|weekday|week) and the period each one covers.
import { addDays, dateKey, instantOf, wallClock, weekday } from './time-zone.js';

export const DIGEST_EVERY = ['day', 'weekday', 'week'] as const;
export type DigestEvery = (typeof DIGEST_EVERY)[number];

export interface DigestSchedule {
  /** "HH:MM", 24-hour, wall clock in `timezone`. */
  time: string;
  timezone: string;
  every: DigestEvery;
}

/** One scheduled send: the civil date it belongs to (the ledger key) and its instant. */
export interface Slot {
  /** YYYY-MM-DD in the subscription's zone: one digest per subscription and key, whatever the clocks do. */
  key: string;
  at: Date;
}

/** What one digest covers: coverage ingested in [from, to). */
export interface DigestPeriod {
  key: string;
  from: Date;
  to: Date;
}

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** "8:00" → "08:00"; null when it is not a 24-hour time. */
export function normaliseTime(text: string): string | null {
  const m = TIME.exec(text.trim());
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : null;
}

// Weekly digests go out on Mondays: the start of the working week, and one fixed day nobody has to choose.
const WEEKLY_DAY = 1;

function runsOn(every: DigestEvery, civil: { year: number; month: number; day: number }): boolean {
  const wd = weekday(civil);
  if (every === 'weekday') return wd >= 1 && wd <= 5;
  if (every === 'week') return wd === WEEKLY_DAY;
  return true;
}

function slotOn(s: DigestSchedule, civil: { year: number; month: number; day: number }): Slot {
  const [hour, minute] = s.time.split(':').map(Number) as [number, number];
  return { key: dateKey(civil), at: instantOf({ ...civil, hour, minute }, s.timezone) };
}

/** The latest scheduled send at or before `t`. */
export function slotAtOrBefore(s: DigestSchedule, t: Date): Slot {
  const today = wallClock(t, s.timezone);
  // Starting a day ahead covers a send shifted past midnight by a DST gap.
  for (let k = 1; k >= -8; k--) {
    const civil = addDays(today, k);
    if (!runsOn(s.every, civil)) continue;
    const slot = slotOn(s, civil);
    if (slot.at.getTime() <= t.getTime()) return slot;
  }
  throw new Error(`no digest slot within 8 days before ${t.toISOString()}`);
}

/** The first scheduled send strictly after `t`. */
export function slotAfter(s: DigestSchedule, t: Date): Slot {
  const today = wallClock(t, s.timezone);
  for (let k = -1; k <= 8; k++) {
    const civil = addDays(today, k);
    if (!runsOn(s.every, civil)) continue;
    const slot = slotOn(s, civil);
    if (slot.at.getTime() > t.getTime()) return slot;
  }
  throw new Error(`no digest slot within 8 days after ${t.toISOString()}`);
}

/** Every scheduled send in (after, upTo], oldest first; at most `max` (the newest ones are kept). */
export function slotsBetween(s: DigestSchedule, after: Date, upTo: Date, max = 400): Slot[] {
  const slots: Slot[] = [];
  let cur = slotAtOrBefore(s, upTo);
  while (cur.at.getTime() > after.getTime() && slots.length < max) {
    slots.push(cur);
    cur = slotAtOrBefore(s, new Date(cur.at.getTime() - 1));
  }
  return slots.reverse();
}

/** The coverage a digest sent in `slot` reports: everything ingested since the previous scheduled send. */
export function periodOf(s: DigestSchedule, slot: Slot): DigestPeriod {
  return { key: slot.key, from: slotAtOrBefore(s, new Date(slot.at.getTime() - 1)).at, to: slot.at };
}

/** "every day at 08:00 (Europe/Berlin)" */
export function describeSchedule(s: DigestSchedule): string {
  const when = s.every === 'day' ? 'every day' : s.every === 'weekday' ? 'every weekday (Mon–Fri)' : 'every Monday';
  return `${when} at ${s.time} (${s.timezone})`;
}
