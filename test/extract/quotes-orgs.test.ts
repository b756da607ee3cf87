// Organisations named without a head word: "the company said" takes the latest company the article showed by a cue.
import { describe, expect, it } from 'vitest';
import { analyse } from './extract-helpers.js';
import { person, quotesOf } from './quote-test-helpers.js';

const lindqvist = person('Marta Lindqvist', 'chief executive');

describe('"the company"/"the firm"/"the group" after a cue', () => {
  it('"shipping firm Halden" … "the company said"', () => {
    expect(quotesOf(['Norwegian shipping firm Halden said on Tuesday it would send its tankers around the Cape.',
      '“The safety of our crews comes first, whatever the cost,” the company said in a statement.']))
      .toEqual([['Halden', 'The safety of our crews comes first, whatever the cost']]);
  });
  it('"Tessaro chief executive …" … "the firm said"; the bare name speaks as an organisation', () => {
    expect(quotesOf(['Tessaro chief executive Marta Lindqvist said the plant in Turin would open in 2027.',
      '“We have enough orders to fill it twice over,” the firm said.',
      'Tessaro said: “Construction starts in the spring if the permits arrive.”'], [lindqvist]))
      .toEqual([['Tessaro', 'We have enough orders to fill it twice over'], ['Tessaro', 'Construction starts in the spring if the permits arrive.']]);
  });
  it('"Shares in Corvina" … "the group said"; an apposition "Velano, the Spanish carmaker," makes a company', () => {
    expect(quotesOf(['Shares in Corvina fell 4 percent in Milan after the profit warning.',
      '“Demand for our cables has slowed in every market,” the group said.'])).toEqual([['Corvina', 'Demand for our cables has slowed in every market']]);
    expect(quotesOf(['Velano, the Spanish carmaker, cut its forecast on Friday.', '“The second half will be harder than we expected,” the company said.']))
      .toEqual([['Velano', 'The second half will be harder than we expected']]);
  });
  it('"the bank" and "the agency" take a lender and an agency', () => {
    expect(quotesOf(['British lender Crestmark set aside more money for bad loans.', '“Households are under real pressure this winter,” the bank said.']))
      .toEqual([['Crestmark', 'Households are under real pressure this winter']]);
    expect(quotesOf(['The EU border agency Frontex counted fewer crossings in May.', '“The central Mediterranean route remains the deadliest,” the agency said.']))
      .toEqual([['Frontex', 'The central Mediterranean route remains the deadliest']]);
  });
  it('the most recent organisation of the kind wins', () => {
    expect(quotesOf(['Carmaker partner Velano signed the deal last year. On Monday battery maker Sunvolt said it would build a second plant.',
      '“This is the biggest investment in our history,” the company said.'])).toEqual([['Sunvolt', 'This is the biggest investment in our history']]);
  });
});

describe('no cue, no link', () => {
  it('a bare name without a cue is not made an organisation, and "the company" stays unlinked', () => {
    expect(quotesOf(['Halden said on Tuesday it would send its tankers around the Cape.',
      '“The safety of our crews comes first, whatever the cost,” the company said.']))
      .toEqual([['company', 'The safety of our crews comes first, whatever the cost']]);
  });
  it('"the ministry" and "the bank" do not take a company', () => {
    expect(quotesOf(['Norwegian shipping firm Halden said it would reroute its tankers.', '“Our navy will escort ships through the strait,” the ministry said.']))
      .toEqual([['ministry', 'Our navy will escort ships through the strait']]);
    expect(quotesOf(['Norwegian shipping firm Halden said it would reroute its tankers.', '“Insurance costs for shipping have doubled since March,” the bank said.']))
      .toEqual([['bank', 'Insurance costs for shipping have doubled since March']]);
  });
  it('a person’s name, a weekday and a title after a cue word are not organisations', () => {
    const a = analyse(['The company chairman, Erik Moe, spoke to shareholders in Oslo on Friday.',
      '“We will keep paying a dividend this year,” the company said on Monday.']);
    expect(a.quotes.map((q) => [q.speaker, q.speakerKind])).toEqual([['company', 'organisation']]);
  });
});
