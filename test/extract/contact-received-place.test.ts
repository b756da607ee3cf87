// Translated word order: "received in the Presidential Complex the Foreign Minister of Ukraine B".
import { describe, expect, it } from 'vitest';
import { analyse, contactsBetween } from './extract-helpers.js';

describe('a place phrase between "received" and its object', () => {
  it('still gives the visit', () => {
    const a = analyse(['President Kemal Aydın last Tuesday received in the Presidential Complex the Foreign Minister of Ukraine Taras Melnyk.'], '2025-03-18');
    const c = contactsBetween(a, 'Aydın', 'Melnyk');
    expect(c.map((x) => [x.date, x.mode])).toEqual([['2025-03-11', 'in-person']]);
  });
  it('takes an office in lower case after the place ("received today at the Farnesina the vice prime minister …, B")', () => {
    const a = analyse([
      'The minister Paolo Conti has received today at the Farnesina the vice prime minister and minister of the Foreign Affairs of Moldova, Mihai Popescu.',
      'The minister Sara Lemos has received this morning in the Palace of Viana the ambassador of Portugal, Teresa Sampaio.',
    ], '2025-10-14');
    expect(contactsBetween(a, 'Conti', 'Popescu').map((c) => [c.date, c.mode])).toEqual([['2025-10-14', 'in-person']]);
    expect(contactsBetween(a, 'Lemos', 'Sampaio').map((c) => c.date)).toEqual(['2025-10-14']);
  });
  it('needs an object after the place', () => {
    const a = analyse(['President Kemal Aydın received in the Presidential Complex on Friday a delegation of Taras Melnyk.'], '2025-03-18');
    expect(contactsBetween(a, 'Aydın', 'Melnyk')).toHaveLength(0);
  });
});

describe('a day between "received" and its object (translated order)', () => {
  it('reads "received in Baghdad, today Monday, the Minister …", "has received this Wednesday in Rabat the Minister …, Mr. B"', () => {
    const a = analyse([
      'On other side, the Prime Minister Karim Haddad received in Baghdad, today Monday, the Minister of Energy Turkish Emre Aksoy and the delegation accompanying him.',
      'The Minister of Foreign Affairs, of the African Cooperation and of the Residents Abroad, Mr. Omar Benali, has received this Wednesday in Rabat the Minister of Foreign Affairs of Ghana, Mr. Kofi Mensah.',
    ], '2025-10-27');
    expect(contactsBetween(a, 'Haddad', 'Aksoy').map((c) => [c.date, c.mode])).toEqual([['2025-10-27', 'in-person']]);
    expect(contactsBetween(a, 'Benali', 'Mensah').map((c) => c.date)).toEqual(['2025-10-22']);
    // The title that runs on in commas is Benali's, not a mention of the Ghanaian minister.
    expect(a.contacts.filter((c) => c.participants.length > 2)).toEqual([]);
  });
  it('reads "received on Tuesday, 21 October, a phone call from B"', () => {
    const a = analyse(['Dr. Samir Fahmy, Minister of Foreign Affairs, received on Tuesday, 21 October, a phone call from Mr. Emre Aksoy, Minister of Foreign Affairs of Türkiye.'], '2025-10-21');
    expect(contactsBetween(a, 'Fahmy', 'Aksoy').map((c) => [c.date, c.mode, c.initiator])).toEqual([['2025-10-21', 'phone', 'Emre Aksoy']]);
  });
});

describe('a passive visit with its day before "by", and a "telephonic" contact', () => {
  it('reads "A, was received today by the President …, B" and the mode of "had telephonic contact"', () => {
    const a = analyse([
      'Cairo – The Chairman of the Council, Lieutenant-General Omar Hassan, was received today by the President of Egypt, Samir Fahmy, at the Palace.',
      'Hassan had before his departure telephonic contact yesterday with the Emir of Qatar, Sheikh Khalid bin Nasser.',
    ], '2025-10-14');
    expect(contactsBetween(a, 'Hassan', 'Fahmy').map((c) => [c.date, c.mode])).toEqual([['2025-10-14', 'in-person']]);
    expect(contactsBetween(a, 'Hassan', 'Nasser').map((c) => [c.date, c.mode])).toEqual([['2025-10-13', 'phone']]);
  });
});
