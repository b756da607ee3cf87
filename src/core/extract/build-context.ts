// One article's shared extraction context: sentences, people and the date relative expressions resolve against.
import type { ParsedArticle } from '../types.js';
import type { ArticleContext } from './context.js';
import { findPeople, type ArticlePeople } from './people.js';
import { splitSentences } from './sentences.js';

/** ArticleContext with the richer people lookups contacts and pronoun resolution use. */
export interface RichContext extends ArticleContext {
  people: ArticlePeople;
}

export interface ContextOptions {
  /** YYYY-MM-DD to resolve "Friday", "yesterday", "March 3" against when the article has no date of its own. */
  referenceDate?: string | null;
}

/** Split an article into sentences, find its people, and fix its reference date. */
export function buildArticleContext(parsed: ParsedArticle, opts: ContextOptions = {}): RichContext {
  const sentences = splitSentences(parsed.paragraphs);
  return {
    article: parsed,
    sentences,
    people: findPeople(sentences, parsed.title),
    referenceDate: parsed.published ?? opts.referenceDate ?? null,
  };
}
