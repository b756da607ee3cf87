// "A spoke with B, and with C in a trilateral call": one contact of the three, not two pairs.
import { describe, expect, it } from 'vitest';
import { analyse, contactsBetween } from './extract-helpers.js';

describe('a talking verb with several objects', () => {
  it('a joint call named after the objects is one contact of all', () => {
    const a = analyse(['Foreign Minister Rui Tavares spoke by phone on Friday with his Spanish counterpart, Elena Ruiz, and with Director General of the Federal Planning Directorate Karl Obst in a trilateral call.'], '2024-06-12');
    expect(contactsBetween(a, 'Tavares', 'Ruiz', 'Obst')).toHaveLength(1);
    expect(contactsBetween(a, 'Tavares', 'Ruiz')).toHaveLength(0);
  });
  it('an office word before the name stays out of it', () => {
    const a = analyse(['Foreign Minister Rui Tavares spoke by phone with Head of the Budget Secretariat Karl Obst.'], '2024-06-12');
    expect(a.people.some((p) => p.name === 'Karl Obst')).toBe(true);
    expect(a.people.some((p) => p.name.includes('Secretariat'))).toBe(false);
  });
  it('without it, one conversation with each', () => {
    const a = analyse(['Foreign Minister Rui Tavares spoke by phone on Friday with Elena Ruiz and with Karl Obst about the harbour.'], '2024-06-12');
    expect(contactsBetween(a, 'Tavares', 'Ruiz')).toHaveLength(1);
    expect(contactsBetween(a, 'Tavares', 'Obst')).toHaveLength(1);
  });
});
