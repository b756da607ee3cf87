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

describe('a whole official title before the object', () => {
  it('a title of over 110 characters made only of title words still stands before the name', () => {
    const a = analyse([
      'On May 7, Foreign Minister Chen Hao held a phone call with High Commissioner of the African Union for Political Affairs and Security and Special Envoy of the Chairperson of the Commission Amara Diallo.',
    ], '2024-05-08');
    expect(contactsBetween(a, 'Hao', 'Diallo')).toHaveLength(1);
  });
  it('a long gap with ordinary words in it is no title: no contact with the name after it', () => {
    const a = analyse([
      'Foreign Minister Chen Hao held a phone call with the ambassador of the republic, who had spent much of the week travelling across the northern provinces with the delegation of businessman Amara Diallo.',
    ], '2024-05-08');
    expect(contactsBetween(a, 'Hao', 'Diallo')).toHaveLength(0);
  });
});

describe('subjects with an apposition', () => {
  it('joins "A and Qatar\'s emir, Sheikh B, spoke" as a pair', () => {
    const a = analyse(["Crown Prince Faisal bin Karim and Qatar's emir, Sheikh Tamer bin Omar, spoke on Thursday, the agency said."], '2025-10-12');
    expect(contactsBetween(a, 'Karim', 'Omar')).toEqual([expect.objectContaining({ date: '2025-10-09' })]);
  });
  it('takes A, not the owner, as subject of "A, US President B\'s senior adviser for Africa, met C"', () => {
    const a = analyse(["Marcus Bell, US President Donald Trump's senior adviser for Africa, met Foreign Minister Mohieldin Salem in Cairo on Sunday."], '2025-10-12');
    expect(contactsBetween(a, 'Bell', 'Salem')).toHaveLength(1);
    expect(contactsBetween(a, 'Trump', 'Salem')).toHaveLength(0);
  });
});
