// Nested reported speech: the nearest clause whose verb runs straight into the opening mark speaks the quote.
import { describe, expect, it } from 'vitest';
import { person, quotesOf } from './quote-test-helpers.js';

const ruiz = person('Carmen Ruiz', 'Foreign Minister');
const tanaka = person('Mei Tanaka', 'ambassador');
const lindgren = person('Erik Lindgren', 'mediator');
const haddad = person('Omar Haddad', 'spokesman');
const people = [ruiz, tanaka, lindgren, haddad];

describe('A said B urged “…”', () => {
  it('gives the quote to B when B’s verb directly precedes the mark (with that, a colon or a comma)', () => {
    expect(quotesOf(['Ruiz said Tanaka had urged that “all parties return to the table before the harvest.”'], people))
      .toEqual([['Mei Tanaka', 'all parties return to the table before the harvest.']]);
    expect(quotesOf(['Haddad said on Monday that Lindgren told the delegates: “Nobody leaves this room until we have a text.”'], people))
      .toEqual([['Erik Lindgren', 'Nobody leaves this room until we have a text.']]);
    expect(quotesOf(['Ruiz told lawmakers Tanaka had warned, “The window for a deal is closing fast.”'], people))
      .toEqual([['Mei Tanaka', 'The window for a deal is closing fast.']]);
  });
  it('B keeps the quote even when an outer source follows it', () => {
    expect(quotesOf(['Lindgren stressed that “the talks must not be rushed by anyone,” his office said.'], people))
      .toEqual([['Erik Lindgren', 'the talks must not be rushed by anyone']]);
  });
  it('keeps the quote with A when B has no verb running into the mark', () => {
    // B is only named ("Tanaka’s plan"): no clause of B's governs the quote.
    expect(quotesOf(['Ruiz said that Tanaka’s plan was “the only serious offer anyone has put on the table.”'], people))
      .toEqual([['Carmen Ruiz', 'the only serious offer anyone has put on the table.']]);
    // B's verb has its own object before the quote: the outer speaker A keeps it (documented limit).
    expect(quotesOf(['Ruiz said Tanaka urged the delegates to accept “a pause of at least thirty days in the fighting.”'], people))
      .toEqual([['Carmen Ruiz', 'a pause of at least thirty days in the fighting.']]);
  });
  it('a speaker after the quote still wins over a clause that does not run into the mark', () => {
    expect(quotesOf(['Ruiz said that, in her view, “the offer will not survive the winter,” Haddad told reporters.'], people))
      .toEqual([['Omar Haddad', 'the offer will not survive the winter']]);
  });
});
