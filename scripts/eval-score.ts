// Scoring of `extract` JSON against a gold file (seeds-gold.json schema): contacts, dates, quotes, speakers, stories.
import { z } from 'zod';
import { samePerson } from '../src/core/corpus/person-key.js';
import { foldName } from '../src/core/extract/names.js';
import type { ExtractJson } from '../src/core/extract-json.js';

const GoldCall = z.object({
  participants: z.array(z.string()),
  date: z.string().nullable().optional(),
  date_from_story: z.boolean().optional(),
  initiator: z.string().nullable().optional(),
  mode: z.string().optional(),
  duration: z.string().nullable().optional(),
  unconfirmed: z.boolean().optional(),
  evidence: z.string().optional(),
});
const GoldQuote = z.object({ speaker: z.string(), text: z.string() });
export const GoldFile = z.object({
  stories: z.array(z.object({ id: z.string(), articles: z.array(z.string()) })),
  people: z.array(z.object({ name: z.string(), aliases: z.array(z.string()).default([]), role: z.string().nullable().optional() })),
  articles: z.array(z.object({
    file: z.string(),
    published: z.string().nullable().optional(),
    story: z.string().nullable().optional(),
    calls: z.array(GoldCall).default([]),
    optional_calls: z.array(GoldCall).default([]),
    not_calls: z.array(z.string()).default([]),
    quotes: z.array(GoldQuote).default([]),
    optional_quotes: z.array(GoldQuote).default([]),
  })),
});
export type Gold = z.infer<typeof GoldFile>;

export interface Score {
  contacts: { tp: number; fp: number; fn: number };
  dates: { right: number; total: number };
  inferred: { right: number; total: number };
  attrs: { mode: number; initiator: number; duration: number; total: number };
  quotes: { tp: number; fp: number; fn: number };
  speakers: { right: number; total: number };
  stories: { agree: number; pairs: number };
  people: { found: number; withRole: number; total: number };
  notCalls: string[];
  details: string[];
}

export const emptyScore = (): Score => ({
  contacts: { tp: 0, fp: 0, fn: 0 }, dates: { right: 0, total: 0 }, inferred: { right: 0, total: 0 },
  attrs: { mode: 0, initiator: 0, duration: 0, total: 0 }, quotes: { tp: 0, fp: 0, fn: 0 },
  speakers: { right: 0, total: 0 }, stories: { agree: 0, pairs: 0 }, people: { found: 0, withRole: 0, total: 0 },
  notCalls: [], details: [],
});

