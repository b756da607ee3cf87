// Sentence splitting: abbreviations and initials do not end a sentence; real sentence ends do.
import { describe, expect, it } from 'vitest';
import { splitParagraph, splitSentences } from '../../src/core/extract/sentences.js';

const texts = (p: string): string[] => splitParagraph(p).map((s) => s.text);

describe('sentences', () => {
  it('keeps a middle initial inside the name ("Lloyd J. Austin III")', () => {
    expect(texts('On May 13, Secretary of Defense Lloyd J. Austin III spoke with Shoigu. He said so.')).toEqual([
      'On May 13, Secretary of Defense Lloyd J. Austin III spoke with Shoigu.', 'He said so.',
    ]);
  });

  it('keeps titles and month abbreviations inside the sentence (Gen., Mr., Dr., St., Feb.)', () => {
    expect(texts('Gen. Milley met Mr. Smith and Dr. Fox in St. Petersburg on Feb. 24. Then he left.')).toHaveLength(2);
  });

  it('joins "U.S." to a following name but ends the sentence before "The"', () => {
    expect(texts('He spoke to his U.S. Counterpart Lloyd Austin. The ministry agreed.')).toHaveLength(2);
    expect(texts('Russia accused the U.S. The ministry said so.')).toEqual(['Russia accused the U.S.', 'The ministry said so.']);
  });

  it('splits ordinary sentences and numbers them across paragraphs', () => {
    const s = splitSentences(['One two. Three four.', 'Five six.']);
    expect(s.map((x) => [x.paragraph, x.index, x.text])).toEqual([[0, 0, 'One two.'], [0, 1, 'Three four.'], [1, 2, 'Five six.']]);
  });

  it('reports the offset of each sentence in its paragraph', () => {
    const [, second] = splitParagraph('First one.  Second one.');
    expect(second?.start).toBe(12);
  });
});
