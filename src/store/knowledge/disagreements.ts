// Where a story's sources state a contact differently (date, duration, mode), list each version with its sources.
import type { Source, StoryDetail } from '../../core/knowledge.js';
import type { ContactEvent, ContactRow } from './contact-events.js';

type Disagreement = StoryDetail['disagreements'][number];

/** `who` names the participants of each event, in the same order as `events`. */
export function disagreements(events: readonly ContactEvent[], who: readonly string[]): Disagreement[] {
  const out: Disagreement[] = [];
  events.forEach((e, i) => {
    const between = who[i] ?? 'the participants';
    // A source that does not state an attribute is silent, not in conflict: only stated values are compared.
    const attributes: [string, (r: ContactRow) => string | null][] = [
      ['date', (r) => (r.dateInferred ? null : r.date)],
      ['duration', (r) => r.duration],
      ['mode', (r) => (r.mode === 'unknown' ? null : r.mode)],
    ];
    for (const [topic, value] of attributes) {
      const variants = group(e.rows, value);
      if (variants.length > 1) out.push({ topic: `${topic} of the contact between ${between}`, variants });
    }
  });
  return out;
}

function group(rows: readonly ContactRow[], value: (r: ContactRow) => string | null): { text: string; sources: Source[] }[] {
  const m = new Map<string, Source[]>();
  for (const r of rows) {
    const v = value(r);
    if (v === null) continue;
    const list = m.get(v) ?? [];
    if (!list.some((s) => s.article === r.source.article)) list.push(r.source);
    m.set(v, list);
  }
  return [...m].map(([text, sources]) => ({ text, sources }));
}
