// "A and B met …, where together with C they …" adds C; "…, when A visited troops alongside C" is another event.
import { describe, expect, it } from 'vitest';
import { analyse, contactsBetween } from './extract-helpers.js';

describe('a third person after "alongside" in a plural contact', () => {
  it('in a time clause about another event, adds no participant', () => {
    const a = analyse([
      'Defence Minister Erik Lund spoke by phone with Defence Minister Sara Mäkelä on Tuesday.',
      'The two ministers last met in Tallinn in March, when Lund inspected a training range alongside General Piet Vos.',
    ], '2024-06-12');
    expect(contactsBetween(a, 'Lund', 'Mäkelä', 'Vos')).toHaveLength(0);
    expect(contactsBetween(a, 'Lund', 'Mäkelä').some((c) => c.date === '2024-03')).toBe(true);
  });
  it('in the meeting itself, adds the third participant', () => {
    const a = analyse(['Erik Lund and Sara Mäkelä met in Tallinn on Monday, where together with Piet Vos they held a meeting on air defence.'], '2024-06-12');
    expect(contactsBetween(a, 'Lund', 'Mäkelä', 'Vos')).toHaveLength(1);
  });
});
