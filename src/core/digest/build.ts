// Builds one digest Answer from the stories with new coverage in a period: compact, ranked, every line cited.
import { answerLength, createCitationList, type Answer, type AnswerLine, type AnswerSection } from '../answer.js';
import { citeAll, contactLine, quoteLine, type CitationList } from '../format/cite.js';
import type { QuoteRecord, StoryDetail } from '../knowledge.js';
import type { DigestEvery, DigestPeriod } from './period.js';
import { formatInZone } from './time-zone.js';

export interface DigestOptions {
  timezone: string;
  every: DigestEvery;
  /** The person or words the subscription is narrowed to. */
  about?: string;
  /** Set when the digest goes out after its time (catch-up after downtime, retries). */
  late?: boolean;
  /** A preview for one person, not the channel's scheduled post. */
  preview?: boolean;
  maxStories?: number;
  /**
   * Soft cap on the answer's text (answerLength, citations included); later stories move into "… and N more".
   * 15,000 is about three Discord messages and well inside one Slack message of 50 blocks.
   */
  maxChars?: number;
}

const MAX_QUOTE = 280;
// Sources shown per story line and per contact: every line stays cited, but a digest is not a bibliography.
const SOURCES_PER_STORY = 3;
const SOURCES_PER_CONTACT = 1;

/** Most outlets first; then more articles; then the most recently covered. */
function rank(stories: StoryDetail[]): StoryDetail[] {
  return [...stories].sort(
    (a, b) =>
      b.outlets.length - a.outlets.length ||
      b.articleCount - a.articleCount ||
      b.lastIngestedAt.localeCompare(a.lastIngestedAt),
  );
}

/** One or two quotes, named people before organisations and unnamed officials, two different speakers. */
export function keyQuotes(quotes: QuoteRecord[], n = 2): QuoteRecord[] {
  const order = { person: 0, organisation: 1, unnamed: 2 } as const;
  const sorted = [...quotes]
    .filter((q) => q.text.trim().length >= 12)
    .sort((a, b) => order[a.speakerKind] - order[b.speakerKind] || b.text.length - a.text.length);
  const picked: QuoteRecord[] = [];
  for (const q of sorted) {
    if (picked.length >= n) break;
    if (picked.some((p) => p.speaker === q.speaker)) continue;
    picked.push(q);
  }
  return picked;
}

function storySection(s: StoryDetail, cites: CitationList): AnswerSection {
  const notes: string[] = [];
  if (s.date && s.dateInferred) notes.push('event date inferred from other coverage of the same story');
  for (const d of s.disagreements.slice(0, 2)) notes.push(`outlets disagree on ${d.topic}`);
  const n = s.articleCount;
  const lines: AnswerLine[] = [
    {
      text: `Event date: ${s.date ?? 'not stated'} · ${n} article${n === 1 ? '' : 's'} from ${s.outlets.length ? s.outlets.join(', ') : 'unnamed outlets'}`,
      cites: citeAll(cites, s.sources.slice(0, SOURCES_PER_STORY)),
      notes: notes.length ? notes : undefined,
    },
  ];
  for (const c of s.contacts.slice(0, 2)) lines.push(contactLine({ ...c, sources: c.sources.slice(0, SOURCES_PER_CONTACT) }, cites));
  for (const q of keyQuotes(s.quotes)) {
    const text = q.text.length > MAX_QUOTE ? `${q.text.slice(0, MAX_QUOTE - 1).trimEnd()}…` : q.text;
    lines.push(quoteLine({ ...q, text }, cites));
  }
  return { heading: s.title, lines };
}

const EVERY_TITLE: Record<DigestEvery, string> = { day: 'Daily digest', weekday: 'Daily digest', week: 'Weekly digest' };

/**
 * The digest of `period`: at most `maxStories` stories (and a character budget), ranked by outlets, each with its
 * event date, contacts, key quotes and numbered sources; a quiet period is one line.
 */
export function buildDigest(stories: StoryDetail[], period: DigestPeriod, opts: DigestOptions): Answer {
  const tz = opts.timezone;
  const span = `from ${formatInZone(period.from, tz)} to ${formatInZone(period.to, tz)} (${tz})`;
  const about = opts.about ? ` about “${opts.about}”` : '';
  const title = `${EVERY_TITLE[opts.every]}${about} — ${formatInZone(period.to, tz, false)}`;
  const lateNote = opts.late ? ` Sent late: it was due ${formatInZone(period.to, tz)}.` : '';
  const previewNote = opts.preview ? ' Preview: only you can see this.' : '';
  if (stories.length === 0) {
    return {
      kind: 'empty',
      title,
      summary: `No new coverage${about} ${span}.${lateNote}${previewNote}`,
      sections: [],
      citations: [],
      ephemeral: opts.preview ?? false,
    };
  }
  const ranked = rank(stories);
  const maxStories = opts.maxStories ?? 10;
  const maxChars = opts.maxChars ?? 15_000;
  const cites = createCitationList();
  const sections: AnswerSection[] = [];
  const answer: Answer = { kind: 'result', title, sections, citations: cites.list, ephemeral: opts.preview ?? false };
  for (const s of ranked.slice(0, maxStories)) {
    const mark = cites.list.length;
    const section = storySection(s, cites);
    sections.push(section);
    if (sections.length > 1 && answerLength(answer) > maxChars) {
      sections.pop();
      cites.list.length = mark; // drop the citations only this story added
      break;
    }
  }
  const shown = sections.length;
  const rest = ranked.length - shown;
  if (rest > 0) sections.push({ lines: [{ text: `… and ${rest} more stor${rest === 1 ? 'y' : 'ies'} with new coverage: see /stories`, cites: [] }] });
  const count = `${ranked.length} stor${ranked.length === 1 ? 'y' : 'ies'}`;
  answer.summary = `${count} with new coverage${about} ${span}, most outlets first.${lateNote}${previewNote}`;
  return answer;
}
