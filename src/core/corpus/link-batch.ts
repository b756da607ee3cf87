// Link a batch of analysed articles to each other and to what the store knows: canonical persons, stories,
// years for yearless dates, and dates for undated articles taken from their story (marked inferred).
import { analyseParsed } from '../extract/analyse-article.js';
import { resolvePartial } from '../extract/dates.js';
import { addDays, daysBetween, parseIso } from '../extract/date-math.js';
import type { ArticleAnalysis, Contact } from '../types.js';
import type { KnownState, KnownStory, LinkedArticle, LinkResult } from './link-types.js';
import { createPersonRegistry } from './person-registry.js';
import { samePerson } from './person-key.js';
import { renameArticle } from './rename.js';
import {
  articleFeatures, articleKeywords, laterDays, mergeKeywords, sharedFeatures, similarity, storyId, weekdayMismatch,
} from './story-match.js';

/** Minimum keyword overlap for an article without a lead contact to join a story. */
const TEXT_ONLY_THRESHOLD = 0.35;
/** Days two reports of one contact may differ by (time zones: "late Thursday" in Washington is Friday in Moscow). */
const SAME_EVENT_DAYS = 1;

const pairKey = (names: readonly string[]): string => [...names].sort().join('|');

/**
 * Two contacts have the same parties when their participant sets are equal, or one holds the other (a multi-party
 * call that one outlet reports with fewer names): "Mbuyi, Habimana, Matos, Mutai" and the same plus "Rotich".
 */
function sameParties(a: readonly string[], b: readonly string[]): boolean {
  if (pairKey(a) === pairKey(b)) return true;
  const [small, big] = a.length <= b.length ? [a, b] : [b, a];
  // A story keeps the spelling of its first report ("S. Jaishankar"); a later one may spell the name in full.
  const has = (x: string): boolean => big.includes(x) || big.some((y) => samePerson(x, y));
  return small.length >= 2 && small.every(has) && (small.length >= 3 || big.length <= 3);
}

/** Dated articles first (oldest first), then undated, each by key: the result does not depend on input order. */
function processingOrder(batch: readonly ArticleAnalysis[]): number[] {
  return batch.map((_, i) => i).sort((i, j) => {
    const a = batch[i]?.article;
    const b = batch[j]?.article;
    const da = a?.published ?? '\uffff';
    const db = b?.published ?? '\uffff';
    if (da !== db) return da < db ? -1 : 1;
    return (a?.file ?? '') < (b?.file ?? '') ? -1 : 1;
  });
}

/** Dates compatible as one event: equal, a month holding a day, or days within SAME_EVENT_DAYS. */
function compatible(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 7 || b.length === 7) return a.slice(0, 7) === b.slice(0, 7);
  return daysBetween(a, b) <= SAME_EVENT_DAYS;
}

/** The year for a yearless contact date: from dated coverage of the same pair, the closest such date. */
function yearFromCoverage(partial: string, dated: readonly string[]): string | null {
  let best: string | null = null;
  let bestGap = Infinity;
  for (const d of dated) {
    const year = Number(d.slice(0, 4));
    for (const y of [year - 1, year, year + 1]) {
      const cand = resolvePartial(partial, `${y}-12-31`);
      const full = cand ? `${y}${cand.slice(4)}` : null;
      if (!full) continue;
      const gap = daysBetween(full, d);
      if (gap < bestGap) { bestGap = gap; best = full; }
    }
  }
  return best;
}

export function linkBatch(batch: ArticleAnalysis[], known: KnownState): LinkResult {
  const persons = createPersonRegistry(known.persons);
  const stories = new Map<string, KnownStory>(known.stories.map((s) => [s.id, { ...s, participants: [...s.participants], keywords: [...s.keywords] }]));
  const changed = new Set<string>();
  const datedByPair = new Map<string, string[]>();
  for (const s of known.stories) if (s.date && !s.dateInferred) datedByPair.set(pairKey(s.participants), [...(datedByPair.get(pairKey(s.participants)) ?? []), s.date]);
  const linked: LinkedArticle[] = new Array<LinkedArticle>(batch.length);

  const fromCoverage = (a: ArticleAnalysis): void => {
    for (const c of a.contacts) {
      if (!c.date && c.partialDate) c.date = yearFromCoverage(c.partialDate, datedByPair.get(pairKey(c.participants)) ?? []);
    }
  };
  for (const i of processingOrder(batch)) {
    let a = renameArticle(batch[i] as ArticleAnalysis, persons);
    const undated = a.article.published === null;
    fromCoverage(a);
    const keywords = [...articleKeywords(a), ...articleFeatures(a)];
    const story = chooseStory(a, keywords, [...stories.values()]);
    const dateline = a.article.dateline;
    if (undated && dateline && story?.date) {
      // "WASHINGTON, Dec 5 (Reuters) -" gets its year from the story; then "on Saturday" can be read.
      const published = yearFromCoverage(dateline, [story.date]);
      if (published) {
        a = renameArticle(analyseParsed({ ...a.article, published, dateline: null }), persons);
        fromCoverage(a);
      }
    } else if (undated && !dateline && story?.date?.length === 10) a = withStoryDay(a, story.date, persons);
    const id = story?.id ?? storyId(a.contacts[0]?.participants ?? [], a.contacts[0]?.date ?? a.eventDate, a.article.title, (x) => stories.has(x));
    const target: KnownStory = story ?? {
      id, title: a.article.title, date: null, dateInferred: false, participants: a.contacts[0]?.participants ?? [], keywords: [], articleCount: 0,
    };
    const leadDate = a.contacts[0]?.date ?? a.eventDate;
    if (!target.date && leadDate) { target.date = leadDate; target.dateInferred = false; }
    if (undated && target.date) fillFromStory(a, target.date);
    target.keywords = mergeKeywords(target.keywords, keywords);
    target.articleCount += 1;
    if (a.article.title.split(/\s+/u).length >= 5 && (target.articleCount === 1 || a.article.title.length < target.title.length)) target.title = a.article.title;
    stories.set(target.id, target);
    changed.add(target.id);
    for (const c of a.contacts) {
      if (c.date && !c.dateInferred) datedByPair.set(pairKey(c.participants), [...(datedByPair.get(pairKey(c.participants)) ?? []), c.date]);
    }
    linked[i] = { analysis: a, storyId: target.id };
  }
  return {
    articles: linked,
    persons: persons.touched(),
    stories: [...changed].map((id) => stories.get(id) as KnownStory),
  };
}

