// What every extractor of one article reads: its sentences, the people it names, and its reference date.
import type { ParsedArticle, PersonRef, Sentence } from '../types.js';

/** A place in the text where a person is named or referred to. */
export interface PersonMention {
  person: PersonRef;
  sentence: number;
  /** Character offsets inside the sentence text. */
  start: number;
  end: number;
  /** The words as written: "Lloyd J. Austin III", "Austin", "the minister". */
  text: string;
}

export interface PeopleIndex {
  people: PersonRef[];
  /**
   * The person a mention refers to at a sentence: a full name, a surname, title + surname ("Secretary Austin",
   * "Mr Blair", "Gen. Milley"), or a role ("the minister") resolved to the most recent matching person before it.
   */
  resolve(mention: string, sentenceIndex: number): PersonRef | null;
  /** Named mentions (not pronouns) in a sentence, in order. */
  mentionsIn(sentenceIndex: number): PersonMention[];
}

export interface ArticleContext {
  article: ParsedArticle;
  sentences: Sentence[];
  people: PeopleIndex;
  /** Date relative expressions are resolved against: publication date, dateline, or a corpus anchor. */
  referenceDate: string | null;
}
