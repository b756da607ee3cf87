// "his conversation with D" belongs to the subject of its own clause, not to the speaker who reported it.
import { describe, expect, it } from 'vitest';
import { analyse, contactsBetween } from './extract-helpers.js';

describe('the owner of "his conversation with"', () => {
  it('is the subject of the clause it stands in, after "told reporters that"', () => {
    const a = analyse([
      'Minister of State Secretary Prasetyo Hadi told reporters that President Joko Prabowo had also briefed Prime Minister Lawrence Wong on his telephone conversation with Malaysian Prime Minister Anwar Ibrahim on Wednesday evening.',
    ], '2025-06-19');
    expect(contactsBetween(a, 'Prabowo', 'Ibrahim')).toEqual([expect.objectContaining({ date: '2025-06-18', mode: 'phone' })]);
    expect(contactsBetween(a, 'Hadi', 'Ibrahim')).toHaveLength(0);
  });

  it('is not a subject of the other gender ("she said … his call with")', () => {
    const a = analyse([
      'Prime Minister Lawrence Wong met Foreign Minister Vivian Balakrishnan on Monday.',
      'Spokeswoman Anna Lim said that Ms Lim had nothing to add about his call with President Joko Prabowo.',
    ], '2025-06-19');
    expect(contactsBetween(a, 'Lim', 'Prabowo')).toHaveLength(0);
  });
});

describe('"His son B" is B, not the owner of "his"', () => {
  it('takes a capitalised name after "his son" as the subject', () => {
    const a = analyse([
      'Prime Minister Giorgia Meloni spoke to commander Khalifa Haftar on Monday.',
      'His son Saddam Haftar was received in Rome last week by Interior Minister Matteo Piantedosi.',
    ], '2025-09-17');
    expect(contactsBetween(a, 'Haftar', 'Piantedosi').map((c) => c.participants)).toEqual([['Saddam Haftar', 'Matteo Piantedosi']]);
    expect(contactsBetween(a, 'Meloni', 'Piantedosi')).toHaveLength(0);
  });
});

describe('a conversation that "took place" between two', () => {
  it('allows a few words and a bracketed weekday between the noun and "between"', () => {
    const a = analyse(['A telephone conversation took place today (Wednesday) between Prince Muhammad bin Salman bin Abdulaziz, the Crown Prince, and the Prime Minister of Canada Mark Carney.'], '2025-09-24');
    expect(contactsBetween(a, 'Abdulaziz', 'Carney')).toEqual([expect.objectContaining({ date: '2025-09-24', mode: 'phone' })]);
  });
});

describe('"their meeting" with two people named in its sentence', () => {
  it('is theirs, not the pair reported before; a month that holds their dated meeting is that meeting', () => {
    const a = analyse([
      'Foreign Minister Cho Hyun held talks with Foreign Minister Wang Yi in Beijing on Sept. 17.',
      'President Lee Jae Myung met President Donald Trump on Oct. 1.',
      'Cho said he had "clearly conveyed" Seoul\'s position to Wang during their meeting in Beijing last month.',
    ], '2025-10-21');
    expect(contactsBetween(a, 'Hyun', 'Yi').map((c) => c.date)).toEqual(['2025-09-17']);
    expect(contactsBetween(a, 'Myung', 'Trump').map((c) => c.date)).toEqual(['2025-10-01']);
  });

  it('leaves out a person named inside a quotation ("“A emphasized …,” B said following their call")', () => {
    const a = analyse([
      'Secretary Lloyd Austin spoke by phone with Minister Sergei Shoigu on Friday.',
      '"Secretary Austin emphasized the importance of open lines," spokesman Pat Ryder said in a statement following their phone call.',
    ], '2022-10-22');
    expect(a.contacts.map((c) => c.participants.join(' + '))).toEqual(['Lloyd Austin + Sergei Shoigu']);
  });

  it('finds "Cho" alone when folding makes it another first word too ("Choe Son-hui")', () => {
    const a = analyse([
      'Foreign Minister Cho Hyun spoke with Secretary Marco Rubio. Foreign Minister Choe Son-hui was not present.',
      'On Monday, Cho also spoke by phone with Secretary Pete Hegseth.',
    ], '2025-10-21');
    expect(contactsBetween(a, 'Hyun', 'Hegseth')).toHaveLength(1);
  });
});
