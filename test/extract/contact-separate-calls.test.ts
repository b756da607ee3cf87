// One subject, several objects, one call each: "held separate phone calls with B and C", "phoned B and then C".
import { describe, expect, it } from 'vitest';
import { analyse, contactsBetween } from './extract-helpers.js';

describe('separate calls', () => {
  it('gives one call per object for "separate" and "and then"', () => {
    const a = analyse([
      'President Recep Erdem held separate phone calls on Sunday with Emir Tamer Al Sani and President Omar Fawzi.',
      'President Dan Crowe said he had phoned Prime Minister Hun Seda and then Foreign Minister Lek Wattana.',
    ], '2025-11-17');
    expect(contactsBetween(a, 'Erdem', 'Sani').map((c) => c.date)).toEqual(['2025-11-16']);
    expect(contactsBetween(a, 'Erdem', 'Fawzi').map((c) => c.date)).toEqual(['2025-11-16']);
    expect(contactsBetween(a, 'Crowe', 'Seda')).toHaveLength(1);
    expect(contactsBetween(a, 'Crowe', 'Wattana')).toHaveLength(1);
    expect(a.contacts.filter((c) => c.participants.length > 2)).toHaveLength(0);
  });
  it('keeps a joint meeting joint', () => {
    const a = analyse(['President Recep Erdem met Emir Tamer Al Sani and President Omar Fawzi in Cairo on Sunday.'], '2025-11-17');
    expect(contactsBetween(a, 'Erdem', 'Sani', 'Fawzi')).toHaveLength(1);
  });
});

describe('a verb whose object follows a time word (translated order)', () => {
  it('reads "received last week the Minister …" and "had met on Thursday his counterpart …"', () => {
    const a = analyse([
      'Foreign Minister Juan Ruiz received last week the Minister of Foreign Affairs of Canada, Anita Rowe.',
      'Wang Lei had met on Thursday his French counterpart Jean-Marc Barre for a working dinner.',
    ], '2025-07-07');
    expect(contactsBetween(a, 'Ruiz', 'Rowe').map((c) => [c.date, c.mode])).toEqual([['2025-06', 'in-person']]);
    expect(contactsBetween(a, 'Lei', 'Barre').map((c) => c.date)).toEqual(['2025-07-03']);
  });
  it('reads a place with "of" and a day between the verb and its object', () => {
    const a = analyse([
      'Foreign Minister Radek Sowa, in his turn, on Monday had received in the MFA of Poland the Ambassador of Ukraine Vasyl Bodak.',
      'Emir Tamer bin Omar had received in the Amiri Diwan on the last Sunday the Minister of Foreign Affairs of Oman Badr bin Salem.',
    ], '2025-11-19');
    expect(contactsBetween(a, 'Sowa', 'Bodak')).toHaveLength(1);
    expect(contactsBetween(a, 'Omar', 'Salem').map((c) => c.date)).toEqual(['2025-11-16']);
  });
});

describe('two dated contacts of one pair in one sentence', () => {
  it('keeps "met B on Friday, and the two held talks by phone on Saturday" as two contacts', () => {
    const a = analyse(['Ryo Akiyama met Commerce Secretary Howard Lund for about an hour on Friday, and the two held a second round of talks by phone on Saturday.'], '2025-06-30');
    expect(contactsBetween(a, 'Akiyama', 'Lund').map((c) => [c.date, c.mode]).sort()).toEqual([['2025-06-27', 'in-person'], ['2025-06-28', 'phone']]);
  });
});

describe('talks by phone', () => {
  it('takes the mode the clause gives ("a second round of talks by phone")', () => {
    const a = analyse([
      'Ryo Akiyama met Commerce Secretary Howard Lund on Friday.',
      'The two held a second round of talks by phone on Saturday.',
    ], '2025-06-30');
    expect(contactsBetween(a, 'Akiyama', 'Lund').map((c) => [c.date, c.mode]).sort()).toEqual([['2025-06-27', 'in-person'], ['2025-06-28', 'phone']]);
  });
});
