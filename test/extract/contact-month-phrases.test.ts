// Month phrases that date a contact: "at the end of May", and a month of saying ("said last month he had spoken").
import { describe, expect, it } from 'vitest';
import { analyse, contactsBetween } from './extract-helpers.js';

describe('month-grain dates of a contact', () => {
  it('"at the end of May" dates a second contact of the same pair apart from the first', () => {
    const a = analyse([
      'Chancellor Hans Brandt spoke by telephone with President Ivan Koval on Tuesday.',
      'Koval had been received by Brandt at the end of May in Berlin with military honours.',
    ], '2025-06-11');
    expect(contactsBetween(a, 'Brandt', 'Koval').map((c) => c.date).sort()).toEqual(['2025-05', '2025-06-10']);
  });
  it('"by the end of May" is a bound, not a date', () => {
    const a = analyse(['Hans Brandt and Ivan Koval met in Berlin on Monday and agreed to finish the deal by the end of May.'], '2025-04-16');
    expect(contactsBetween(a, 'Brandt', 'Koval').map((c) => c.date)).toEqual(['2025-04-14']);
  });
  it('a month of saying dates an otherwise undated recalled contact', () => {
    const a = analyse([
      'President Sipho Dlamini spoke by phone with Chancellor Hans Brandt on Monday.',
      'Dlamini said last month he had spoken with Tesla and SpaceX boss Elon Musk, and urged him to help.',
    ], '2025-03-11');
    expect(contactsBetween(a, 'Dlamini', 'Musk').map((c) => c.date)).toEqual(['2025-02']);
  });
});
