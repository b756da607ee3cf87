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
  it('waits for a use that resolves when its first use comes before anyone is named', () => {
    const a = analyse([
      'MS DLAMINI: Good morning. I will take you through the President\'s programme.',
      'Yesterday President Thabo Mokoena held a telephone conversation with Prime Minister Ana Paredes of Chile.',
      'On Tuesday, the President received the Prime Minister of Lesotho, Mr Sam Letsie, at the Union Buildings.',
      'The President has not spoken to President Hale since their meeting in May.',
    ], '2025-08-07');
    expect(contactsBetween(a, 'Mokoena', 'Letsie')).toHaveLength(1);
    expect(contactsBetween(a, 'Hale', 'Letsie')).toHaveLength(0);
  });
  it('is not a guest first named beside an unresolved use', () => {
    const a = analyse([
      'MS REED: On Friday the President will welcome President Kwon of Korea to the ranch.',
      'In advance of that, the President spoke by phone this morning with President Kwon.',
      'The President has also been in touch with Governor Ana Paredes several times.',
    ], '2025-08-07');
    expect(a.contacts.some((c) => c.participants.some((p) => /Kwon/.test(p)) && c.participants.some((p) => /Paredes/.test(p)))).toBe(false);
  });
});
