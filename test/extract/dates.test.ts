// Date expressions: prefer the past, weekdays relative to the reference date, bounds and plans marked.
import { describe, expect, it } from 'vitest';
import { findDates, resolvePartial } from '../../src/core/extract/dates.js';

const first = (text: string, ref: string | null) => findDates(text, ref)[0];
const values = (text: string, ref: string | null) => findDates(text, ref).map((d) => d.value ?? d.partial);

describe('dates', () => {
  it('resolves a weekday to the day before a Saturday article and to the same day in a Friday article', () => {
    expect(first('officials spoke on Friday', '2022-10-22')?.value).toBe('2022-10-21');
    expect(first('the ministry said Friday', '2022-10-21')?.value).toBe('2022-10-21');
  });

  it('reads "last Tuesday" as the Tuesday before the reference date', () => {
    expect(first('held a call last Tuesday', '2023-09-13')?.value).toBe('2023-09-12');
    expect(first('held a call last Tuesday', '2023-09-12')?.value).toBe('2023-09-05');
  });

  it('reads yesterday, last night and today against the reference date', () => {
    expect(values('yesterday and last night and today', '2024-04-16')).toEqual(['2024-04-15', '2024-04-15', '2024-04-16']);
  });

  it('prefers the past for a month and day without a year', () => {
    expect(first('had last spoken on May 13, when', '2022-10-22')?.value).toBe('2022-05-13');
    expect(first('met on December 30', '2023-01-02')?.value).toBe('2022-12-30');
  });

  it('gives a month for "in July", "earlier this week" and "January of this year"', () => {
    expect(first('spoke by phone in July', '2022-10-22')?.value).toBe('2022-07');
    expect(first('met earlier this week', '2023-08-18')?.value).toBe('2023-08');
    expect(first('was in January of this year', '2022-10-22')?.value).toBe('2022-01');
  });

  it('reads "on 6 October", "March 24th" and a dateline "MOSCOW, Feb 10 (Reuters)"', () => {
    expect(values('on 6 October and on March 24th', '2022-10-22')).toEqual(['2022-10-06', '2022-03-24']);
    expect(first('MOSCOW, Feb 10 (Reuters) - The minister', '2023-02-10')?.value).toBe('2023-02-10');
  });

  it('keeps the month and day without a year when there is no reference date', () => {
    expect(first('On May 13, Austin spoke', null)?.partial).toBe('--05-13');
    expect(first('in July', null)?.partial).toBe('--07');
    expect(first('on Friday', null)?.value).toBeNull();
  });

  it('marks "since February 18" as a bound, not an event date', () => {
    expect(first('for the first time since February 18', '2022-05-14')?.bound).toBe(true);
    expect(first('since the conflict began on May 13', null)?.bound).toBe(true);
    expect(first('spoke on May 13', null)?.bound).toBe(false);
  });

  it('marks "next Friday" as a plan in the future', () => {
    expect(first('will speak next Friday', '2022-10-22')?.future).toBe(true);
    expect(first('spoke on Friday', '2022-10-22')?.future).toBe(false);
  });

  it('ignores offsets without a calendar word ("a month later", "three months ago") and "may" the verb', () => {
    expect(findDates('Moscow carried it out a month later, three months ago', '2022-10-22')).toEqual([]);
    expect(findDates('the talks may resume', '2022-10-22')).toEqual([]);
  });

  it('resolves a yearless date against a reference date, preferring the past', () => {
    expect(resolvePartial('--05-13', '2022-10-21')).toBe('2022-05-13');
    expect(resolvePartial('--12-30', '2023-01-02')).toBe('2022-12-30');
    expect(resolvePartial('--07', '2022-10-21')).toBe('2022-07');
  });

  it('reads "two days ago", "the day before yesterday", "this afternoon" and "earlier in the week", not "two weeks ago" as a day', () => {
    expect(values('they spoke two days ago', '2024-04-16')).toEqual(['2024-04-14']);
    expect(values('they spoke the day before yesterday', '2024-04-16')).toEqual(['2024-04-14']);
    expect(values('they spoke this afternoon', '2024-04-16')).toEqual(['2024-04-16']);
    expect(values('they spoke earlier in the week', '2024-04-16')).toEqual(['2024-04']);
    expect(values('they spoke two weeks ago', '2024-04-16')).toEqual([]);
  });

  it('marks the day of saying ("said on Monday") and of a scheduled event ("a summit that begins Thursday")', () => {
    expect(first('the minister said on Monday that she had met him', '2024-04-16')).toMatchObject({ reporting: true, planned: false });
    expect(first('they met on Monday', '2024-04-16')).toMatchObject({ reporting: false, planned: false });
    expect(first('ahead of a summit that begins Thursday', '2024-04-16')).toMatchObject({ planned: true });
  });
});

describe('a month opening the sentence', () => {
  it('reads "In March," at the start as the month, and "Since March," as a bound', () => {
    expect(findDates('In March, Hegseth met Marcos.', '2025-11-20')).toEqual([expect.objectContaining({ value: '2025-03', bound: false })]);
    expect(findDates('Since March, Hegseth has met Marcos twice.', '2025-11-20')).toEqual([expect.objectContaining({ value: '2025-03', bound: true })]);
  });
});
