// Domain types shared by every stage of the pipeline: ingest → extract → stories → store → queries.

/** A text as it arrives, before any parsing: a seed file, a feed item, a fetched page. */
export interface RawArticle {
  /** Stable key shown in citations: the file's basename, or the URL for web articles. */
  file: string;
  text: string;
  url?: string | null;
  /** Publication date known from outside the text (feed metadata), YYYY-MM-DD. */
  published?: string | null;
  /** Outlet known from outside the text (feed title). */
  outlet?: string | null;
  title?: string | null;
}

/** An article after page furniture is removed and its metadata is read. */
export interface ParsedArticle {
  file: string;
  url: string | null;
  title: string;
  /** YYYY-MM-DD, or null when neither the text nor the source gives one. */
  published: string | null;
  outlet: string | null;
  /**
   * The date of a wire dateline without a year ("WASHINGTON, Dec 5 (Reuters) -" → "--12-05"), when `published` is
   * null. The corpus linker takes the year from the story and then sets `published`.
   */
  dateline?: string | null;
  /** Body paragraphs, boilerplate removed, in order. The title is not repeated here. */
  paragraphs: string[];
  /** sha256 of the normalised body text: the dedupe key. */
  contentHash: string;
}

export interface Sentence {
  text: string;
  /** Index of the paragraph in ParsedArticle.paragraphs. */
  paragraph: number;
  /** Index of the sentence in the article (0-based, across paragraphs). */
  index: number;
  /** Offset of the sentence inside its paragraph. */
  start: number;
}

/** A person as one article names them. */
export interface PersonRef {
  /** Full name as the article spells it best ("Lloyd Austin"). */
  name: string;
  role: string | null;
  /** Other spellings and short forms found in the article ("Austin", "Lloyd J. Austin III"). */
  aliases: string[];
}

export type ContactMode = 'phone' | 'video' | 'in-person' | 'unknown';

/** A conversation that took place between named people. */
export interface Contact {
  /** Full names, in the order the evidence names them. */
  participants: string[];
  /** YYYY-MM-DD, YYYY-MM when only the month is known, or null. */
  date: string | null;
  /** True when the date came from other coverage of the same story, not from this article. */
  dateInferred: boolean;
  /**
   * A date the text gives without a year, in ISO 8601 yearless form ("--05-13", "--07"), when the article has no
   * date of its own. The corpus linker resolves it to `date` from dated coverage of the same contact.
   */
  partialDate?: string | null;
  mode: ContactMode;
  initiator: string | null;
  duration: string | null;
  tone: string | null;
  /** One side claims it, the other has not confirmed. */
  unconfirmed: boolean;
  /** The sentence that states the contact. */
  evidence: string;
}

export type SpeakerKind = 'person' | 'organisation' | 'unnamed';

export interface Quote {
  /** A person's full name, an organisation ("Russian Defense Ministry"), or an unnamed speaker as named ("a senior US defense official"). */
  speaker: string;
  speakerKind: SpeakerKind;
  /** The quoted words, without quotation marks. */
  text: string;
  /** The sentence(s) holding the quote and its attribution. */
  evidence: string;
}

/** Everything extracted from one article. */
export interface ArticleAnalysis {
  article: ParsedArticle;
  people: PersonRef[];
  contacts: Contact[];
  quotes: Quote[];
  /** Date of the event the article reports (its lead), YYYY-MM-DD | YYYY-MM | null. */
  eventDate: string | null;
}

export interface Story {
  id: string;
  /** The event date, YYYY-MM-DD or YYYY-MM, or null. */
  date: string | null;
  title: string;
  /** Article keys (ParsedArticle.file). */
  articles: string[];
}

/** The result of analysing a set of articles together (cross-article names, stories, inferred dates). */
export interface CorpusAnalysis {
  articles: ArticleAnalysis[];
  stories: Story[];
}
