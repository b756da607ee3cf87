// Digest send times and periods across DST changes in Europe/Berlin and America/New_York (dates from the zone rules).
import { describe, expect, it } from 'vitest';
import { normaliseTime, periodOf, slotAfter, slotAtOrBefore, slotsBetween, type DigestSchedule } from '../../src/core/digest/period.js';
import { checkTimeZone, instantOf } from '../../src/core/digest/time-zone.js';

const berlin = (time: string, every: DigestSchedule['every'] = 'day'): DigestSchedule => ({ time, timezone: 'Europe/Berlin', every });
const newYork = (time: string, every: DigestSchedule['every'] = 'day'): DigestSchedule => ({ time, timezone: 'America/New_York', every });
const iso = (d: Date) => d.toISOString();
const hours = (ms: number) => ms / 3_600_000;

describe('Europe/Berlin (CET→CEST on 31 Mar 2024, back on 27 Oct 2024)', () => {
  it('08:00 stays 08:00 local on both sides of the spring change, and that period is 23 hours', () => {
    const s = berlin('08:00');
    expect(iso(slotAtOrBefore(s, new Date('2024-03-30T12:00:00Z')).at)).toBe('2024-03-30T07:00:00.000Z');
    const sunday = slotAtOrBefore(s, new Date('2024-03-31T12:00:00Z'));
    expect(sunday.key).toBe('2024-03-31');
    expect(iso(sunday.at)).toBe('2024-03-31T06:00:00.000Z');
    const p = periodOf(s, sunday);
    expect(iso(p.from)).toBe('2024-03-30T07:00:00.000Z');
    expect(hours(p.to.getTime() - p.from.getTime())).toBe(23);
  });

  it('the autumn period is 25 hours long', () => {
    const s = berlin('08:00');
    const p = periodOf(s, slotAtOrBefore(s, new Date('2024-10-27T12:00:00Z')));
    expect(iso(p.to)).toBe('2024-10-27T07:00:00.000Z');
    expect(iso(p.from)).toBe('2024-10-26T06:00:00.000Z');
    expect(hours(p.to.getTime() - p.from.getTime())).toBe(25);
  });

  it('02:30, which does not exist on 31 Mar, goes out at 03:30 CEST, once', () => {
    const s = berlin('02:30');
    const slots = slotsBetween(s, new Date('2024-03-30T00:00:00Z'), new Date('2024-04-01T00:00:00Z'));
    expect(slots.map((x) => x.key)).toEqual(['2024-03-30', '2024-03-31']);
    expect(iso(slots[1]!.at)).toBe('2024-03-31T01:30:00.000Z');
  });

  it('02:30, which happens twice on 27 Oct, goes out at the first one only', () => {
    const s = berlin('02:30');
    const slots = slotsBetween(s, new Date('2024-10-26T00:00:00Z'), new Date('2024-10-28T12:00:00Z'));
    expect(slots.map((x) => [x.key, iso(x.at)])).toEqual([
      ['2024-10-26', '2024-10-26T00:30:00.000Z'],
      ['2024-10-27', '2024-10-27T00:30:00.000Z'],
      ['2024-10-28', '2024-10-28T01:30:00.000Z'],
    ]);
    // The second 02:30 (01:30Z, CET) is inside the period of the next day, not a send of its own.
    expect(slotAtOrBefore(s, new Date('2024-10-27T01:45:00Z')).key).toBe('2024-10-27');
  });
});

describe('America/New_York (EST→EDT on 10 Mar 2024, back on 3 Nov 2024)', () => {
  it('08:00 moves from 13:00Z to 12:00Z across the spring change', () => {
    const s = newYork('08:00');
    expect(iso(slotAfter(s, new Date('2024-03-09T00:00:00Z')).at)).toBe('2024-03-09T13:00:00.000Z');
    expect(iso(slotAfter(s, new Date('2024-03-09T13:00:00Z')).at)).toBe('2024-03-10T12:00:00.000Z');
  });

  it('01:30 on 3 Nov (twice) is sent at the EDT one; 02:30 on 10 Mar (missing) at 03:30 EDT', () => {
    expect(iso(slotAfter(newYork('01:30'), new Date('2024-11-03T00:00:00Z')).at)).toBe('2024-11-03T05:30:00.000Z');
    expect(iso(slotAfter(newYork('02:30'), new Date('2024-03-10T00:00:00Z')).at)).toBe('2024-03-10T07:30:00.000Z');
  });

  it('thirty days of daily sends across the autumn change hold exactly thirty slots, one per date', () => {
    const slots = slotsBetween(newYork('07:15'), new Date('2024-10-20T00:00:00Z'), new Date('2024-11-19T00:00:00Z'));
    expect(slots).toHaveLength(30);
    expect(new Set(slots.map((x) => x.key)).size).toBe(30);
    for (const x of slots) expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'America/New_York', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(x.at)).toBe('07:15');
  });
});

describe('every weekday / week', () => {
  it("Monday's weekday digest covers the weekend from Friday's send", () => {
    const s = berlin('09:00', 'weekday');
    const monday = slotAtOrBefore(s, new Date('2024-06-10T12:00:00Z'));
    expect(monday.key).toBe('2024-06-10');
    expect(iso(periodOf(s, monday).from)).toBe('2024-06-07T07:00:00.000Z');
    expect(slotAtOrBefore(s, new Date('2024-06-09T12:00:00Z')).key).toBe('2024-06-07');
  });

  it('a weekly digest goes out on Mondays and covers seven days (168 h, or 167 across the spring change)', () => {
    const s = berlin('08:00', 'week');
    const slots = slotsBetween(s, new Date('2024-03-20T00:00:00Z'), new Date('2024-04-10T00:00:00Z'));
    expect(slots.map((x) => x.key)).toEqual(['2024-03-25', '2024-04-01', '2024-04-08']);
    const p = periodOf(s, slots[1]!);
    expect(hours(p.to.getTime() - p.from.getTime())).toBe(167);
  });
});

describe('inputs', () => {
  it('times are 24-hour HH:MM', () => {
    expect(normaliseTime('8:05')).toBe('08:05');
    expect(normaliseTime('23:59')).toBe('23:59');
    expect(normaliseTime('24:00')).toBeNull();
    expect(normaliseTime('8am')).toBeNull();
  });

  it('IANA names are accepted in any case; a city alone gets suggestions; offsets are refused', () => {
    expect(checkTimeZone('europe/berlin')).toEqual({ ok: true, zone: 'Europe/Berlin' });
    expect(checkTimeZone('UTC')).toEqual({ ok: true, zone: 'UTC' });
    const city = checkTimeZone('Berlin');
    expect(city.ok).toBe(false);
    expect(city.ok ? [] : city.suggestions).toContain('Europe/Berlin');
    expect(checkTimeZone('+02:00').ok).toBe(false);
    expect(checkTimeZone('Mars/Olympus').ok).toBe(false);
  });

  it('instantOf reads a plain wall clock in a zone without DST', () => {
    expect(iso(instantOf({ year: 2024, month: 7, day: 1, hour: 9, minute: 0 }, 'Asia/Tokyo'))).toBe('2024-07-01T00:00:00.000Z');
  });
});
