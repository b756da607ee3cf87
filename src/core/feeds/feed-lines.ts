// Feed status and poll results as answer lines: plain text, the same on every platform.
import type { AnswerLine, AnswerSection } from '../answer.js';
import type { FeedPollReport, FeedSummary } from './feed-service.js';

/** "5 min ago", "in 2 h", "just now": relative to the command's `now`, so tests pin it. */
export function relativeTime(iso: string, now: Date): string {
  const minutes = Math.round((new Date(iso).getTime() - now.getTime()) / 60_000);
  const abs = Math.abs(minutes);
  if (abs < 1) return 'just now';
  const span = abs < 90 ? `${abs} min` : abs < 36 * 60 ? `${Math.round(abs / 60)} h` : `${Math.round(abs / 1440)} days`;
  return minutes < 0 ? `${span} ago` : `in ${span}`;
}

/** "2024-03-14 16:05 UTC" */
export function shortUtc(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function statusWord(feed: FeedSummary): string {
  if (feed.status === 'disabled') return 'disabled';
  if (feed.status === 'error') return `failing (${plural(feed.consecutiveFailures, 'failed poll')} in a row)`;
  return feed.lastPollAt ? 'ok' : 'not polled yet';
}

export function feedSection(feed: FeedSummary, now: Date): AnswerSection {
  const lines: AnswerLine[] = [{ text: feed.url, cites: [] }];
  const poll = feed.lastPollAt ? `Last poll ${shortUtc(feed.lastPollAt)} (${relativeTime(feed.lastPollAt, now)})` : 'Not polled yet';
  const next = feed.nextPollAt ? `; next ${relativeTime(feed.nextPollAt, now).replace('just now', 'now').replace(/ ago$/, ' ago (due)')}` : '';
  lines.push({ text: `${poll}${next}; every ${feed.intervalMinutes} min`, cites: [] });
  lines.push({
    text: `Articles: ${feed.articles} added, ${plural(feed.duplicates, 'duplicate')}${feed.failedItems ? `, ${feed.failedItems} unreadable` : ''}`,
    cites: [],
  });
  if (feed.status === 'disabled') {
    lines.push({ text: `Disabled after ${plural(feed.consecutiveFailures, 'failed poll')} in a row: ${feed.lastError ?? 'unknown error'}`, cites: [] });
    lines.push({ text: `\`/feeds poll ${feed.name}\` tries again; a successful poll re-enables it.`, cites: [] });
  } else if (feed.lastError) lines.push({ text: `Last error: ${feed.lastError}`, cites: [] });
  return { heading: `${feed.name} — ${statusWord(feed)}`, lines };
}

export function pollLine(r: FeedPollReport): AnswerLine {
  const name = r.feed.name;
  const notes = r.failed.slice(0, 3).map((f) => `not read: ${f.title.slice(0, 80)} (${f.reason})`);
  if (r.failed.length > 3) notes.push(`and ${r.failed.length - 3} more`);
  switch (r.outcome) {
    case 'busy':
      return { text: `${name}: already being polled; try again in a minute`, cites: [] };
    case 'not-modified':
      return { text: `${name}: no change since the last poll`, cites: [] };
    case 'failed':
      return { text: `${name}: failed — ${r.error ?? 'unknown error'}${r.feed.status === 'disabled' ? ' (feed disabled)' : ''}`, cites: [] };
    default: {
      const parts = [`${plural(r.added, 'new article')}`];
      if (r.duplicates) parts.push(`${plural(r.duplicates, 'duplicate')} skipped`);
      if (r.failed.length) parts.push(`${r.failed.length} not readable`);
      return { text: `${name}: ${r.newItems || r.duplicates ? parts.join(', ') : 'no new items'}`, cites: [], notes: notes.length ? notes : undefined };
    }
  }
}
