// "met Burkina Faso's junta leader Captain B, … before travelling to Bamako for talks with C": B is the object of
// "met", so the subject of the later "talks with C" is A, not B; a country is never a person.
import { describe, expect, it } from 'vitest';
import { analyse, contactsBetween } from './extract-helpers.js';

describe("an owner's role before an object", () => {
  it('keeps the name the object of the verb before it', () => {
    const a = analyse(['Headline', "Kofi Mensah met Burkina Faso's junta leader Captain Ali Sow in Ouagadougou on Monday, a day before travelling to Bamako for talks with Mali's General Musa Keita."], '2025-09-17');
    expect(contactsBetween(a, 'Mensah', 'Sow')).toHaveLength(1);
    expect(contactsBetween(a, 'Mensah', 'Keita')).toHaveLength(1);
    expect(contactsBetween(a, 'Sow', 'Keita')).toHaveLength(0);
    expect(a.people.map((p) => p.name)).not.toContain('Burkina Faso');
  });
});
