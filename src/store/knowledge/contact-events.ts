// Groups contact rows (one per article that reports a contact) into contact events, merging their sources.
import type { ContactMode } from '../../core/types.js';
import type { Source } from '../../core/knowledge.js';

export interface ContactRow {
  storyId: string | null;
  participantIds: number[];
  participantSet: number[];
  date: string | null;
  dateInferred: boolean;
  storyDate: string | null;
  mode: ContactMode;
  initiatorId: number | null;
  duration: string | null;
  tone: string | null;
  unconfirmed: boolean;
  source: Source;
}

export interface ContactEvent {
  rows: ContactRow[];
  /** Date stated by most sources, else the story's (inferred). */
  date: string | null;
  dateInferred: boolean;
}

const DAY = 86_400_000;
const dayOf = (d: string): number => Date.parse(`${d}T00:00:00Z`);

/**
 * Two stated dates describe one contact when equal, when one is the month of the other (same story only), or when
 * they are a day or two apart (time zones and "yesterday" in different outlets).
 */
function compatible(a: ContactRow, b: ContactRow): boolean {
  const x = a.date;
  const y = b.date;
  if (x === null || y === null) return false;
  const sameStory = a.storyId !== null && a.storyId === b.storyId;
  if (x === y) return true;
  if (x.length === 10 && y.length === 10) return Math.abs(dayOf(x) - dayOf(y)) <= (sameStory ? 2 : 1) * DAY;
  return sameStory && (x.startsWith(y) || y.startsWith(x));
}

/** A row carries its own date when the article states it; otherwise it belongs to whichever event its story has. */
const anchored = (r: ContactRow): boolean => r.date !== null && !r.dateInferred;

export function groupContactEvents(rows: readonly ContactRow[]): ContactEvent[] {
  const bySet = new Map<string, ContactRow[]>();
  for (const r of rows) {
    const k = r.participantSet.join(',');
    bySet.set(k, [...(bySet.get(k) ?? []), r]);
  }
  const events: ContactEvent[] = [];
  for (const group of bySet.values()) events.push(...groupOneSet(group));
  return events;
}

function groupOneSet(rows: ContactRow[]): ContactEvent[] {
  const clusters: ContactRow[][] = [];
  for (const r of rows.filter(anchored).sort((a, b) => (b.date ?? '').length - (a.date ?? '').length)) {
    const home = clusters.find((c) => c.some((m) => compatible(m, r)));
    if (home) home.push(r);
    else clusters.push([r]);
  }
  const loose = new Map<string, ContactRow[]>();
  for (const r of rows.filter((x) => !anchored(x))) {
    const home = homeFor(r, clusters);
    if (home) home.push(r);
    else {
      const k = r.storyId ?? `article:${r.source.article}`;
      loose.set(k, [...(loose.get(k) ?? []), r]);
    }
  }
  return [...clusters, ...loose.values()].map(toEvent);
}

/** The event an undated report belongs to: in its story, the one on the story's date, else the best-sourced one. */
function homeFor(r: ContactRow, clusters: ContactRow[][]): ContactRow[] | undefined {
  const inStory = clusters.filter((c) => r.storyId !== null && c.some((m) => m.storyId === r.storyId));
  const target = r.date ?? r.storyDate;
  const onDate = target ? inStory.find((c) => c.some((m) => m.date === target || (m.date ?? '').startsWith(target))) : undefined;
  return onDate ?? [...inStory].sort((a, b) => b.length - a.length)[0];
}

function toEvent(rows: ContactRow[]): ContactEvent {
  // Equal support: the more precise date, then the one the story itself carries.
  const storyDate = mostCommon(rows.map((r) => r.storyDate));
  const stated = mostCommon(rows.filter(anchored).map((r) => r.date), (d) => d.length * 2 + (d === storyDate ? 1 : 0));
  if (stated) return { rows, date: stated, dateInferred: false };
  const inferred = mostCommon(rows.map((r) => r.date ?? r.storyDate), (d) => d?.length ?? 0);
  return { rows, date: inferred, dateInferred: inferred !== null };
}

/** The value most rows give (nulls ignored); ties go to the higher `tie` score, then to the first seen. */
export function mostCommon<T>(values: readonly (T | null)[], tie: (v: T) => number = () => 0): T | null {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let bestCount = 0;
  for (const [v, n] of counts) {
    if (n > bestCount || (n === bestCount && best !== null && tie(v) > tie(best))) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}
