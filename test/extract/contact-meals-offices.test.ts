// Meals are meetings ("had lunch with B", "dined with B"); a lower-case office may open the object ("met the mayor of
// Arica, B"); "already" may stand in a noun trigger's gap; a date inside "…, who was sworn in on Tuesday, …" is the
// clause's, not the contact's.
import { describe, expect, it } from 'vitest';
import { analyse, contactsBetween } from './extract-helpers.js';

describe('meals and offices', () => {
  it('reads lunch, breakfast and dinner with someone as a meeting in person', () => {
    const a = analyse(['Before meeting the president, Prime Minister Jonas Lie had lunch with Finland\'s Prime Minister Petri Aho on Monday.'], '2025-05-20');
    expect(contactsBetween(a, 'Lie', 'Aho')).toEqual([expect.objectContaining({ date: '2025-05-19', mode: 'in-person' })]);
    const b = analyse(['Foreign Minister Ana Ruiz dined with her Chilean counterpart Tomas Vera in Lima on Friday.'], '2025-05-20');
    expect(contactsBetween(b, 'Ruiz', 'Vera')).toEqual([expect.objectContaining({ date: '2025-05-16', mode: 'in-person' })]);
    const c = analyse(['Prime Minister Jonas Lie will have dinner with Prime Minister Petri Aho next week.'], '2025-05-20');
    expect(contactsBetween(c, 'Lie', 'Aho')).toHaveLength(0);
  });
  it('takes "met the mayor of Arica, B" and "had a phone talk already on Sunday with B"', () => {
    const a = analyse(['Mr Luis Ortega said he had met the mayor of Arica, Jorge Quispe, in Santiago on Tuesday.'], '2025-06-12');
    expect(contactsBetween(a, 'Ortega', 'Quispe').map((c) => c.date)).toEqual(['2025-06-10']);
    const b = analyse(['President Anders Berg told that he had a phone talk already on Sunday with Sweden\'s prime minister Ulf Lind.'], '2025-05-20');
    expect(contactsBetween(b, 'Berg', 'Lind')).toEqual([expect.objectContaining({ date: '2025-05-18', mode: 'phone' })]);
  });
  it('does not date a contact by a relative clause that names no one', () => {
    const a = analyse([
      'Chancellor Karl Brenner travelled to Paris on Wednesday on his first trip abroad.',
      'The chancellor, who was sworn in on Tuesday after a failed first vote, had breakfast with President Paul Morel at the palace.',
    ], '2025-05-08');
    expect(contactsBetween(a, 'Brenner', 'Morel').map((c) => c.date)).toEqual(['2025-05-07']);
  });
});
