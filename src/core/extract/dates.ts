// Date expressions in a sentence, resolved against a reference date with "prefer the past" (news reports what
// happened): "on May 13", "in July", "on Friday", "yesterday", "earlier this week", "MOSCOW, Feb 10 (Reuters) -".
import * as chrono from 'chrono-node';
import { addDays, isoDay, isoMonth, parseIso, preferPast, weekdayOnOrBefore } from './date-math.js';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD or YYYY-MM; null when it needs a reference date the article lacks. */
  value: string | null;
  /** Without a known year: "--MM-DD" or "--MM" (ISO 8601 yearless form); null otherwise. */
  partial: string | null;
  grain: 'day' | 'month';
  /** A bound, not the date of an event: "since February 18", "until March". */
  bound: boolean;
  /** Resolves after the reference date: a plan ("next Friday"), not an event that took place. */
  future: boolean;
  /** The day something was said, not the day of what is reported: "said on Monday (that) he had spoken …". */
  reporting: boolean;
  /** The day of another, scheduled event: "ahead of a summit that begins Thursday". Never a contact's date. */
  planned: boolean;
}

const MONTH = '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** The cheap prefilter: sentences without any of these words are never handed to the parsers. */
const PREFILTER = new RegExp(`\\b(?:${MONTH}|${WEEKDAY}|[Yy]esterday|[Tt]oday|[Tt]onight|[Ll]ast night|(?:[Tt]his|[Ll]ast) (?:week|month|morning|afternoon|evening)|days? ago|in the week|[Ii]n the past (?:week|month)|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})`);

