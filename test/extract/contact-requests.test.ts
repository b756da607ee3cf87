// A contact held at someone's request is a contact (not a plan), and the request names its initiator.
import { describe, expect, it } from 'vitest';
import { analyse, contactsBetween } from './extract-helpers.js';

describe('a contact held on request', () => {
  it('"according to request" is no trap, and the other side asked for it', () => {
    const a = analyse(['Foreign Minister Lin Qiao on Tuesday according to request held a telephone conversation with Prime Minister Aino Virtanen of Finland.'], '2024-06-12');
    const c = contactsBetween(a, 'Qiao', 'Virtanen');
    expect(c).toHaveLength(1);
    expect(c[0]?.initiator).toBe('Aino Virtanen');
  });
  it('"upon invitation" with no one named: the participant named last invited', () => {
    const a = analyse(['President Tomas Rivera, upon invitation, met with Chancellor Greta Albers in Vienna on Monday.'], '2024-06-12');
    const c = contactsBetween(a, 'Rivera', 'Albers');
    expect(c).toHaveLength(1);
    expect(c[0]?.initiator).toBe('Greta Albers');
  });
  it('"at the request of the EU side" is no trap and names the EU participant', () => {
    const a = analyse(['On June 3, at the request of the EU side, Foreign Minister Lin Qiao had a phone call with European Commission Vice-President Marta Kowal.'], '2024-06-12');
    const c = contactsBetween(a, 'Qiao', 'Kowal');
    expect(c).toHaveLength(1);
    expect(c[0]?.date).toBe('2024-06-03');
    expect(c[0]?.initiator).toBe('Marta Kowal');
  });
  it('a request for a contact is still a trap', () => {
    const a = analyse(['Foreign Minister Lin Qiao requested a phone call with Prime Minister Aino Virtanen.', 'Qiao asked to meet Virtanen next week.'], '2024-06-12');
    expect(contactsBetween(a, 'Qiao', 'Virtanen')).toHaveLength(0);
  });
});

describe('a surname after its office, never given a first name', () => {
  const a = analyse([
    'Minister Lin Qiao spoke by phone with the trade envoy, Vice-President of the European Commission Kowalczyk.',
    'Kowalczyk said the Union wanted stable supplies.',
  ], '2024-06-12');
  it('is a person with that office, and the contact has two participants', () => {
    const p = a.people.find((x) => x.name === 'Kowalczyk');
    expect(p?.role).toMatch(/Vice-President/);
    expect(contactsBetween(a, 'Qiao', 'Kowalczyk')).toHaveLength(1);
  });
  it('a country after "Minister of" is no person, even when named twice', () => {
    const b = analyse([
      'Minister Lin Qiao spoke by phone with the Prime Minister of Haiti, Garry Lamothe.',
      'Qiao said Haiti needed more help; aid to Haiti would grow.',
    ], '2024-06-12');
    expect(b.people.some((x) => x.name === 'Haiti')).toBe(false);
    expect(contactsBetween(b, 'Qiao', 'Lamothe')).toHaveLength(1);
  });
});
