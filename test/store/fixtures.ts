// Builds stored articles straight from facts (no extraction), so store semantics are tested on their own.
import { createHash } from 'node:crypto';
import type { KnownStory, LinkedPerson } from '../../src/core/corpus/link-types.js';
import type { ArticleAnalysis, Contact, PersonRef, Quote } from '../../src/core/types.js';
import type { SqlHandle } from '../../src/store/sql.js';
import { writeBatch, type BatchArticle } from '../../src/store/write-batch.js';

export interface FixtureArticle {
  file: string;
  story: string;
  storyDate?: string | null;
  storyTitle?: string;
  title?: string;
  published?: string | null;
  outlet?: string | null;
  url?: string | null;
  /** Extra body text besides the evidence sentences. */
  text?: string;
  people?: { name: string; role?: string; aliases?: string[] }[];
  contacts?: (Partial<Contact> & { participants: string[]; evidence: string })[];
  quotes?: (Partial<Quote> & { speaker: string; text: string })[];
}

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

export function fixtureItem(f: FixtureArticle): BatchArticle {
  const contacts: Contact[] = (f.contacts ?? []).map((c) => ({
    date: null,
    dateInferred: false,
    mode: 'unknown',
    initiator: null,
    duration: null,
    tone: null,
    unconfirmed: false,
    ...c,
  }));
  const quotes: Quote[] = (f.quotes ?? []).map((q) => ({
    speakerKind: 'person',
    evidence: `“${q.text},” ${q.speaker} said.`,
    ...q,
  }));
  const paragraphs = [f.text ?? '', ...contacts.map((c) => c.evidence), ...quotes.map((q) => q.evidence)].filter((p) => p !== '');
  const people: PersonRef[] = (f.people ?? []).map((p) => ({ name: p.name, role: p.role ?? null, aliases: p.aliases ?? [] }));
  const analysis: ArticleAnalysis = {
    article: {
      file: f.file,
      url: f.url ?? null,
      title: f.title ?? `Article ${f.file}`,
      published: f.published ?? null,
      outlet: f.outlet ?? null,
      paragraphs,
      contentHash: sha(paragraphs.join('\n\n') + f.file),
    },
    people,
    contacts,
    quotes,
    eventDate: f.storyDate ?? null,
  };
  return { raw: { file: f.file, text: paragraphs.join('\n\n'), url: f.url ?? null }, rawHash: sha(`raw:${f.file}`), analysis, storyId: f.story };
}

/** Stores the articles as one batch for `tenant`, the way ingest would after linking. */
export async function storeFixtures(db: SqlHandle, fixtures: FixtureArticle[], tenant = ''): Promise<number> {
  const items = fixtures.map(fixtureItem);
  const persons = new Map<string, LinkedPerson>();
  for (const f of fixtures) {
    for (const p of f.people ?? []) {
      const prev = persons.get(p.name);
      persons.set(p.name, {
        existingId: null,
        name: p.name,
        role: p.role ?? prev?.role ?? null,
        aliases: [...new Set([...(prev?.aliases ?? []), ...(p.aliases ?? [])])],
      });
    }
  }
  const stories = new Map<string, KnownStory>();
  for (const f of fixtures) {
    const prev = stories.get(f.story);
    const names = (f.contacts ?? []).flatMap((c) => c.participants);
    stories.set(f.story, {
      id: f.story,
      title: f.storyTitle ?? prev?.title ?? f.title ?? f.story,
      date: f.storyDate ?? prev?.date ?? null,
      dateInferred: false,
      participants: [...new Set([...(prev?.participants ?? []), ...names])],
      keywords: [],
      articleCount: (prev?.articleCount ?? 0) + 1,
    });
  }
  return db.transaction((tx) => writeBatch(tx, tenant, items, { persons: [...persons.values()], stories: [...stories.values()] }));
}
