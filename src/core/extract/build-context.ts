// One article's shared extraction context: sentences, people and the date relative expressions resolve against.
import type { ParsedArticle, PersonRef } from '../types.js';
import type { ArticleContext } from './context.js';
import { findPeople, type ArticlePeople } from './people.js';
import { splitSentences } from './sentences.js';
import { createSpeakerAt } from './speakers.js';

/** ArticleContext with the richer people lookups contacts and pronoun resolution use. */
export interface RichContext extends ArticleContext {
  people: ArticlePeople;
  /**
   * The speaker of a transcript or interview turn that covers the sentence ("MR. KIRBY: …", an answer in a Q&A):
   * the person "I"/"we" mean there; null outside turns, in questions and for moderators. Computed on first call.
   */
  speakerAt(sentenceIndex: number): PersonRef | null;
}

export interface ContextOptions {
  /** YYYY-MM-DD to resolve "Friday", "yesterday", "March 3" against when the article has no date of its own. */
  referenceDate?: string | null;
}

/** Split an article into sentences, find its people, and fix its reference date. */
export function buildArticleContext(parsed: ParsedArticle, opts: ContextOptions = {}): RichContext {
  const sentences = splitSentences(parsed.paragraphs);
  const people = findPeople(sentences, parsed.title);
  return {
    article: parsed,
    sentences,
    people,
    speakerAt: createSpeakerAt(parsed.paragraphs, sentences, people),
    referenceDate: parsed.published ?? opts.referenceDate ?? null,
  };
}
