// A briefing's bare title ("the Secretary") may come before the only person who holds exactly that title is named.
import { describe, expect, it } from 'vitest';
import { analyse, contactsBetween } from './extract-helpers.js';

describe('a bare title named only later', () => {
  it('is the one person who later holds exactly that title', () => {
    const a = analyse([
      'This morning the Secretary spoke with Chilean Foreign Minister Ana Paredes about the election.',
      'MR LUND: Secretary Halvorsen will travel to Santiago next week.',
    ], '2024-06-12');
    expect(contactsBetween(a, 'Halvorsen', 'Paredes')).toHaveLength(1);
  });
  it('stays unresolved when two people later hold that title', () => {
    const a = analyse([
      'This morning the President spoke with Chilean Foreign Minister Ana Paredes about the election.',
      'President Rafael Ortiz and President Lena Kask are due in Santiago next week.',
    ], '2024-06-12');
    expect(a.contacts.some((c) => c.participants.some((p) => /Ortiz|Kask/.test(p)))).toBe(false);
  });
});
