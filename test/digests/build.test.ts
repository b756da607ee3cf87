// buildDigest on hand-built StoryDetail inputs: ranking, contents, quiet periods, size limits.
import { describe, expect, it } from 'vitest';
import { answerLength } from '../../src/core/answer.js';
import { buildDigest, keyQuotes } from '../../src/core/digest/build.js';
import type { ContactRecord, PersonSummary, QuoteRecord, Source, StoryDetail } from '../../src/core/knowledge.js';

const period = { key: '2024-03-12', from: new Date('2024-03-11T07:00:00Z'), to: new Date('2024-03-12T07:00:00Z') };
const opts = { timezone: 'Europe/Berlin', every: 'day' as const };

const source = (article: string, outlet: string, evidence = `Lead sentence of ${article}.`): Source => ({
  article, title: `Title of ${article}`, outlet, published: '2022-05-13', url: null, evidence,
});
const person = (id: number, name: string): PersonSummary => ({ id, name, role: null, aliases: [] });
const contact = (a: string, b: string, src: Source[]): ContactRecord => ({
  participants: [person(1, a), person(2, b)], date: '2022-05-13', dateInferred: false,
  datesBySource: [{ date: '2022-05-13', inferred: false, articles: src.map((s) => s.article) }],
  mode: 'phone', initiator: null, duration: null, tone: null, unconfirmed: false, storyId: 's', sources: src,
});
const quote = (speaker: string, text: string, kind: QuoteRecord['speakerKind'] = 'person'): QuoteRecord => ({
  speaker, speakerKind: kind, speakerRole: null, personId: null, text, storyId: 's', source: source('q.txt', 'Reuters', `“${text},” ${speaker} said.`),
});

function story(id: string, outlets: string[], extra: Partial<StoryDetail> = {}): StoryDetail {
  const sources = outlets.map((o, i) => source(`${id}-${i}.txt`, o));
  return {
    id, title: `Story ${id}`, date: '2022-05-13', dateInferred: false, outlets, articleCount: outlets.length, people: [],
    firstIngestedAt: '2024-03-11T09:00:00Z', lastIngestedAt: '2024-03-11T10:00:00Z', sources,
    contacts: [], quotes: [], disagreements: [], ...extra,
  };
}

describe('buildDigest', () => {
  it('ranks stories by number of outlets, most first', () => {
    const a = buildDigest([story('one', ['A']), story('three', ['A', 'B', 'C']), story('two', ['A', 'B'])], period, opts);
    expect(a.kind).toBe('result');
    expect(a.sections.map((s) => s.heading)).toEqual(['Story three', 'Story two', 'Story one']);
    expect(a.summary).toContain('3 stories');
    expect(a.summary).toContain('(Europe/Berlin)');
    expect(a.ephemeral).toBe(false);
  });

  it('shows the event date, says when it was inferred, names who spoke with whom and cites numbered sources', () => {
    const src = [source('x.txt', 'TASS', 'Shoigu and Austin spoke by phone on Friday.')];
    const s = story('call', ['TASS', 'Reuters'], {
      dateInferred: true,
      contacts: [contact('Lloyd Austin', 'Sergei Shoigu', src)],
      quotes: [quote('Lloyd Austin', 'We urged an immediate ceasefire in Ukraine')],
    });
    const a = buildDigest([s], period, opts);
    const lines = a.sections[0]!.lines;
    expect(lines[0]!.text).toContain('Event date: 2022-05-13');
    expect(lines[0]!.notes?.join(' ')).toMatch(/inferred/);
    expect(lines[0]!.text).toContain('TASS, Reuters');
    expect(lines.some((l) => /Lloyd Austin and Sergei Shoigu spoke by phone/.test(l.text))).toBe(true);
    expect(lines.some((l) => l.text.startsWith('Lloyd Austin: “We urged'))).toBe(true);
    const contactLine = lines.find((l) => /spoke by phone/.test(l.text))!;
    expect(a.citations[contactLine.cites[0]!]!.evidence).toBe('Shoigu and Austin spoke by phone on Friday.');
    for (const l of lines) for (const c of l.cites) expect(a.citations[c]).toBeDefined();
  });

  it('a quiet period is one line, and says the zone', () => {
    const a = buildDigest([], period, { ...opts, about: 'Shoigu' });
    expect(a.kind).toBe('empty');
    expect(a.sections).toEqual([]);
    expect(a.summary).toMatch(/^No new coverage about “Shoigu” from .* \(Europe\/Berlin\)\.$/);
  });

  it('keeps at most ten stories, then "… and N more"', () => {
    const many = Array.from({ length: 14 }, (_, i) => story(`s${i}`, ['A']));
    const a = buildDigest(many, period, opts);
    const storySections = a.sections.filter((s) => s.heading);
    expect(storySections).toHaveLength(10);
    expect(a.sections.at(-1)!.lines[0]!.text).toBe('… and 4 more stories with new coverage: see /stories');
  });

  it('stays within a character budget even when stories are long, and cites only what it shows', () => {
    const long = 'x'.repeat(900);
    const many = Array.from({ length: 10 }, (_, i) =>
      story(`s${i}`, ['A', 'B', 'C', 'D', 'E'], { quotes: [quote('Someone', long), quote('Other', long)] }),
    );
    const a = buildDigest(many, period, { ...opts, maxChars: 6000 });
    const shown = a.sections.filter((s) => s.heading).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(10);
    expect(answerLength(a)).toBeLessThan(6000 + 200);
    const used = new Set(a.sections.flatMap((s) => s.lines.flatMap((l) => l.cites)));
    expect(used.size).toBe(a.citations.length);
    for (const s of a.sections) for (const l of s.lines) expect(l.text.length).toBeLessThan(400);
  });

  it('marks a late digest and a preview', () => {
    expect(buildDigest([story('a', ['A'])], period, { ...opts, late: true }).summary).toMatch(/Sent late: it was due Tue 12 Mar 2024, 08:00/);
    const p = buildDigest([], period, { ...opts, preview: true });
    expect(p.ephemeral).toBe(true);
    expect(p.summary).toMatch(/Preview/);
  });
});

describe('keyQuotes', () => {
  it('prefers named people, two different speakers', () => {
    const picked = keyQuotes([
      quote('Ministry of Defence', 'A statement from the ministry here', 'organisation'),
      quote('Lloyd Austin', 'First quote by Austin, long enough'),
      quote('Lloyd Austin', 'Second quote by Austin, long enough too'),
      quote('John Kirby', 'Kirby said this to reporters today'),
    ]);
    expect(picked.map((q) => q.speaker)).toEqual(['Lloyd Austin', 'John Kirby']);
  });
});
