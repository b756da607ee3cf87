// An object's apposition naming an organisation ("B, chief executive of Tern Offshore,") adds no participant.
import { describe, expect, it } from 'vitest';
import { analyse, contactsBetween } from './extract-helpers.js';

describe('appositions after a contact object', () => {
  const a = analyse([
    'Industry Minister Karl Weiss phoned Dr Lena Ortmann, chief executive of Baltic Cable Works, on Sunday afternoon.',
    'Weiss also met Piotr Zielak, the head of the Gdansk Port Authority, and Maria Lind on Monday.',
  ], '2024-05-08');
  it('the organisation is no participant; the person before it is', () => {
    expect(contactsBetween(a, 'Weiss', 'Ortmann')).toHaveLength(1);
    expect(a.contacts.some((c) => c.participants.some((p) => /Works|Authority/.test(p)))).toBe(false);
  });
  it('the list goes on after the apposition', () => {
    const c = a.contacts.find((x) => x.participants.some((p) => p.endsWith('Zielak')));
    expect(c?.participants.some((p) => p.endsWith('Lind'))).toBe(true);
  });
});
