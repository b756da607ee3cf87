// What clustering compares: distinctive terms of an article, their overlap, and readable story ids.
import type { ArticleAnalysis } from '../types.js';
import { findDates } from '../extract/dates.js';
import { foldName } from '../extract/names.js';
import { personKey } from './person-key.js';

/** Frequent words that say nothing about which event an article covers. */
const COMMON = new Set(`
  about above after again against also although among another around because been before being below between both
  but came can could did does doing done down during each even every first from further had has have having here
  however into its itself just last later like made make many more most much must near never next none nor not now
  off once only other others our out over own part said same says should since some such than that their them then
  there these they this those through today told under until upon very was were what when where which while will
  with within without would year years your the and for are him his her she he who whom how new one two three four
  five six according added news report reported statement official officials country countries people time week
  month monday tuesday wednesday thursday friday saturday sunday told spokesman spokeswoman minister ministry
  president secretary defense defence government state united states russia russian ukraine ukrainian american war
  military forces support security issues discussed including situation talks conversation call phone telephone spoke
`.trim().split(/\s+/u));

/** How many terms describe an article or a story. */
export const KEYWORD_COUNT = 40;

/** The most frequent distinctive terms of an article (names, numbers, rarer words). */
export function articleKeywords(a: ArticleAnalysis): string[] {
  const counts = new Map<string, number>();
  const text = [a.article.title, ...a.article.paragraphs].join(' ');
  for (const raw of foldName(text).split(/[^a-z0-9]+/u)) {
    if (raw.length < 4 || COMMON.has(raw)) continue;
    counts.set(raw, (counts.get(raw) ?? 0) + 1);
  }
  for (const d of text.match(/\b\d{1,2}\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b/gu) ?? []) {
    const k = foldName(d).replace(/\s+/gu, '-');
    if (k.includes('-')) counts.set(k, (counts.get(k) ?? 0) + 2);
  }
  return [...counts.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, KEYWORD_COUNT).map(([w]) => w);
}

/**
 * Facts about the reported event that tell two calls of one pair apart, as keyword-like features: its tone and
 * duration ("tone:professional", "dur:about an hour"), the bounds it names ("since:02-18"), the other contacts the
 * article reports ("pair:Lloyd Austin|Oleksii Reznikov") and the days it mentions ("day:05-19").
 */
export function articleFeatures(a: ArticleAnalysis): string[] {
  const out = new Set<string>();
  const lead = a.contacts[0];
  if (lead?.tone) out.add(`tone:${lead.tone}`);
  if (lead?.initiator) out.add(`init:${lead.initiator}`);
  if (lead?.duration) out.add(`dur:${lead.duration}`);
  for (const c of a.contacts.slice(1)) out.add(`pair:${[...c.participants].sort().join('|')}`);
  for (const p of a.article.paragraphs) {
    for (const d of findDates(p, null)) {
      const md = d.partial ?? (d.value && d.value.length === 10 ? `--${d.value.slice(5)}` : null);
      if (!md || md.length !== 7) continue;
      out.add(d.bound ? `since:${md.slice(2)}` : `day:${md.slice(2)}`);
    }
    for (const m of p.matchAll(WEEKDAY_MENTION)) out.add(`wd:${WEEKDAYS.indexOf((m[1] ?? '').toLowerCase())}`);
  }
  return [...out];
}

const isFeature = (w: string): boolean => w.includes(':');
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** A weekday the article reports something on ("on Friday evening"), not a plan ("next Friday"). */
const WEEKDAY_MENTION = /(?<!\b(?:next|coming|until|by|before)\s)\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gu;

/** 1 when an article names weekdays and none is the story date's weekday (or the day after, for reports). */
export function weekdayMismatch(features: readonly string[], storyDate: string | null): number {
  const wds = features.filter((f) => f.startsWith('wd:')).map((f) => Number(f.slice(3)));
  if (!storyDate || storyDate.length !== 10 || wds.length === 0) return 0;
  const wd = new Date(`${storyDate}T00:00:00Z`).getUTCDay();
  return wds.some((w) => w === wd || w === (wd + 1) % 7) ? 0 : 1;
}

/** Overlap of two keyword lists relative to the shorter one (0..1); features are compared apart. */
export function similarity(a: readonly string[], b: readonly string[]): number {
  const wa = a.filter((w) => !isFeature(w));
  const wb = b.filter((w) => !isFeature(w));
  if (wa.length === 0 || wb.length === 0) return 0;
  const set = new Set(wb);
  return wa.filter((w) => set.has(w)).length / Math.min(wa.length, wb.length);
}

/** Event features shared by an article and a story (tone, duration, bounds, other contacts). */
export function sharedFeatures(a: readonly string[], b: readonly string[]): number {
  const set = new Set(b.filter((w) => isFeature(w) && !w.startsWith('day:') && !w.startsWith('wd:')));
  return a.filter((w) => set.has(w)).length;
}

/**
 * Days an article mentions that fall after a candidate story's date in the same year: coverage names earlier days,
 * so an article that mentions 6 October is not about a call on 13 May.
 */
export function laterDays(features: readonly string[], storyDate: string | null): number {
  if (!storyDate || storyDate.length !== 10) return 0;
  const md = storyDate.slice(5);
  const limit = new Date(Date.UTC(2000, Number(md.slice(0, 2)) - 1, Number(md.slice(3)) + 7)).toISOString().slice(5, 10);
  return features.filter((f) => f.startsWith('day:') && f.slice(4) > limit && Number(f.slice(4, 6)) >= Number(md.slice(0, 2))).length;
}

/** Keywords of a story after adding an article: the union, capped (features are kept apart from the cap). */
export function mergeKeywords(story: readonly string[], article: readonly string[]): string[] {
  const all = [...new Set([...story, ...article])];
  return [...all.filter((w) => !isFeature(w)).slice(0, KEYWORD_COUNT * 2), ...all.filter(isFeature).slice(0, KEYWORD_COUNT)];
}

const slug = (s: string): string => foldName(s).replace(/[^a-z0-9]+/gu, '-').replace(/^-+|-+$/gu, '');

/** A readable story id from its participants' surnames and date ("austin-shoigu-2022-05-13"), or from its title. */
export function storyId(participants: readonly string[], date: string | null, title: string, taken: (id: string) => boolean): string {
  const names = participants.length > 0
    ? [...participants].map((p) => slug(p.split(/\s+/u).pop() ?? p)).sort().slice(0, 3).join('-')
    : slug(title).split('-').filter((w) => w.length > 3).slice(0, 5).join('-') || 'story';
  const base = date ? `${names}-${date}` : names;
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

export { personKey };
