// "discussed the matter with B": a topic between the verb and "with"; and a name after an object's apposition is
// still that object, not the subject of the next verb.
import { describe, expect, it } from 'vitest';
import { analyse, contactsBetween } from './extract-helpers.js';

const DAY = '2025-10-21';

describe('"discussed X with B"', () => {
  it('is a contact, with the mode the gap gives', () => {
    expect(contactsBetween(analyse(['Special envoy Nicholas Brand had discussed the project by phone with the Azerbaijani transport minister, Rashad Nabiyev, earlier this month.'], DAY), 'Brand', 'Nabiyev'))
      .toEqual([expect.objectContaining({ mode: 'phone', date: '2025-10' })]);
    expect(contactsBetween(analyse(['Prime Minister Anwar Ibrahim said he had also discussed the matter with Philippine President Ferdinand Marcos Jr last week.'], DAY), 'Ibrahim', 'Marcos'))
      .toHaveLength(1);
  });

  it('is none with no person after "with"', () => {
    expect(analyse(['Prime Minister Anwar Ibrahim discussed the report with reporters on Monday.'], DAY).contacts).toEqual([]);
  });

  it('keeps the subject of a second verb when the first verb\'s object has an apposition', () => {
    const a = analyse(['Sir Nicholas Brand said he had held talks with Georgia\'s economy minister, Mariam Kvrivishvili, in Tbilisi on Tuesday and had discussed the project by phone with the Azerbaijani transport minister, Rashad Nabiyev.'], DAY);
    expect(contactsBetween(a, 'Kvrivishvili', 'Nabiyev')).toHaveLength(0);
    expect(contactsBetween(a, 'Brand', 'Nabiyev')).toHaveLength(1);
  });
});

describe('a transcript speaker label before a plural subject', () => {
  it('is not one of the subjects ("Shri A, Official Spokesperson: B and C spoke")', () => {
    const a = analyse(['Shri Randhir Jaiswal, Official Spokesperson: Prime Minister Narendra Modi and President Donald Trump spoke last month.'], DAY);
    expect(a.contacts.map((c) => c.participants)).toEqual([['Narendra Modi', 'Donald Trump']]);
  });
});
