// Translated word order: "received in the Presidential Complex the Foreign Minister of Ukraine B".
import { describe, expect, it } from 'vitest';
import { analyse, contactsBetween } from './extract-helpers.js';

describe('a place phrase between "received" and its object', () => {
  it('still gives the visit', () => {
    const a = analyse(['President Kemal Aydın last Tuesday received in the Presidential Complex the Foreign Minister of Ukraine Taras Melnyk.'], '2025-03-18');
    const c = contactsBetween(a, 'Aydın', 'Melnyk');
    expect(c.map((x) => [x.date, x.mode])).toEqual([['2025-03-11', 'in-person']]);
  });
  it('needs an object after the place', () => {
    const a = analyse(['President Kemal Aydın received in the Presidential Complex on Friday a delegation of Taras Melnyk.'], '2025-03-18');
    expect(contactsBetween(a, 'Aydın', 'Melnyk')).toHaveLength(0);
  });
});
