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

describe('one more participant named after the meeting', () => {
  it('adds who "was also present at the meeting" or "also attended the talks" to the contact just told', () => {
    const a = analyse([
      'Earlier in the day, President Recep Erdem received Foreign Minister Youssef Haddad at the palace. Foreign Minister Hakan Toprak was also present at the meeting, which was closed to the press.',
    ], '2025-04-08');
    expect(contactsBetween(a, 'Erdem', 'Haddad', 'Toprak')).toHaveLength(1);
    expect(a.contacts).toHaveLength(1);
    const b = analyse(['Prime Minister Lena Holt met President Omar Fawzi in Cairo on Sunday. Trade Minister Idris Kamal also attended the talks.'], '2025-04-08');
    expect(contactsBetween(b, 'Holt', 'Fawzi', 'Kamal')).toHaveLength(1);
  });
  it('does not make "present at the summit" a participant of an earlier bilateral', () => {
    const a = analyse(['Prime Minister Lena Holt met President Omar Fawzi in Cairo on Sunday. King Idris Kamal was also present at the summit.'], '2025-04-08');
    expect(a.contacts.map((c) => c.participants.length)).toEqual([2]);
  });
});
