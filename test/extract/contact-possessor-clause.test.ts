// "his conversation with D" belongs to the subject of its own clause, not to the speaker who reported it.
import { describe, expect, it } from 'vitest';
import { analyse, contactsBetween } from './extract-helpers.js';

describe('the owner of "his conversation with"', () => {
  it('is the subject of the clause it stands in, after "told reporters that"', () => {
    const a = analyse([
      'Minister of State Secretary Prasetyo Hadi told reporters that President Joko Prabowo had also briefed Prime Minister Lawrence Wong on his telephone conversation with Malaysian Prime Minister Anwar Ibrahim on Wednesday evening.',
    ], '2025-06-19');
    expect(contactsBetween(a, 'Prabowo', 'Ibrahim')).toEqual([expect.objectContaining({ date: '2025-06-18', mode: 'phone' })]);
    expect(contactsBetween(a, 'Hadi', 'Ibrahim')).toHaveLength(0);
  });

  it('is not a subject of the other gender ("she said … his call with")', () => {
    const a = analyse([
      'Prime Minister Lawrence Wong met Foreign Minister Vivian Balakrishnan on Monday.',
      'Spokeswoman Anna Lim said that Ms Lim had nothing to add about his call with President Joko Prabowo.',
    ], '2025-06-19');
    expect(contactsBetween(a, 'Lim', 'Prabowo')).toHaveLength(0);
  });
});
