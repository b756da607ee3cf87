// "his meeting with B": the possessor of a call noun is the clause's subject, not the nearest name.
import { describe, expect, it } from 'vitest';
import { analyse, contactsBetween } from './extract-helpers.js';

describe('a possessive pronoun before a call noun', () => {
  it('reads as the subject of its clause', () => {
    const a = analyse([
      'President Anton Varga spoke by phone with Prime Minister Lena Horvat on Friday.',
      'Varga briefed Horvat on his meeting with envoy Marek Dunn held in Riga on March 3.',
    ], '2025-03-07');
    expect(contactsBetween(a, 'Varga', 'Dunn').map((c) => c.date)).toEqual(['2025-03-03']);
    expect(contactsBetween(a, 'Horvat', 'Dunn')).toHaveLength(0);
  });
  it('names no one when its own sentence names people only as objects', () => {
    const a = analyse([
      'President Anton Varga spoke by phone with Prime Minister Lena Horvat on Friday.',
      'The President of Latvia informed his Croatian counterpart about his meeting with envoy Marek Dunn.',
    ], '2025-03-07');
    expect(contactsBetween(a, 'Horvat', 'Dunn')).toHaveLength(0);
  });
  it('takes "her" for the woman the sentence names as its subject', () => {
    const a = analyse(['Foreign Minister Lena Horvat praised her talks with Anton Varga, saying progress was made.'], '2025-03-07');
    expect(contactsBetween(a, 'Horvat', 'Varga')).toHaveLength(1);
  });
});
