// "has not spoken to B since their meeting in May": the negation is of the time since; the meeting took place.
import { describe, expect, it } from 'vitest';
import { analyse, contactsBetween } from './extract-helpers.js';

const DAY = '2025-08-07';

describe('a contact named after "since"', () => {
  it('is the meeting of the clause subject and the verb object, dated by its own words', () => {
    const a = analyse(['President Cyril Ramaphosa has not spoken to President Donald Trump since their meeting in the Oval Office in May.'], DAY);
    expect(contactsBetween(a, 'Ramaphosa', 'Trump')).toEqual([expect.objectContaining({ date: '2025-05', mode: 'in-person' })]);
  });

  it('resolves a pronoun subject and ignores the pair reported before', () => {
    const a = analyse([
      'President Claudia Sheinbaum spoke by phone with Prime Minister Mark Carney on Monday.',
      'Sheinbaum said she had not spoken with President Donald Trump since their last call, in early June.',
    ], DAY);
    expect(contactsBetween(a, 'Sheinbaum', 'Trump')).toEqual([expect.objectContaining({ date: '2025-06' })]);
    expect(contactsBetween(a, 'Carney', 'Sheinbaum').map((c) => c.date)).toEqual(['2025-08-04']);
  });

  it('is still undone by a modal ("will not have met … since")', () => {
    const a = analyse(['President Cyril Ramaphosa will not have met President Donald Trump since a meeting of the pair.'], DAY);
    expect(contactsBetween(a, 'Ramaphosa', 'Trump')).toHaveLength(0);
  });
});

describe('"since they met"', () => {
  it('is the meeting of the clause subject and the object, dated by the since clause', () => {
    const a = analyse(['Prime Minister Nikol Pashinyan said he had not spoken to President Ilham Aliyev since they met in Copenhagen on October 2.'], '2025-10-16');
    expect(contactsBetween(a, 'Pashinyan', 'Aliyev')).toEqual([expect.objectContaining({ date: '2025-10-02' })]);
  });

  it('takes a surname object right before "since", after a subject set off by commas', () => {
    const a = analyse([
      'Prime Minister Nikol Pashinyan and President Ilham Aliyev signed a declaration in August.',
      'Pashinyan, speaking in Yerevan on Thursday, said he had not spoken to Aliyev since they met in Copenhagen on Oct. 2.',
    ], '2025-10-10');
    expect(contactsBetween(a, 'Pashinyan', 'Aliyev')).toEqual([expect.objectContaining({ date: '2025-10-02', mode: 'in-person' })]);
  });

  it('resolves an object pronoun to someone other than the subject', () => {
    const a = analyse([
      'Secretary Antony Blinken met Foreign Minister Wang Yi in Vientiane in July.',
      'Asked about Blinken, the spokesman said: He has not spoken with him since they met in Vientiane last month.',
    ], '2024-08-07');
    expect(contactsBetween(a, 'Blinken', 'Yi').map((c) => c.date)).toEqual(['2024-07']);
  });
});

describe('more plural forms', () => {
  it('reads "he and B had held a summit", "referred to their meeting" and "held wide-ranging talks"', () => {
    const a = analyse([
      'President Lee Jae-myung spoke by phone with Prime Minister Pham Minh Chinh on Wednesday.',
      'President Lee recalled that he and General Secretary Nguyen Phu Trong had held a summit in Seoul in August.',
    ], '2025-10-02');
    expect(contactsBetween(a, 'Jae-myung', 'Trong')).toEqual([expect.objectContaining({ date: '2025-08' })]);
    const b = analyse([
      'President Karol Nawrocki spoke by phone with Chancellor Friedrich Merz on Tuesday.',
      'The interlocutors referred to their meeting in Berlin on 16 September.',
    ], '2025-10-22');
    expect(contactsBetween(b, 'Nawrocki', 'Merz').map((c) => c.date).sort()).toEqual(['2025-09-16', '2025-10-21']);
    const c = analyse(['President Karol Nawrocki and Chancellor Friedrich Merz held wide-ranging talks in Berlin on 16 September.'], '2025-10-22');
    expect(contactsBetween(c, 'Nawrocki', 'Merz')).toEqual([expect.objectContaining({ date: '2025-09-16', mode: 'in-person' })]);
  });
  it('reads a meeting the pair "recalled with appreciation", "built on" or "recalled the" as theirs', () => {
    const lead = 'President Amr Nasser received a phone call today from Prime Minister Giulia Ferri.';
    const a = analyse([lead, 'The two leaders recalled with appreciation their meeting in Cairo in March 2024, which opened the partnership.'], '2025-11-04');
    expect(contactsBetween(a, 'Nasser', 'Ferri').map((c) => c.date).sort()).toEqual(['2024-03', '2025-11-04']);
    const b = analyse([lead, 'The leaders built on their productive first meeting in Kuala Lumpur on 27 October.'], '2025-11-04');
    expect(contactsBetween(b, 'Nasser', 'Ferri').map((c) => c.date).sort()).toEqual(['2025-10-27', '2025-11-04']);
    const c = analyse([lead, 'The leaders recalled the meeting in Abu Dhabi in February, during which the directions were agreed.'], '2025-11-04');
    expect(contactsBetween(c, 'Nasser', 'Ferri').map((x) => x.date).sort()).toEqual(['2025-02', '2025-11-04']);
  });
  it('dates "has not spoken to B since their meeting in May" by the month of the meeting', () => {
    const a = analyse(['President Amr Nasser has not spoken to President Dan Hale since their meeting in May.'], '2025-11-04');
    expect(contactsBetween(a, 'Nasser', 'Hale').map((c) => c.date)).toEqual(['2025-05']);
  });
});

