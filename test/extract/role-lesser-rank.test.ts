// "the Secretary" is not "Deputy Secretary Landau": a lesser rank the mention leaves out names another office.
import { describe, expect, it } from 'vitest';
import { analyse, contactsBetween } from './extract-helpers.js';

describe('a bare title and a holder of a lesser rank', () => {
  it('does not resolve "the Secretary" to a Deputy Secretary', () => {
    const a = analyse([
      'MS HALL: First, this morning Deputy Secretary Omar Landry hosted Vice Minister Kenji Sato here at the Department.',
      'Second, yesterday the Secretary spoke with Foreign Secretary Ana Cruz, her first call with the Secretary since she took office.',
      'QUESTION: On Asia. Secretary Reyes met Foreign Minister Ivan Petrov last week. Is a call planned?',
    ], '2025-07-15');
    expect(contactsBetween(a, 'Landry', 'Cruz')).toHaveLength(0);
    expect(contactsBetween(a, 'Reyes', 'Cruz').map((c) => c.date)).toEqual(['2025-07-14']);
  });
  it('still resolves "the Deputy Secretary" to the Deputy Secretary', () => {
    const a = analyse([
      'Deputy Secretary Omar Landry arrived in Seoul on Monday.',
      'The Deputy Secretary met Vice Minister Kenji Sato on Tuesday.',
    ], '2025-07-16');
    expect(contactsBetween(a, 'Landry', 'Sato').map((c) => c.date)).toEqual(['2025-07-15']);
  });
});

describe('a day word before a title', () => {
  it('is not part of the role', () => {
    const a = analyse(['Headline', 'Yesterday Secretary Lena Reyes met Foreign Minister Ivan Petrov in Manila.'], '2025-07-15');
    expect(a.people.find((p) => p.name === 'Lena Reyes')?.role).toBe('Secretary');
  });
});
