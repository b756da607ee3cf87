// One article from raw text to analysis: parse, context, event date, contacts, quotes.
import { parseArticle } from '../ingest/parse-article.js';
import type { ArticleAnalysis, ParsedArticle, RawArticle } from '../types.js';
import { buildArticleContext, type ContextOptions } from './build-context.js';
import { extractContacts } from './contacts.js';
import { findEventDate } from './event-date.js';
import { extractQuotes } from './quotes.js';

export type AnalyseOptions = ContextOptions;

/** Analyse an article that is already parsed (the corpus linker re-analyses undated ones with a story date). */
export function analyseParsed(parsed: ParsedArticle, opts: AnalyseOptions = {}): ArticleAnalysis {
  const ctx = buildArticleContext(parsed, opts);
  const event = findEventDate(ctx);
  const contacts = extractContacts(ctx, { eventDate: event.value, eventPartial: event.partial });
  return {
    article: parsed,
    people: ctx.people.people,
    contacts,
    quotes: extractQuotes(ctx),
    eventDate: event.value,
  };
}

/** Parse and analyse one raw article. */
export function analyseArticle(raw: RawArticle, opts: AnalyseOptions = {}): ArticleAnalysis {
  return analyseParsed(parseArticle(raw), opts);
}
