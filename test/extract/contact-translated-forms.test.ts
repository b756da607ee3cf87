// Translated readouts: "received, yesterday (Tuesday), a telephone contact from B", "was received at the Ministry
// by B", "conversed this Tuesday (16) by telephone with B".
import { describe, expect, it } from 'vitest';
import { analyse, contactsBetween } from './extract-helpers.js';

describe('contact forms of translated readouts', () => {
  it('"received … a telephone contact from B" is a phone call B placed', () => {
    const a = analyse(['Prince Khalid bin Saud, the Minister of Energy, received, yesterday (Tuesday), a telephone contact from the Minister of Trade of Korea Park Min-soo.'], '2025-08-20');
    expect(contactsBetween(a, 'Saud', 'Min-soo').map((c) => [c.date, c.mode, c.initiator])).toEqual([['2025-08-19', 'phone', 'Park Min-soo']]);
  });
  it('a place between "received" and "by" keeps the passive visit', () => {
    const a = analyse(['On Wednesday, the Ambassador of Chile, Ana Rojas, was received at the Ministry by Deputy Minister Piotr Nowicki.'], '2025-08-28');
    expect(contactsBetween(a, 'Rojas', 'Nowicki').map((c) => [c.date, c.mode])).toEqual([['2025-08-27', 'in-person']]);
  });
  it('a day number in parentheses does not break "conversed … with"', () => {
    const a = analyse(['The president Paulo Sena conversed this Tuesday (16) by telephone with the president of Chile, Ana Rojas.'], '2025-09-17');
    expect(contactsBetween(a, 'Sena', 'Rojas').map((c) => [c.date, c.mode])).toEqual([['2025-09-16', 'phone']]);
  });
  it('a request received is still no call', () => {
    const a = analyse(['Minister Piotr Nowicki received, yesterday, a request from Ana Rojas for a call next week.'], '2025-09-17');
    expect(contactsBetween(a, 'Nowicki', 'Rojas')).toHaveLength(0);
  });
  it('verb-final "had the chancellor with A and B telephoned" gives no A–B call', () => {
    const a = analyse([
      'Headline',
      'Chancellor Hans Brandt telephoned on Tuesday with Prime Minister Ravi Menon.',
      'Already on Monday had the chancellor with the French President Luc Martel and the British Prime Minister Tom Hale telephoned.',
    ], '2025-09-10');
    expect(contactsBetween(a, 'Martel', 'Hale')).toHaveLength(0);
    expect(contactsBetween(a, 'Brandt', 'Martel', 'Hale').map((c) => c.date)).toEqual(['2025-09-08']);
  });
  it('"telephoned on Tuesday with B" (German "telefonierte mit") is a phone call', () => {
    const a = analyse(['Headline', 'Chancellor Hans Brandt telephoned on Tuesday with Prime Minister Ravi Menon.'], '2025-09-10');
    expect(contactsBetween(a, 'Brandt', 'Menon').map((c) => [c.date, c.mode])).toEqual([['2025-09-09', 'phone']]);
  });
  it('"had a telephone conversation also with B" and "was received in the White House by B"', () => {
    const a = analyse([
      'Headline',
      'Prime Minister Giulia Conti has had a telephone conversation also with the President of Egypt Omar Farouk.',
      'President Piotr Kowal on 3 of September was received in the White House by the President of USA Dan Reed.',
    ], '2025-09-20');
    expect(contactsBetween(a, 'Conti', 'Farouk').map((c) => c.mode)).toEqual(['phone']);
    expect(contactsBetween(a, 'Kowal', 'Reed').map((c) => [c.date, c.mode])).toEqual([['2025-09-03', 'in-person']]);
  });
  it('"Jan" before a surname is a given name, not January', () => {
    const a = analyse(['Headline', 'Foreign Minister Ana Rojas was received by Prime Minister Jan Nowak on Monday.'], '2025-10-24');
    expect(contactsBetween(a, 'Rojas', 'Nowak').map((c) => c.participants)).toEqual([['Ana Rojas', 'Jan Nowak']]);
  });
});

describe('more translated and wire forms', () => {
  it('reads "maintained … a telephone conversation with his South African homologue, B" and a given name Francisco', () => {
    const a = analyse(['The President of the Republic, Daniel Francisco Nhamue, maintained this Wednesday a telephone conversation with his South African homologue, Matamela Cyril Dube, in which the two statesmen analysed the border.'], '2025-04-17');
    expect(contactsBetween(a, 'Nhamue', 'Dube')).toEqual([expect.objectContaining({ date: '2025-04-16', mode: 'phone' })]);
  });
  it('reads "A and B agreed Monday to …, in their first telephone talks since …"', () => {
    const a = analyse(['TOKYO, June 9 Kyodo - Prime Minister Kenji Sato and new President Park Min-ho agreed Monday to further develop ties, in their first telephone talks since Park took office.'], '2025-06-09');
    expect(contactsBetween(a, 'Sato', 'Min-ho')).toEqual([expect.objectContaining({ date: '2025-06-09', mode: 'phone' })]);
  });
});

