// The contract between per-article analysis and the corpus layer: cross-article names, stories, inferred dates.
// linkBatch is pure: the store loads the known persons/stories that could match and passes them in.
import type { ArticleAnalysis } from '../types.js';

/** A person the store already knows (canonical). */
export interface KnownPerson {
  id: number;
  name: string;
  role: string | null;
  aliases: string[];
}

/** A story the store already knows, with what clustering compares. */
export interface KnownStory {
  id: string;
  title: string;
  /** Event date YYYY-MM-DD | YYYY-MM | null. */
  date: string | null;
  dateInferred: boolean;
  /** Canonical names of the people whose contacts make the story. */
  participants: string[];
  /** Distinctive terms of its articles, for text similarity. */
  keywords: string[];
  articleCount: number;
}

export interface LinkedArticle {
  /** The analysis with people renamed to canonical names and inferred dates filled (dateInferred = true). */
  analysis: ArticleAnalysis;
  storyId: string;
}

export interface LinkedPerson {
  /** Set when the person matches a KnownPerson. */
  existingId: number | null;
  name: string;
  role: string | null;
  aliases: string[];
}

export interface LinkResult {
  articles: LinkedArticle[];
  /** Every canonical person the batch names (known ones with their id, new ones without). */
  persons: LinkedPerson[];
  /** Stories created or changed by the batch (new id, date, title, participants, keywords, count). */
  stories: KnownStory[];
}

export interface KnownState {
  persons: KnownPerson[];
  stories: KnownStory[];
}