const norm = (s: string): string => foldName(s.replace(/[’']/gu, "'")).replace(/[^a-z0-9' ]+/gu, ' ').replace(/\s+/gu, ' ').trim();

/** Forms of address and titles that open a gold alias ("His Royal Highness Prince Mohammed bin …"): not the name. */
const ADDRESS = /^(?:(?:his|her|royal|highness|excellency|majesty|the|honorable|honourable|prince|princess|sheikh|sheikha|mr|mrs|ms|dr|sir|dame|h\.?e\.?)\.?\s+)+/iu;
const unaddressed = (alias: string): string => alias.replace(ADDRESS, '');

/** Gold canonical name of a found name: equal to a name or alias (folded, forms of address left out), or the same
 * person by spelling rules. */
export function canonical(gold: Gold, name: string): string {
  const n = norm(name);
  for (const p of gold.people) if (norm(p.name) === n || p.aliases.some((a) => norm(a) === n || norm(unaddressed(a)) === n)) return p.name;
  for (const p of gold.people) if (samePerson(p.name, name) || p.aliases.some((a) => samePerson(a, name))) return p.name;
  return name;
}

const sameSet = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));

/** Quote texts match: one contains the other, covering at least 60% of the gold words. */
export function quoteMatches(found: string, gold: string): boolean {
  const f = norm(found);
  const g = norm(gold);
  if (f === '' || g === '') return false;
  if (f.includes(g)) return true;
  return g.includes(f) && f.split(' ').length >= 0.6 * g.split(' ').length;
}

/** Speakers match: a person by name rules, an organisation or unnamed speaker by label containment. */
function speakerMatches(gold: Gold, found: string, expected: string): boolean {
  if (canonical(gold, found) === canonical(gold, expected)) return true;
  const f = norm(found).replace(/^(?:a|an|the) /u, '');
  const e = norm(expected).replace(/^(?:a|an|the) /u, '');
  return f !== '' && e !== '' && (f.includes(e) || e.includes(f));
}

export function scoreSet(gold: Gold, out: ExtractJson): Score {
  const sc = emptyScore();
  const byFile = new Map(out.articles.map((a) => [a.file, a]));
  for (const ga of gold.articles) {
    const fa = byFile.get(ga.file);
    const found = (fa?.calls ?? []).map((c) => ({ ...c, set: c.participants.map((p) => canonical(gold, p)) }));
    const goldCalls = ga.calls.map((c) => ({ ...c, set: c.participants.map((p) => canonical(gold, p)), used: false }));
    const optional = ga.optional_calls.map((c) => c.participants.map((p) => canonical(gold, p)));
    const unmatched: typeof found = [];
    for (const f of found) {
      const g = goldCalls.find((x) => !x.used && sameSet(x.set, f.set) && (x.date ?? null) === f.date);
      if (g) {
        g.used = true;
        sc.contacts.tp++;
        sc.dates.right++;
        sc.dates.total++;
        if (g.date_from_story || f.date_inferred) {
          sc.inferred.total++;
          if (!!g.date_from_story === f.date_inferred) sc.inferred.right++;
          else sc.details.push(`${ga.file}: date_inferred ${f.date_inferred} ≠ gold ${!!g.date_from_story} for ${g.set.join(' + ')}`);
        }
        sc.attrs.total++;
        if ((g.mode ?? 'unknown') === f.mode) sc.attrs.mode++;
        else sc.details.push(`${ga.file}: mode ${f.mode} ≠ gold ${g.mode} for ${g.set.join(' + ')}`);
        if ((g.initiator ? canonical(gold, g.initiator) : null) === (f.initiator ? canonical(gold, f.initiator) : null)) sc.attrs.initiator++;
        else sc.details.push(`${ga.file}: initiator ${f.initiator} ≠ gold ${g.initiator} for ${g.set.join(' + ')}`);
        if (!g.duration || norm(g.duration) === norm(f.duration ?? '')) sc.attrs.duration++;
        else sc.details.push(`${ga.file}: duration ${f.duration} ≠ gold ${g.duration}`);
      } else unmatched.push(f);
    }
    for (const f of unmatched) {
      const g = goldCalls.find((x) => !x.used && sameSet(x.set, f.set));
      if (g) {
        g.used = true;
        sc.dates.total++;
        sc.contacts.fp++;
        sc.contacts.fn++;
        sc.details.push(`${ga.file}: DATE ${f.date} ≠ gold ${g.date} for ${g.set.join(' + ')}`);
        continue;
      }
      if (optional.some((o) => sameSet(o, f.set))) continue;
      sc.contacts.fp++;
      const trap = ga.not_calls.find((span) => norm(f.evidence).includes(norm(span)) || norm(span).includes(norm(f.evidence)));
      if (trap) sc.notCalls.push(`${ga.file}: "${trap}" produced ${f.participants.join(' + ')}`);
      sc.details.push(`${ga.file}: FP ${f.participants.join(' + ')} ${f.date} «${f.evidence.slice(0, 110)}»`);
    }
    for (const g of goldCalls.filter((x) => !x.used)) {
      sc.contacts.fn++;
      sc.details.push(`${ga.file}: FN ${g.set.join(' + ')} ${g.date} «${(g.evidence ?? '').slice(0, 110)}»`);
    }
    scoreQuotes(gold, ga, fa?.quotes ?? [], sc);
  }
  scoreStories(gold, out, sc);
  scorePeople(gold, out, sc);
  return sc;
}

function scoreQuotes(gold: Gold, ga: Gold['articles'][number], found: { speaker: string; text: string }[], sc: Score): void {
  const used = new Set<number>();
  for (const f of found) {
    const i = ga.quotes.findIndex((g, k) => !used.has(k) && quoteMatches(f.text, g.text));
    if (i >= 0) {
      used.add(i);
      sc.quotes.tp++;
      sc.speakers.total++;
      const g = ga.quotes[i];
      if (g && speakerMatches(gold, f.speaker, g.speaker)) sc.speakers.right++;
      else sc.details.push(`${ga.file}: SPEAKER ${f.speaker} ≠ gold ${g?.speaker} «${f.text.slice(0, 60)}»`);
    } else if (!ga.optional_quotes.some((g) => quoteMatches(f.text, g.text))) {
      sc.quotes.fp++;
      sc.details.push(`${ga.file}: quote FP (${f.speaker}) «${f.text.slice(0, 80)}»`);
    }
  }
  ga.quotes.forEach((g, k) => {
    if (!used.has(k)) { sc.quotes.fn++; sc.details.push(`${ga.file}: quote FN (${g.speaker}) «${g.text.slice(0, 80)}»`); }
  });
}

function scoreStories(gold: Gold, out: ExtractJson, sc: Score): void {
  const goldStory = new Map<string, string>();
  for (const s of gold.stories) for (const f of s.articles) goldStory.set(f, s.id);
  const foundStory = new Map<string, string>();
  for (const s of out.stories) for (const f of s.articles) foundStory.set(f, s.id);
  const files = gold.articles.map((a) => a.file);
  for (let i = 0; i < files.length; i++) {
    for (let j = i + 1; j < files.length; j++) {
      const [a, b] = [files[i] ?? '', files[j] ?? ''];
      const g = goldStory.has(a) && goldStory.get(a) === goldStory.get(b);
      const f = foundStory.has(a) && foundStory.get(a) === foundStory.get(b);
      sc.stories.pairs++;
      if (g === f) sc.stories.agree++;
      else sc.details.push(`story: ${a} & ${b} gold ${g ? 'same' : 'different'}, found ${f ? 'same' : 'different'}`);
    }
  }
}

function scorePeople(gold: Gold, out: ExtractJson, sc: Score): void {
  const found = out.articles.flatMap((a) => a.people);
  const goldFiles = new Set(gold.articles.map((a) => a.file));
  void goldFiles;
  for (const p of gold.people) {
    sc.people.total++;
    const hits = found.filter((f) => canonical(gold, f.name) === p.name);
    if (hits.length > 0) sc.people.found++;
    if (hits.some((h) => h.role)) sc.people.withRole++;
  }
}

export function addScores(a: Score, b: Score): Score {
  const s = emptyScore();
  for (const k of ['contacts', 'quotes'] as const) for (const m of ['tp', 'fp', 'fn'] as const) s[k][m] = a[k][m] + b[k][m];
  for (const k of ['dates', 'inferred', 'speakers'] as const) { s[k].right = a[k].right + b[k].right; s[k].total = a[k].total + b[k].total; }
  s.attrs = { mode: a.attrs.mode + b.attrs.mode, initiator: a.attrs.initiator + b.attrs.initiator, duration: a.attrs.duration + b.attrs.duration, total: a.attrs.total + b.attrs.total };
  s.stories = { agree: a.stories.agree + b.stories.agree, pairs: a.stories.pairs + b.stories.pairs };
  s.people = { found: a.people.found + b.people.found, withRole: a.people.withRole + b.people.withRole, total: a.people.total + b.people.total };
  s.notCalls = [...a.notCalls, ...b.notCalls];
  return s;
}
