// What commands may ask of the stored corpus. The store implements it in SQL; core only sees this interface.
import type { ContactMode, SpeakerKind } from './types.js';

/** Articles visible to one workspace: the shared corpus plus that workspace's own feeds. */
export type Tenant = string;
/** The tenant of the shared seed corpus, visible to everyone. */
export const SHARED_TENANT = '';

export interface PersonSummary {
  id: number;
  name: string;
  role: string | null;
  aliases: string[];
}

export type PersonLookup =
  | { kind: 'found'; person: PersonSummary }
  | { kind: 'ambiguous'; candidates: PersonSummary[] }
  | { kind: 'unknown'; suggestions: PersonSummary[] };

/** The article a fact was read from. */
export interface Source {
  article: string;
  title: string;
  outlet: string | null;
  published: string | null;
  url: string | null;
  evidence: string;
}

/** One contact event, merged across every article that reports it. */
export interface ContactRecord {
  participants: PersonSummary[];
  /** Best date: YYYY-MM-DD | YYYY-MM | null. */
  date: string | null;
  /** True when no source states the date and it comes from the story. */
  dateInferred: boolean;
  /** Every distinct date the sources give, with the articles giving it (more than one = outlets disagree). */
  datesBySource: { date: string | null; inferred: boolean; articles: string[] }[];
  mode: ContactMode;
  initiator: PersonSummary | null;
  duration: string | null;
  tone: string | null;
  unconfirmed: boolean;
  storyId: string | null;
  sources: Source[];
}

export interface QuoteRecord {
  speaker: string;
  speakerKind: SpeakerKind;
  speakerRole: string | null;
  personId: number | null;
  text: string;
  storyId: string | null;
  source: Source;
}

export interface StorySummary {
  id: string;
  title: string;
  date: string | null;
  dateInferred: boolean;
  outlets: string[];
  articleCount: number;
  people: string[];
  firstIngestedAt: string;
  lastIngestedAt: string;
  /** One source per article of the story (evidence: the article's lead sentence), so list lines can cite. */
  sources: Source[];
}

export interface StoryDetail extends StorySummary {
  contacts: ContactRecord[];
  quotes: QuoteRecord[];
  /** Facts the outlets state differently ("first contact since February 24" vs "since February 18"). */
  disagreements: { topic: string; variants: { text: string; sources: Source[] }[] }[];
}

export interface SearchHit {
  source: Source;
  snippet: string;
  storyId: string | null;
}

export interface DateRange {
  since?: string;
  until?: string;
}

export interface Knowledge {
  findPerson(tenant: Tenant, query: string): Promise<PersonLookup>;
  /** Contacts of a person (optionally with another), newest first. */
  contactsOf(tenant: Tenant, personId: number, opts: DateRange & { withId?: number; limit?: number }): Promise<ContactRecord[]>;
  /** The most recent contacts of anyone. */
  recentContacts(tenant: Tenant, opts: DateRange & { limit?: number }): Promise<ContactRecord[]>;
  /** Quotes by a person, or by an organisation/unnamed speaker whose label matches `speakerText`. */
  quotesBy(tenant: Tenant, who: { personId?: number; speakerText?: string }, opts: { about?: string; limit?: number }): Promise<QuoteRecord[]>;
  stories(tenant: Tenant, opts: { since?: string; limit?: number }): Promise<StorySummary[]>;
  /** The story best matching the query (people, words), or the latest story when none is given. */
  story(tenant: Tenant, query?: string): Promise<StoryDetail | null>;
  search(tenant: Tenant, text: string, opts: { limit?: number }): Promise<SearchHit[]>;
  /**
   * Stories with coverage ingested in [from, to) (ISO timestamps), ranked by number of outlets; for digests.
   * `about` narrows to a person name or words.
   */
  storiesWithNewCoverage(tenant: Tenant, from: string, to: string, opts: { about?: string; limit?: number }): Promise<StoryDetail[]>;
  /** Every known person name, for autocomplete indexes. */
  personNames(tenant: Tenant): Promise<PersonSummary[]>;
}
