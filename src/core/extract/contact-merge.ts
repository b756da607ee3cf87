// One contact per pair and date: reports of the same conversation in one article become one contact.
import type { Contact, ContactMode, PersonRef } from '../types.js';
import type { InitiatorCue } from './contact-attributes.js';
import { daysBetween } from './date-math.js';

/** A contact found in one sentence, before contacts of the same pair are merged. */
export interface Draft {
  people: PersonRef[];
  sentence: number;
  evidence: string;
  date: string | null;
  partial: string | null;
  /** "had last spoken", "the last time ... met": an earlier contact, not the one the article reports. */
  previous: boolean;
  mode: ContactMode;
  initiator: PersonRef | null;
  cue: InitiatorCue | null;
  duration: string | null;
  tone: string | null;
  unconfirmed: boolean;
}

export interface MergeOptions {
  eventDate?: string | null;
  eventPartial?: string | null;
}

const keyOf = (d: Draft): string => d.people.map((p) => p.name).sort().join('|');
const dateOf = (d: Draft): string | null => d.date ?? d.partial;

/** A call is not the meeting: reports whose known modes differ are two contacts unless their dates say otherwise. */
const modesAgree = (a: Draft, b: Draft): boolean => a.mode === 'unknown' || b.mode === 'unknown' || a.mode === b.mode;

/** Fold `b` into `a`: the first stated mode, initiator, duration and tone win. */
function absorb(a: Draft, b: Draft): void {
  if (a.mode === 'unknown') a.mode = b.mode;
  a.initiator ??= b.initiator;
  a.cue ??= b.cue;
  a.duration ??= b.duration;
  a.tone ??= b.tone;
  a.unconfirmed ||= b.unconfirmed;
  if (!dateOf(a)) { a.date = b.date; a.partial = b.partial; }
  a.previous &&= b.previous;
}

/**
 * One contact per pair and date. Undated reports join the first dated report of the same pair that is not an
 * earlier contact ("had last spoken on May 13" stays apart); what is still undated takes the article's event date;
 * an earlier contact without a date is dropped (it cannot be told from the reported one).
 */
export function mergeDrafts(drafts: Draft[], opts: MergeOptions): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    // Two triggers for one pair in one sentence are one contact told twice ("returned a call from B, who had
    // phoned him last week"): the first trigger's date stands.
    // Two dates of the same kind say two contacts ("met B on Friday, and the two held talks by phone on Saturday").
    const twinHere = out.find((o) => o.sentence === d.sentence && keyOf(o) === keyOf(d) && !(o.date && d.date && o.date !== d.date && !d.previous && !o.previous));
    if (twinHere) {
      const date = twinHere.date ?? twinHere.partial;
      const previous = twinHere.previous;
      absorb(twinHere, d);
      twinHere.previous = previous;
      if (date) { twinHere.date = date.startsWith('--') ? null : date; twinHere.partial = date.startsWith('--') ? date : null; }
      continue;
    }
    const same = out.filter((o) => keyOf(o) === keyOf(d));
    const date = dateOf(d);
    let into: Draft | undefined;
    // An undated report takes a later date only when it fits the article's own date: the lead call of a January
    // readout is not the "December" meeting told further down.
    const fits = !opts.eventDate || daysBetween(date ?? '', opts.eventDate) <= 31;
    // An undated meeting does not take the date of a dated phone call of the pair.
    // "held talks with Wang on Sept. 17" … "during their meeting in Beijing last month": a month that holds the
    // pair's dated contact of the same kind is that contact told again.
    const sameMonth = (o: Draft): boolean => {
      const od = dateOf(o);
      return od !== null && od !== date && modesAgree(o, d) && (od.startsWith(`${date}-`) || (date ?? '').startsWith(`${od}-`));
    };
    if (date) into = same.find((o) => dateOf(o) === date) ?? same.find(sameMonth) ?? (d.previous || !fits ? undefined : same.find((o) => !dateOf(o) && !o.previous && modesAgree(o, d)));
    else into = d.previous ? same.find((o) => o.previous) : same.find((o) => !o.previous) ?? same[0];
    if (into) {
      // The day, where one report gives it, is the contact's date.
      const intoDate = dateOf(into);
      if (date && intoDate && sameMonth(into) && date.length > intoDate.length) { into.date = d.date; into.partial = d.partial; }
      absorb(into, d);
    } else out.push({ ...d, people: [...d.people] });
  }
  const final: Draft[] = [];
  for (const d of out) {
    if (!dateOf(d)) {
      if (d.previous) continue;
      d.date = opts.eventDate ?? null;
      d.partial = opts.eventDate ? null : opts.eventPartial ?? null;
    }
    const twin = final.find((o) => keyOf(o) === keyOf(d) && dateOf(o) !== null && dateOf(o) === dateOf(d) && modesAgree(o, d));
    if (twin) absorb(twin, d);
    else final.push(d);
  }
  // The reported contacts lead, recalled ones follow: the first contact is the article's lead (stories use it).
  return [...final.filter((d) => !d.previous), ...final.filter((d) => d.previous)];
}

export function toContact(d: Draft): Contact {
  return {
    participants: d.people.map((p) => p.name),
    date: d.date,
    dateInferred: false,
    mode: d.mode,
    initiator: d.initiator?.name ?? null,
    duration: d.duration,
    tone: d.tone,
    unconfirmed: d.unconfirmed,
    evidence: d.evidence,
    partialDate: d.partial,
  };
}
