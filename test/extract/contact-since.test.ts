// "has not spoken to B since their meeting in May": the negation is of the time since; the meeting took place.
import { describe, expect, it } from 'vitest';
import { analyse, contactsBetween } from './extract-helpers.js';

const DAY = '2025-08-07';

describe('a contact named after "since"', () => {
  it('is the meeting of the clause subject and the verb object, dated by its own words', () => {
    const a = analyse(['President Cyril Ramaphosa has not spoken to President Donald Trump since their meeting in the Oval Office in May.'], DAY);
    expect(contactsBetween(a, 'Ramaphosa', 'Trump')).toEqual([expect.objectContaining({ date: '2025-05', mode: 'in-person' })]);
  });

  it('resolves a pronoun subject and ignores the pair reported before', () => {
    const a = analyse([
      'President Claudia Sheinbaum spoke by phone with Prime Minister Mark Carney on Monday.',
      'Sheinbaum said she had not spoken with President Donald Trump since their last call, in early June.',
    ], DAY);
    expect(contactsBetween(a, 'Sheinbaum', 'Trump')).toEqual([expect.objectContaining({ date: '2025-06' })]);
    expect(contactsBetween(a, 'Carney', 'Sheinbaum').map((c) => c.date)).toEqual(['2025-08-04']);
  });

  it('is still undone by a modal ("will not have met … since")', () => {
    const a = analyse(['President Cyril Ramaphosa will not have met President Donald Trump since a meeting of the pair.'], DAY);
    expect(contactsBetween(a, 'Ramaphosa', 'Trump')).toHaveLength(0);
  });
});
