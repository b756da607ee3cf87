// The date of the event an article reports: the first event date in its lead ("spoke ... on Friday",
// "MOSCOW, Feb 10 (Reuters) -"), never a bound ("since February 24") or a plan.
import type { ArticleContext } from './context.js';
import { findDates } from './dates.js';

/** How many opening sentences count as the lead. */
const LEAD_SENTENCES = 3;

export interface EventDate {
  value: string | null;
  /** Yearless ("--05-13") when the article has no date to take the year from. */
  partial: string | null;
}

export function findEventDate(ctx: ArticleContext): EventDate {
  // The day a statement was made ("said on Monday he had spoken …") counts only when the lead gives no other day.
  let reported: EventDate | null = null;
  for (const s of ctx.sentences.slice(0, LEAD_SENTENCES)) {
    if (s.paragraph > 1) break;
    for (const d of findDates(s.text, ctx.referenceDate)) {
      if (d.bound || d.future || d.planned || (d.value === null && d.partial === null)) continue;
      if (d.reporting) { reported ??= { value: d.value, partial: d.partial }; continue; }
      return { value: d.value, partial: d.partial };
    }
  }
  return reported ?? { value: ctx.article.published ?? null, partial: null };
}
