// "The leaders last spoke in May" means the heads of state or government reported, not the ministers named since;
// "the minister" is never the Prime Minister.
import { describe, expect, it } from 'vitest';
import { analyse, contactsBetween } from './extract-helpers.js';

describe('"the leaders"', () => {
  it('is the pair of leaders, not the latest pair of ministers', () => {
    const a = analyse([
      'Prime Minister Mark Cole spoke with President Clara Sola of Mexico on Tuesday.',
      'Foreign Minister Anita Rowe met Foreign Secretary Juan Ruiz on Monday.',
      'The leaders last spoke in May.',
    ], '2025-07-16');
    expect(contactsBetween(a, 'Cole', 'Sola').map((c) => c.date).sort()).toEqual(['2025-05', '2025-07-15']);
    expect(contactsBetween(a, 'Rowe', 'Ruiz').map((c) => c.date)).toEqual(['2025-07-14']);
  });
});

describe('"the two leaders, who …"', () => {
  it('is the subject of its relative clause ("The two leaders, who last spoke by phone in May, also discussed fuel")', () => {
    const a = analyse([
      'Ghanaian President John Mahama held talks with Nigerian President Bola Tinubu in Abuja on Tuesday.',
      'The two leaders, who last spoke by phone in May, also discussed fuel supplies.',
    ], '2025-06-18');
    expect(contactsBetween(a, 'Mahama', 'Tinubu').map((c) => [c.date, c.mode]).sort()).toEqual([['2025-05', 'phone'], ['2025-06-17', 'in-person']]);
  });
});

describe('"the minister"', () => {
  it('does not resolve to a Prime Minister', () => {
    const a = analyse([
      'Prime Minister Shiro Ishida sent Ryo Akiyama to Washington.',
      'Akiyama, the minister in charge of economic revitalization, met Commerce Secretary Howard Lund for about an hour on Friday.',
    ], '2025-06-30');
    expect(contactsBetween(a, 'Ishida', 'Lund')).toHaveLength(0);
    expect(contactsBetween(a, 'Akiyama', 'Lund').map((c) => c.date)).toEqual(['2025-06-27']);
  });
});

describe('"the two leaders" after a lead that reports no contact', () => {
  it('names the pair of the lead paragraph', () => {
    const a = analyse([
      'NAIROBI, Aug. 13 (Xinhua) -- Kenyan President Daniel Kamau and his Tanzanian counterpart Rehema Mushi on Tuesday agreed to clear the stranded trucks.',
      'The two leaders held a phone conversation on Tuesday afternoon, the Kenyan presidency said.',
    ], '2025-08-13');
    expect(contactsBetween(a, 'Kamau', 'Mushi')).toEqual([expect.objectContaining({ date: '2025-08-12', mode: 'phone' })]);
  });
  it('but a bare "the leaders" still stays in its paragraph', () => {
    const a = analyse([
      'Kenyan President Daniel Kamau and his Tanzanian counterpart Rehema Mushi on Tuesday agreed to clear the stranded trucks.',
      'The leaders held a phone conversation on Tuesday afternoon, the Kenyan presidency said.',
    ], '2025-08-13');
    expect(contactsBetween(a, 'Kamau', 'Mushi')).toHaveLength(0);
  });
});

describe('"the two Ministers welcomed that they had been able to hold a meeting"', () => {
  it('reads the meeting as held, by the pair the plural phrase names, however far back', () => {
    const a = analyse([
      'Foreign Minister Taro Ishida held a telephone talk with Foreign Minister Penny Ward of Australia.',
      'The two Ministers exchanged views on regional affairs.',
      'Minister Ishida asked for cooperation.',
      'Minister Ward expressed her support.',
      'The two Ministers welcomed that they had been able to hold a meeting in Washington on January 21.',
    ], '2025-02-20');
    expect(contactsBetween(a, 'Ishida', 'Ward').map((c) => [c.date, c.mode]).sort()).toEqual([['2025-01-21', 'in-person'], ['2025-02-20', 'phone']]);
  });
  it('still reads "they were not able to meet" as no meeting', () => {
    const a = analyse(['Foreign Minister Taro Ishida and Foreign Minister Penny Ward said they were not able to meet in January.'], '2025-02-20');
    expect(a.contacts).toHaveLength(0);
  });
});