/**
 * An undated text with no dateline ("on Sunday he had already telephoned with B", "last week in Warsaw met B") read
 * again as if published near its story's day. Only what the first reading left undated or dropped is taken, marked
 * inferred: it rests on the story.
 */
function withStoryDay(a: ArticleAnalysis, storyDate: string, persons: ReturnType<typeof createPersonRegistry>): ArticleAnalysis {
  const again = (published: string): ArticleAnalysis => renameArticle(analyseParsed({ ...a.article, published, dateline: null }), persons);
  // The text was published on the story's day or up to a week after: the first such day that puts its lead
  // contact on the story's day. If none does, its own contacts keep what the story gives them.
  const start = parseIso(storyDate);
  let b: ArticleAnalysis | null = null;
  for (let k = 0; start && k <= 7 && !b; k++) {
    const tried = again(addDays(start, k).toISOString().slice(0, 10));
    const lead = tried.contacts[0]?.date;
    if (lead === storyDate || (k === 0 && !lead)) b = tried;
  }
  if (!b) return a;
  const key = (c: Contact): string => `${pairKey(c.participants)}\u0000${c.evidence}`;
  const mine = new Map(a.contacts.map((c) => [key(c), c]));
  const contacts = [...a.contacts];
  for (const c of b.contacts) {
    const had = mine.get(key(c));
    if (!c.date) continue;
    if (had && !had.date && !had.partialDate) { had.date = c.date; had.dateInferred = true; }
    else if (!had && !contacts.some((o) => pairKey(o.participants) === pairKey(c.participants) && o.date === c.date)) contacts.push({ ...c, dateInferred: true });
  }
  return { ...a, contacts };
}

/** An undated article's contacts without a date take the story date; yearless dates take the story's year. */
function fillFromStory(a: ArticleAnalysis, storyDate: string): void {
  const anchor = storyDate.length === 7 ? `${storyDate}-28` : storyDate;
  a.contacts.forEach((c: Contact) => {
    if (c.date) return;
    if (c.partialDate) c.date = resolvePartial(c.partialDate, anchor);
    else { c.date = storyDate; c.dateInferred = true; }
  });
  a.eventDate ??= storyDate;
}

/** The story an article covers: same lead pair and compatible date; undated, the most similar story of the pair. */
function chooseStory(a: ArticleAnalysis, keywords: string[], stories: KnownStory[]): KnownStory | null {
  const lead = a.contacts[0];
  if (!lead) {
    const best = bestBySimilarity(keywords, stories);
    return best && best.score >= TEXT_ONLY_THRESHOLD ? best.story : null;
  }
  const pair = stories.filter((s) => sameParties(s.participants, lead.participants));
  const date = lead.date ?? a.eventDate;
  if (date) {
    const same = pair.filter((s) => s.date && compatible(s.date, date));
    same.sort((x, y) => daysBetween(x.date ?? '', date) - daysBetween(y.date ?? '', date));
    return same[0] ?? pair.find((s) => !s.date) ?? null;
  }
  return bestBySimilarity(keywords, pair, true)?.story ?? null;
}

/**
 * The most similar story. For an undated report of a pair's contact, facts of the event weigh most: shared tone,
 * duration, bounds and other contacts, minus days mentioned that come after the story's date; words break ties.
 */
function bestBySimilarity(keywords: string[], stories: KnownStory[], useFeatures = false): { story: KnownStory; score: number } | null {
  let best: { story: KnownStory; score: number } | null = null;
  for (const s of stories) {
    const words = similarity(keywords, s.keywords);
    const score = useFeatures
      ? sharedFeatures(keywords, s.keywords) - 2 * laterDays(keywords, s.date) - weekdayMismatch(keywords, s.date) + words
      : words;
    if (!best || score > best.score) best = { story: s, score };
  }
  return best;
}
