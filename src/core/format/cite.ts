// Turns query records into answer lines with numbered citations; shared by commands and digests.
import { createCitationList, type AnswerLine, type Citation } from '../answer.js';
import type { ContactRecord, QuoteRecord, Source } from '../knowledge.js';

export type CitationList = ReturnType<typeof createCitationList>;

export function toCitation(s: Source): Citation {
  return { article: s.article, title: s.title, outlet: s.outlet, date: s.published, url: s.url, evidence: s.evidence };
}

export function citeAll(list: CitationList, sources: Source[]): number[] {
  return [...new Set(sources.map((s) => list.add(toCitation(s))))];
}

const MODE_PHRASE: Record<ContactRecord['mode'], string> = {
  phone: 'spoke by phone',
  video: 'held a video call',
  'in-person': 'met in person',
  unknown: 'spoke',
};

/** "Lloyd Austin and Sergei Shoigu" / "A, B and C" */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "2022-10-21 — Lloyd Austin and Sergei Shoigu spoke by phone", with caveats as notes. */
export function contactLine(c: ContactRecord, list: CitationList): AnswerLine {
  const names = joinNames(c.participants.map((p) => p.name));
  const when = c.date ?? 'date unknown';
  const notes: string[] = [];
  if (c.dateInferred) notes.push('date inferred from other coverage of the same story');
  const stated = c.datesBySource.filter((d) => d.date !== null && !d.inferred);
  if (new Set(stated.map((d) => d.date)).size > 1) {
    notes.push(`outlets disagree on the date: ${stated.map((d) => `${d.date} (${d.articles.join(', ')})`).join(' vs ')}`);
  }
  if (c.unconfirmed) notes.push('unconfirmed: reported by one side only');
  if (c.initiator) notes.push(`initiated by ${c.initiator.name}`);
  if (c.duration) notes.push(`lasted ${c.duration}`);
  if (c.tone) notes.push(`tone: ${c.tone}`);
  return { text: `${when} — ${names} ${MODE_PHRASE[c.mode]}`, cites: citeAll(list, c.sources), notes };
}

/** "Antony Blinken (US Secretary of State): “We have not seen …”" */
export function quoteLine(q: QuoteRecord, list: CitationList): AnswerLine {
  const who = q.speakerRole ? `${q.speaker} (${q.speakerRole})` : q.speaker;
  const when = q.source.published ? ` — ${q.source.published}` : '';
  return { text: `${who}: “${q.text}”${when}`, cites: [list.add(toCitation(q.source))] };
}
