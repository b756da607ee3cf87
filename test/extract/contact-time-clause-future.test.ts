// A present tense in a time clause speaks of the future: "When we have a call to read out, we will read it out."
import { describe, expect, it } from 'vitest';
import { negatedBefore } from '../../src/core/extract/contact-traps.js';
import { findTriggers } from '../../src/core/extract/contact-verbs.js';
import { analyse, contactsBetween } from './extract-helpers.js';

const trapped = (s: string): boolean[] => findTriggers(s).map((t) => negatedBefore(s, t.start, t.verb));

describe('a present-tense time clause', () => {
  it('makes its trigger no contact', () => {
    expect(trapped('Spokesman: When we have a call to read out, we will read it out.')).toEqual([true]);
  });
  it('in the past tense still tells a contact', () => {
    expect(trapped('When Tom Fletcher and Kamil Idris met on Monday, they discussed aid.')).toEqual([false]);
    const a = analyse(['Headline', 'Tom Fletcher said that when he met Kamil Idris on Monday they discussed aid.'], '2025-07-16');
    expect(contactsBetween(a, 'Fletcher', 'Idris').map((c) => c.date)).toEqual(['2025-07-14']);
  });
});

describe('a future date in the next clause', () => {
  it('does not undo "Last week he met B in London, …, and he is due in Riyadh in December"', () => {
    const a = analyse([
      'Trade Secretary Peter Kyle spoke in Westminster.',
      "Last week he met Qatar's minister of state for foreign trade, Dr Ahmed Salem, in London, the department said, and he is due in Riyadh in December.",
    ], '2025-11-24');
    expect(contactsBetween(a, 'Kyle', 'Salem')).toEqual([expect.objectContaining({ date: '2025-11' })]);
  });
});

describe('a past time clause with a noun trigger', () => {
  it('reads "last visited Moscow in July 2024, when he held talks with B" as a past meeting', () => {
    const a = analyse(['Prime Minister Viktor Orsos last visited Moscow in July 2024, when he held talks with President Vladimir Putyn in the Kremlin.'], '2025-10-17');
    expect(contactsBetween(a, 'Orsos', 'Putyn').map((c) => c.date)).toEqual(['2024-07']);
  });
  it('still reads "when they have talks" as not yet held', () => {
    const a = analyse(['When Prime Minister Viktor Orsos and President Vladimir Putyn have talks, they will discuss energy.'], '2025-10-17');
    expect(a.contacts).toHaveLength(0);
  });
});
