// Article metadata read from the text itself: a leading date token, front matter, the outlet line, the title.
import { splitParagraph } from '../extract/sentences.js';
import { SOURCE_LINE, wordCount } from './furniture.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in YYYY-MM-DD form, else null. */
export function validDate(s: string | null | undefined): string | null {
  const m = ISO_DATE.exec((s ?? '').trim().slice(0, 10));
  if (!m) return null;
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== m[0] ? null : m[0];
}

export interface Header {
  body: string;
  published: string | null;
  fields: Record<string, string>;
}

/**
 * Strip and read what precedes the body: a " date 2022-10-22 " token (the seed layout) and YAML-ish front matter
 * ("---\ntitle: ...\ndate: 2022-10-21\n---").
 */
export function readHeader(text: string): Header {
  let body = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  if (body.includes('\u00a0')) body = body.replace(/\u00a0/g, ' ');
  if (body.charCodeAt(0) === 0xfeff) body = body.slice(1);
  const fields: Record<string, string> = {};
  const fm = /^\s*---\n([\s\S]*?)\n---[ \t]*\n/.exec(body);
  if (fm) {
    for (const line of (fm[1] ?? '').split('\n')) {
      const kv = /^\s*([A-Za-z_-]+)\s*:\s*(.*?)\s*$/.exec(line);
      if (kv?.[1]) fields[kv[1].toLowerCase()] = (kv[2] ?? '').replace(/^["']|["']$/g, '');
    }
    body = body.slice(fm[0].length);
  }
  let published = validDate(fields.date ?? fields.published ?? fields.pubdate ?? null);
  const lead = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/i.exec(body);
  if (lead) {
    published = published ?? validDate(lead[1]);
    body = body.slice(lead[0].length);
  }
  return { body, published, fields };
}

/** Agencies named in a wire dateline: "MOSCOW, Feb 10 (Reuters) -", "KYIV (AP) —". */
const DATELINE_AGENCY = /^[\p{Lu}][\p{Lu} .,'/-]{1,40}(?:,\s*(?:[\p{L}]{3,9}\.? \d{1,2}|\d{1,2} [\p{L}]{3,9}\.?)(?:,? \d{4})?)?\s*\(([\p{Lu}][\p{L}&. ]{1,30})\)\s*[-–—]/u;
/** "The RIA news agency reported", "the Interfax news agency said". */
const NEWS_AGENCY = /\b(?:[Tt]he )?((?:[\p{Lu}][\p{L}&.-]*\s){1,3})news agency\b/u;
/** "Support The Moscow Times!": a banner that names the page's own outlet. */
const SELF_BANNER = /^(?:[Ss]upport|[Ss]ubscribe to|[Dd]onate to)\s+((?:[Tt]he\s+)?[\p{Lu}][\p{L}&.'-]*(?:\s+[\p{Lu}][\p{L}&.'-]*){0,4})\s*!$/u;

/**
 * The outlet, by this rule: a line that names where the text comes from ("Source: X"), else the agency of a wire
 * dateline ("(Reuters) -"), else a banner of the page's own outlet ("Support X!"), else a news agency the lead
 * paragraph reports from ("The RIA news agency reported"). Credits ("AFP contributed reporting") name helpers,
 * not the outlet, and are ignored.
 */
export function findOutlet(lines: readonly string[]): string | null {
  // Cheap gates keep the case-insensitive Unicode regexes off lines that cannot match (first letter, literal text);
  // "ſ" folds to "s" under /iu, so a line holding it takes the regex.
  for (const l of lines) {
    if (l.length > 80) continue;
    const c = l.trimStart().charCodeAt(0) | 32;
    if (c !== 115 && c !== 118 && c !== 111 && !l.includes('\u017f')) continue;
    const m = SOURCE_LINE.exec(l.trim());
    if (m?.[1] && m[1].split(/\s+/).length <= 6) return m[1].trim();
  }
  for (const l of lines.slice(0, 8)) {
    if (!l.includes('(')) continue;
    const m = DATELINE_AGENCY.exec(l.trim());
    if (m?.[1]) return m[1].trim();
  }
  for (const l of lines.slice(0, 8)) {
    const m = SELF_BANNER.exec(l.trim());
    if (m?.[1]) return m[1].trim();
  }
  for (const l of lines.slice(0, 3)) {
    const agency = l.includes('news agency') ? NEWS_AGENCY.exec(l) : null;
    if (agency?.[1]) return agency[1].trim();
  }
  return null;
}

/** True when a first line reads as a headline: short and not ending like a sentence. */
export function isHeadline(line: string): boolean {
  const words = wordCount(line);
  return words <= 22 && !/[.!?;,:”"’]$/.test(line.trim()) || (words <= 14 && /[?!]$/.test(line.trim()));
}

/** A site tagline glued to the lead ("... News of the day in the world and Russia today"). */
const TAGLINE = /^(?:the )?(?:latest |breaking |top )?news\b[^.!?]*$/i;

/** Drop a tagline sentence from the end of the first paragraph. */
export function stripTagline(paragraph: string): string {
  const sentences = splitParagraph(paragraph);
  const last = sentences[sentences.length - 1];
  if (sentences.length > 1 && last && TAGLINE.test(last.text)) return paragraph.slice(0, last.start).trim();
  return paragraph;
}

/** A title made from a lead sentence: whole when short, else its first clause, else its first 20 words. */
export function titleFromSentence(paragraph: string): string {
  const first = (splitParagraph(paragraph)[0]?.text ?? paragraph).replace(/[.!?]$/, '');
  const words = first.split(/\s+/);
  if (words.length <= 25) return first;
  const clause = /^(.{30,}?)(?:,\s+(?:but|while|as|and|after|which)\b|;|\s[-–—]\s)/.exec(first);
  if (clause?.[1] && clause[1].split(/\s+/).length >= 8) return clause[1];
  return `${words.slice(0, 20).join(' ')}…`;
}

const MONTHS3 = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad2 = (n: number): string => String(n).padStart(2, '0');
/** A month word and day as "MM-DD" ("Nov.", "7" → "11-07"), or null when the word is no month or the day is 0. */
function monthDay(monthWord: string | undefined, day: string | undefined): string | null {
  const month = monthWord ? MONTHS3.indexOf(monthWord.slice(0, 3).toLowerCase()) + 1 : 0;
  const d = Number(day ?? 0);
  return month > 0 && d > 0 ? `${pad2(month)}-${pad2(d)}` : null;
}
/** "WASHINGTON, Dec 5 (Reuters) - ", "NAIROBI, Nov. 12, 2023 (AP) — ", "KYIV (Reuters) - ", "CANBERRA, Australia (AP) — ". */
const DATELINE = /^([\p{Lu}][\p{Lu} .'/-]{1,40}?)(?:,\s*\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?(?=\s*\())?(?:,\s*([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?)?\s*\(([^)]{1,30})\)\s*[-–—]\s*/u;

/**
 * Datelines without an agency, or with the day first (agency feeds and translations): "MOSCOW, 19 Nov — ",
 * "KYIV, June 24 - ", "MOSCOW, 19 Nov (TASS) — ". The date is what makes it a dateline; the month must be one.
 */
const DATED_LINE = /^([\p{Lu}][\p{Lu} .'/-]{1,40}?),\s*(?:([A-Z][a-z]{2,8})\.?\s+(\d{1,2})|(\d{1,2})\s+([A-Z][a-z]{2,8})\.?)(?:,?\s+(\d{4}))?\s*(?:\(([^)]{1,30})\)\s*)?[-–—]\s*/u;

const MONTH_WORD = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** "7 November 2025", "Tuesday, 12th August 2025", "July 23 2025", "Nov. 7, 2025", "2025-11-07", with a time after it. */
const DATE_PART = new RegExp(
  `^(?:(?:published|updated|posted)(?:\\s+on)?:?\\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_WORD})|(${MONTH_WORD})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?)\\s+(\\d{4})` +
    `(?:,?\\s*(?:[-–—]|at)?\\s*\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?)?$|^(\\d{4}-\\d{2}-\\d{2})(?:[ T]\\d{1,2}:\\d{2}.*)?$`,
  'iu',
);
/** The other parts a publication line may hold: a byline ("By Orla Geraghty"), a label ("Published", "Updated:"). */
const BYLINE_PART = /^(?:by\s+\p{Lu}[\p{L}.'-]*(?:\s+(?:and\s+)?[\p{Lu}][\p{L}.'-]*){0,5}|(?:published|updated|posted|last updated)(?:\s+on)?\s*:?)$/iu;

/**
 * A line of page furniture that says when the text was published: "By Orla Geraghty | 7 November 2025",
 * "Tuesday, 12th August 2025", "July 23 2025 - 5:12PM", "Published: 2025-11-07". Its date as YYYY-MM-DD, else null.
 * Only a line made of nothing else counts: a date in a sentence tells an event, not the page.
 */
export function publicationDate(line: string): string | null {
  if (line.length > 90) return null;
  let date: string | null = null;
  for (const part of line.trim().split(/\s*[|·•]\s*|(?<=\p{Ll})\s*:\s+(?=\d|\p{Lu})/u)) {
    if (part === '' || BYLINE_PART.test(part)) continue;
    const m = DATE_PART.exec(part);
    if (!m || date) return null;
    const md = m[6] ? null : monthDay(m[2] ?? m[3], m[1] ?? m[4]);
    date = validDate(m[6] ?? (md ? `${m[5]}-${md}` : null));
    if (!date) return null;
  }
  return date;
}

/** The parts of a dateline: its whole text and the month word, day and year it gives. */
interface DatelineParts { text: string; month?: string; day?: string; year?: string }

function datelineParts(paragraph: string): DatelineParts | null {
  const m = DATELINE.exec(paragraph);
  if (m) return { text: m[0], month: m[2], day: m[3], year: m[4] };
  const d = DATED_LINE.exec(paragraph);
  const month = d?.[2] ?? d?.[5];
  if (!d || !month || !MONTHS3.includes(month.slice(0, 3).toLowerCase())) return null;
  return { text: d[0], month, day: d[3] ?? d[4], year: d[6] };
}

export interface Dateline {
  /** The paragraph without its dateline. */
  rest: string;
  /** YYYY-MM-DD when the dateline has a year. */
  date: string | null;
  /** "--MM-DD" when it has a month and day only. */
  partial: string | null;
}

/** Read and strip a wire dateline at the start of a paragraph; null when there is none. */
export function readDateline(paragraph: string): Dateline | null {
  const m = datelineParts(paragraph);
  if (!m) return null;
  const md = monthDay(m.month, m.day);
  const partial = md ? `--${md}` : null;
  const date = md && m.year ? validDate(`${m.year}-${md}`) : null;
  return { rest: paragraph.slice(m.text.length), date, partial: date ? null : partial };
}