describe('a recall formula and a descriptive role', () => {
  it('reads "It is to recall that A and the politician B met in March" as a past meeting', () => {
    const a = analyse(['President Daniel Nhamue spoke on Monday.', 'It is to recall that Nhamue and the politician Venâncio Mabote met in March, in the Presidency.'], '2025-04-17');
    expect(contactsBetween(a, 'Nhamue', 'Mabote').map((c) => c.date)).toEqual(['2025-03']);
    const b = analyse(['President Daniel Nhamue spoke on Monday.', 'Nhamue is to meet the politician Venâncio Mabote in May.'], '2025-04-17');
    expect(contactsBetween(b, 'Nhamue', 'Mabote')).toHaveLength(0);
  });
});

describe('a plural subject whose first name carries its country', () => {
  it('reads "The foreign ministers, A of Chile and Mr B, met in Lima in April"', () => {
    const a = analyse(['The foreign ministers, Tomas Vera of Chile and Mr Elmer Salas, met in Lima in April, when they agreed to set up a group.'], '2025-06-12');
    expect(contactsBetween(a, 'Vera', 'Salas').map((c) => c.date)).toEqual(['2025-04']);
  });
});

describe('German order: the direct-object verb at the clause end', () => {
  it('reads "A has on Wednesday the Prime Minister B in the Chancellery with military honours received"', () => {
    const a = analyse([
      'Federal Chancellor Friedrich Merz has on Wednesday the Irish Prime Minister (Taoiseach) Micheal Martin in the Federal Chancellery with military honours received.',
      'Both heads of government had last met in June in Brussels.',
    ], '2025-11-06');
    expect(contactsBetween(a, 'Merz', 'Martin').map((c) => [c.date, c.mode]).sort()).toEqual([['2025-06', 'in-person'], ['2025-11-05', 'in-person']]);
  });
  it('does not read a verb-final clause with more than a place between the object and the verb', () => {
    const a = analyse(['Chancellor Friedrich Merz has the Irish Prime Minister Micheal Martin, who criticised the plan, repeatedly received.'], '2025-11-06');
    expect(a.contacts).toHaveLength(0);
  });
});

describe('a delegation of a named body', () => {
  it('reads "received a delegation of the Christian Association of Nigeria led by its President, B"', () => {
    const a = analyse(['Earlier on Thursday, President Bola Adeyemi received a delegation of the Christian Association of Nigeria led by its President, Archbishop Daniel Okoro.'], '2025-11-14');
    expect(contactsBetween(a, 'Adeyemi', 'Okoro')).toEqual([expect.objectContaining({ date: '2025-11-13', mode: 'in-person' })]);
  });
});

describe('"came together with" (Turkish "bir araya geldi" in translation)', () => {
  it('is a meeting, with an object or of a plural subject', () => {
    const a = analyse([
      'Foreign Minister Emre Aksoy came together with Kenya\'s Prime Cabinet Secretary Daniel Mwangi in Ankara on Thursday.',
      'It is remembered that Aksoy and Mwangi last came together in April in Antalya at the Diplomacy Forum.',
    ], '2025-11-14');
    expect(contactsBetween(a, 'Aksoy', 'Mwangi').map((c) => [c.date, c.mode])).toEqual([['2025-11-13', 'in-person'], ['2025-04', 'in-person']]);
  });
});

describe('a readout\'s named meetings', () => {
  it('reads "A and B held a Japan-ROK Foreign Ministers\' Meeting" and "the Summit Meeting held in Tokyo on August 23 between A and B"', () => {
    const a = analyse([
      'Minister Ken Mori and Minister Min Park held a Japan-ROK Foreign Ministers\' Meeting on the margins of the summit in Tokyo on August 23, 2025.',
      'The two Ministers welcomed that the Japan-ROK Summit Meeting held in Tokyo on August 23 between Prime Minister Taro Sato and President Jae Han had been fruitful.',
    ], '2025-08-28');
    expect(contactsBetween(a, 'Mori', 'Park').map((c) => [c.date, c.mode])).toEqual([['2025-08-23', 'in-person']]);
    expect(contactsBetween(a, 'Sato', 'Han').map((c) => c.date)).toEqual(['2025-08-23']);
  });
  it('"the European Political Community" is no one to talk with', () => {
    const a = analyse(['PRIME MINISTER NIKOL ARAMYAN: I met President Ilham Garayev in Copenhagen on 2 October, at the European Political Community summit, and we had a short but good conversation.'], '2025-10-08');
    expect(a.people.map((p) => p.name)).not.toContain('Political Community');
  });
});
