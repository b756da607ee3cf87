// Title words that belong to a name ("Hassan Sheikh Mohamud", "Hun Sen"), and an owner in an object list.
import { describe, expect, it } from 'vitest';
import { analyse, contactsBetween } from './extract-helpers.js';

describe('a title word inside or ending a name', () => {
  it('keeps "Sheikh" inside a name and "Sen" ending one', () => {
    const a = analyse([
      'President Wanjiru Kamau spoke on phone with President Abdi Sheikh Warsame of Somalia on Friday.',
      'Prime Minister Nida Chai was suspended over a leaked phone call in June with Hun Sokha, the former leader.',
      'Opposition leader Pich Sen said nothing.',
    ], '2025-11-24');
    expect(a.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Abdi Sheikh Warsame', 'Pich Sen']));
    expect(contactsBetween(a, 'Kamau', 'Warsame').map((c) => c.date)).toEqual(['2025-11-21']);
  });
  it('still reads "His Highness Sheikh B" and "Sen. B" as titles', () => {
    const a = analyse([
      'His Highness Sheikh Khalid bin Faisal Al Nuaimi received a phone call from President Wanjiru Kamau.',
      'Sen. Jane Roe said she spoke with Sen Mark Hale on Friday.',
    ], '2025-11-24');
    expect(a.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Khalid bin Faisal Al Nuaimi', 'Jane Roe', 'Mark Hale']));
    expect(a.people.some((p) => /Highness|Sen\b/u.test(p.name))).toBe(false);
  });
});

describe('an owner in an object list', () => {
  it('is not one more person met ("with B, the former leader and C\'s father")', () => {
    const a = analyse([
      "Prime Minister Nida Chai held a phone call in June with Pich Sokha, Cambodia's former leader and Pich Mony's father.",
    ], '2025-11-24');
    expect(contactsBetween(a, 'Chai', 'Sokha')).toHaveLength(1);
    expect(a.contacts.filter((c) => c.participants.some((p) => p.endsWith('Mony')))).toHaveLength(0);
  });
});

describe('regnal numbers', () => {
  it('keeps "Leo XIV" and "Charles III" whole, so "Leo" is never read as a surname', () => {
    const a = analyse(['This morning the Holy Father Leo XIV received in audience Mr. Nikos Christodoulides, President of the Republic of Cyprus.'], '2025-10-18');
    expect(a.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Leo XIV', 'Nikos Christodoulides']));
    expect(contactsBetween(a, 'XIV', 'Christodoulides')).toHaveLength(1);
    expect(analyse(['King Charles III met Prime Minister Keir Starmer on Tuesday.'], '2025-10-18').people.map((p) => p.name)).toContain('Charles III');
  });
});

describe('words of an office or a form of address are never a name', () => {
  it('reads "Ambassador Extraordinary and Plenipotentiary", "Minister of Energy and Natural Resources" and "His Royal Highness" as office words', () => {
    const a = analyse([
      'President Kassym-Jomart Tokayev received the Ambassador Extraordinary and Plenipotentiary of Russia Alexei Borodavkin on Monday.',
      'Minister of Energy Prince Abdulaziz bin Salman met the Canadian Minister of Energy and Natural Resources Tim Hodgson on Tuesday.',
      'His Royal Highness received the call.',
    ], '2025-10-16');
    const names = a.people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Alexei Borodavkin', 'Tim Hodgson']));
    expect(names.filter((n) => /Extraordinary|Natural|Highness/u.test(n))).toEqual([]);
    expect(contactsBetween(a, 'Tokayev', 'Borodavkin')).toHaveLength(1);
  });
});