const MONTH_TEST = new RegExp(`\\b${MONTH}`);
const MONTH_DAY = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'g');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b\\.?(?:,?\\s+(\\d{4})\\b)?`, 'g');
const MONTH_YEAR = new RegExp(`\\b${MONTH}\\.?(?:\\s+of)?,?\\s+(\\d{4}|this year|last year)\\b`, 'g');
// "at the end of May", "the beginning of March": the month, at month grain.
// A sentence may open with it: "In March, A met B".
const MONTH_ONLY = new RegExp(`\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Dd]uring|[Ee]arly|[Mm]id-?|[Ll]ate|[Ll]ast|[Tt]his|[Nn]ext|(?:end|beginning|start|middle) of)\\s+(?:(?:early|mid-?|late)\\s*)?${MONTH}(?![\\w-])(?!\\.?\\s+\\d)`, 'g');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const SLASHED = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g;
const WEEKDAY_RE = new RegExp(`\\b(?:(last|this|next|on|early|late|coming)\\s+)?${WEEKDAY}\\b`, 'g');
const RELATIVE = /\b([Tt]he day before yesterday|(?:one|two|three|four|five|six|\d) days? ago|[Yy]esterday|[Ll]ast night|[Tt]oday|[Tt]onight|[Tt]his (?:morning|afternoon|evening)|[Ee]arlier this week|[Ee]arlier in the week|[Tt]his week|[Ll]ast week|[Ee]arlier this month|[Tt]his month|[Ll]ast month|[Ii]n the past (?:week|month))\b/g;

const MONTH_NUM: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const monthNum = (m: string): number => MONTH_NUM[m.slice(0, 3).toLowerCase()] ?? 0;
const WEEKDAY_NUM: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
const pad = (n: number): string => String(n).padStart(2, '0');
const SMALL_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/** Words that make the following date a bound rather than an event date. */
const BOUND_BEFORE = /\b(?:[Ss]ince|[Uu]ntil|[Tt]ill|[Aa]s of|[Aa]head of)\b(?:\s+[^\s,.;:]+){0,5}\s*$|\b(?:[Bb]y|[Bb]efore|[Aa]fter)\s+(?:early |mid-?|late |the end of )?$/;

/** True when a date is a bound: "since February 18", "since the conflict began on May 13". */
function isBound(text: string, start: number): boolean {
  return BOUND_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}

/** A reporting verb just before a date: "said on Monday", "told reporters late Tuesday", "announced Thursday". */
// "told her regular morning news conference on Tuesday", "told a briefing in Ottawa on Tuesday": where it was said.
const REPORTING_BEFORE = /\b(?:said|says|told(?: \w+)?|told (?:a|an|the|her|his|their)\s+(?:[\w-]+\s+){0,3}(?:conference|briefing|reporters|journalists|parliament|lawmakers|senate|audience|meeting|interview)(?:\s+in\s+\p{Lu}\p{L}+)?|announced|confirmed|wrote|added|stated|reported|posted)\s+(?:on\s+|late\s+|early\s+)?$/u;

/** A present-tense schedule before a date is a plan: "a meeting that begins Thursday", "talks open on Monday". */
const PLANNED_BEFORE = /\b(?:begins?|starts?|opens?|runs?|takes? place|(?:is|are) (?:due|set|scheduled|expected|planned)(?: to \w+)?|will \w+)\s+(?:on\s+)?(?:next\s+)?$/;

function isPlanned(text: string, start: number): boolean {
  return PLANNED_BEFORE.test(text.slice(Math.max(0, start - 32), start));
}

function isReporting(text: string, start: number): boolean {
  return REPORTING_BEFORE.test(text.slice(Math.max(0, start - 72), start));
}

/** Everything chrono can add beyond the hand patterns: numeric and unusual layouts, month/day only. */
function chronoDays(text: string): { start: number; end: number; month: number; day: number | null; year: number | null }[] {
  return chrono.en.casual.parse(text, new Date(Date.UTC(2000, 5, 15))).map((r) => ({
    start: r.index,
    end: r.index + r.text.length,
    month: r.start.get('month') ?? 0,
    day: r.start.isCertain('day') ? r.start.get('day') : null,
    year: r.start.isCertain('year') ? r.start.get('year') : null,
  }));
}

/** All date expressions in one sentence. `ref` is the reference date (YYYY-MM-DD) or null. */
export function findDates(text: string, ref: string | null): DateMention[] {
  if (!PREFILTER.test(text)) return [];
  const out: DateMention[] = [];
  const taken = (s: number, e: number): boolean => out.some((d) => s < d.end && e > d.start);
  const refDate = ref ? parseIso(ref) : null;
  const add = (start: number, end: number, grain: 'day' | 'month', y: number | null, m: number, d: number | null): void => {
    if (taken(start, end) || m < 1 || m > 12) return;
    let value: string | null = null;
    let partial: string | null = null;
    if (y !== null) value = grain === 'day' ? isoDay(y, m, d ?? 1) : isoMonth(y, m);
    else if (refDate) value = preferPast(refDate, m, grain === 'day' ? d : null);
    else partial = grain === 'day' ? `--${pad(m)}-${pad(d ?? 1)}` : `--${pad(m)}`;
    const future = !!(value && ref && value.slice(0, grain === 'day' ? 10 : 7) > ref.slice(0, grain === 'day' ? 10 : 7));
    out.push({ start, end, text: text.slice(start, end), value, partial, grain, bound: isBound(text, start), future, reporting: isReporting(text, start), planned: isPlanned(text, start) });
  };
  const year = (s: string | undefined): number | null => {
    if (!s) return null;
    if (/^\d{4}$/u.test(s)) return Number(s);
    if (!refDate) return null;
    return refDate.getUTCFullYear() - (s === 'last year' ? 1 : 0);
  };

  // Each family runs only when its words occur (speed): digits for ISO dates, a month name for the month patterns.
  const digits = /\d/.test(text);
  if (digits && text.includes('-')) {
    for (const m of text.matchAll(ISO)) add(m.index, m.index + m[0].length, 'day', Number(m[1]), Number(m[2]), Number(m[3]));
  }
  if (MONTH_TEST.test(text)) addMonths(text, add, year, digits);
  if (digits && /\d{1,2}\/\d{1,2}\/\d{4}/.test(text)) {
    for (const m of text.matchAll(SLASHED)) {
      for (const c of chronoDays(m[0])) add(m.index + c.start, m.index + c.end, 'day', c.year, c.month, c.day);
    }
  }
  addRelative(text, ref, out, taken);
  return out.sort((a, b) => a.start - b.start);
}

type Add = (start: number, end: number, grain: 'day' | 'month', y: number | null, m: number, d: number | null) => void;

/** Month-name patterns: "May 13", "6 October", "January of this year", "in July". */
function addMonths(text: string, add: Add, year: (s: string | undefined) => number | null, digits: boolean): void {
  if (digits) {
    for (const m of text.matchAll(MONTH_DAY)) add(m.index, m.index + m[0].length, 'day', year(m[3]), monthNum(m[1] ?? ''), Number(m[2]));
    for (const m of text.matchAll(DAY_MONTH)) add(m.index, m.index + m[0].length, 'day', year(m[3]), monthNum(m[2] ?? ''), Number(m[1]));
  }
  for (const m of text.matchAll(MONTH_YEAR)) add(m.index, m.index + m[0].length, 'month', year(m[2]), monthNum(m[1] ?? ''), null);
  for (const m of text.matchAll(MONTH_ONLY)) {
    const at = m.index + m[0].lastIndexOf(m[1] ?? '');
    add(at, m.index + m[0].length, 'month', null, monthNum(m[1] ?? ''), null);
  }
}

/** Weekdays and words relative to the reference date; without a reference date they stay unresolved. */
function addRelative(text: string, ref: string | null, out: DateMention[], taken: (s: number, e: number) => boolean): void {
  const refDate = ref ? parseIso(ref) : null;
  const push = (start: number, end: number, grain: 'day' | 'month', value: string | null, future = false): void => {
    if (taken(start, end)) return;
    out.push({ start, end, text: text.slice(start, end), value, partial: null, grain, bound: isBound(text, start), future, reporting: isReporting(text, start), planned: isPlanned(text, start) });
  };
  for (const m of text.includes('day') ? text.matchAll(WEEKDAY_RE) : []) {
    const wd = WEEKDAY_NUM[(m[2] ?? '').toLowerCase()] ?? 0;
    const mod = (m[1] ?? '').toLowerCase();
    const at = mod === 'on' ? m.index : m.index + m[0].length - (m[2] ?? '').length;
    if (!refDate) { push(at, m.index + m[0].length, 'day', null); continue; }
    if (mod === 'next' || mod === 'coming') {
      const d = weekdayOnOrBefore(addDays(refDate, 7), wd);
      push(at, m.index + m[0].length, 'day', isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), true);
      continue;
    }
    // "on Friday" in an article of Saturday 22 October is the 21st; in one of Friday 21 October it is that day.
    const d = weekdayOnOrBefore(mod === 'last' ? addDays(refDate, -1) : refDate, wd);
    push(at, m.index + m[0].length, 'day', isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()));
  }
  for (const m of /[Tt]o(?:day|night)|[Yy]esterday|[Ll]ast|[Tt]his|[Ee]arlier|ago|past/.test(text) ? text.matchAll(RELATIVE) : []) {
    // "in the past week" is how translations (Arabic, Portuguese) say "last week".
    const w = (m[1] ?? '').toLowerCase().replace(/^in the past /, 'last ');
    const end = m.index + m[0].length;
    if (!refDate) { push(m.index, end, w.includes('week') || w.includes('month') ? 'month' : 'day', null); continue; }
    const day = (n: number): string => addDays(refDate, n).toISOString().slice(0, 10);
    const ago = /^(\w+) days? ago$/.exec(w);
    if (ago) push(m.index, end, 'day', day(-(SMALL_NUMBERS[ago[1] ?? ''] ?? Number(ago[1]))));
    else if (w === 'the day before yesterday') push(m.index, end, 'day', day(-2));
    else if (w === 'yesterday' || w === 'last night') push(m.index, end, 'day', day(-1));
    else if (w === 'today' || w === 'tonight' || w.startsWith('this ') && !/week|month/.test(w)) push(m.index, end, 'day', day(0));
    else if (w === 'last week') push(m.index, end, 'month', day(-7).slice(0, 7));
    else if (w === 'last month') push(m.index, end, 'month', isoMonth(refDate.getUTCFullYear() - (refDate.getUTCMonth() === 0 ? 1 : 0), ((refDate.getUTCMonth() + 11) % 12) + 1));
    else push(m.index, end, 'month', (ref ?? '').slice(0, 7));
  }
}

/** Resolve a yearless date ("--05-13", "--07") against a reference date, preferring the past. */
export function resolvePartial(partial: string, ref: string): string | null {
  const m = /^--(\d{2})(?:-(\d{2}))?$/u.exec(partial);
  const r = parseIso(ref);
  if (!m || !r) return null;
  return preferPast(r, Number(m[1]), m[2] ? Number(m[2]) : null);
}

/** True when a sentence may hold a date: the cheap test callers use before anything else. */
export const mayHoldDate = (text: string): boolean => PREFILTER.test(text);
