// A set of raw articles analysed together: each article, then one link pass (names, stories, inferred dates).
import { analyseArticle } from '../extract/analyse-article.js';
import type { ArticleAnalysis, CorpusAnalysis, RawArticle, Story } from '../types.js';
import { linkBatch } from './link-batch.js';
import { personKey } from './person-key.js';

/** Analyse and link articles with nothing known beforehand (the `extract` command, the eval). */
export function analyseCorpus(raws: readonly RawArticle[]): CorpusAnalysis {
  const result = linkBatch(raws.map((r) => analyseArticle(r)), { persons: [], stories: [] });
  const stories: Story[] = result.stories.map((s) => ({
    id: s.id,
    date: s.date,
    title: s.title,
    articles: result.articles.filter((l) => l.storyId === s.id).map((l) => l.analysis.article.file),
  }));
  return { articles: result.articles.map((l) => l.analysis), stories };
}

/**
 * Participant keys of an article's lead contact: the store loads the KnownStories whose participants carry these
 * keys. Empty when the article reports no contact; the store then passes recent stories for text similarity.
 */
export function storyKeys(analysis: ArticleAnalysis): string[] {
  return [...new Set((analysis.contacts[0]?.participants ?? []).map(personKey))].sort();
}

export { personKey };
