// Traps: sentences with the words of a conversation that report none. Each kind must yield no contact.
import { describe, expect, it } from 'vitest';
import { analyse, contactsBetween } from './extract-helpers.js';

const A = 'US Secretary of State Margaret Ellison';
const B = 'French Foreign Minister Claire Duvernoy';
const noContact = (...paragraphs: string[]) => expect(analyse(paragraphs).contacts).toEqual([]);

describe('traps yield no contact', () => {
  it('"called for" and "called on"', () => {
    noContact(`${A} called for an immediate ceasefire after talking about ${B}.`);
    noContact(`${A} called on ${B} to withdraw the veto.`);
    noContact(`Adviser Mikhailo Polodyk called on Friday to withdraw Russia’s veto.`);
  });

  it('a meeting asked for across commas ("has asked, through the other side, for a meeting between A and B")', () => {
    noContact(`${A} has asked, through the French side, for a meeting between the two leaders and ${B} before the end of the year.`);
    noContact(`Envoy Kofi Mensah has asked, through the Burkinabe side, for a meeting between Mr John Mahama and Captain Ibrahim Traoré.`);
    expect(analyse([`${A} thanked ${B} for a meeting with her on Monday.`]).contacts).toHaveLength(1);
  });

  it('a standing state ("is in contact with", "remains in close touch with"), not a past contact', () => {
    noContact(`${A} is in contact with ${B} and the Egyptian side.`);
    noContact(`${A} remains in close touch with ${B}.`);
    expect(analyse([`${A} was in contact with ${B} on Tuesday.`]).contacts).toHaveLength(1);
  });

  it('"called X a Y"', () => {
    noContact(`US President Joe Biden once again called Russian President Vladimir Putin a “war criminal”.`);
    noContact(`${A} called ${B} “a man who has forgotten where he came from”.`);
  });

  it('a call announced or planned ("will speak on Thursday", "are expected to meet next week", "plans to call")', () => {
    noContact(`${A} will speak with ${B} on Thursday.`);
    noContact(`${A} and ${B} are expected to meet next week.`);
    noContact(`${A} plans to call ${B} next week.`);
    noContact(`A meeting with ${B} is planned for next month, ${A} said.`);
    noContact(`${A} will speak with ${B} next Friday.`);
    // Translated: "where it is foreseen that he meets with".
    noContact(`${A} travels to Washington, where it is foreseen that he meets with ${B}.`);
    noContact(`The meeting between Margaret Ellison and Claire Duvernoy will be held at the end of the month.`);
  });

  it('sought, attempted, requested or declined contact', () => {
    noContact(`${A} has sought telephone conversations with ${B}.`);
    noContact(`${A} tried to contact ${B}, but to no avail.`);
    noContact(`${A} has requested a call with ${B}.`);
    noContact(`Since then, ${A} has declined to meet with ${B}.`);
    noContact(`${B} agreed to meet ${A} this week.`);
  });

  it('"no need for a meeting", "no intention of meeting", "did not see the need for talks"', () => {
    noContact(`Putin said he saw "no need" for an in-person meeting with ${A}.`);
    noContact(`${A} said she had "no intention" of meeting with ${B}.`);
    noContact(`${A} said she did not see the “need” for talks with ${B}.`);
  });

  it('negations: "have not spoken since", "had no contact with"', () => {
    noContact(`${A} and ${B} have not spoken since January.`);
    noContact(`${A} has had no contact with ${B} since February 18.`);
    noContact(`“I have not spoken with ${B},” ${A} said.`);
  });
  it('a quoted denial opening with "No" ("“No contact of any kind has taken place between A and B,” …")', () => {
    noContact(`${A} spoke in Rome.`, `"No contact of any kind has taken place between the secretary and ${B}," the statement said.`);
  });
  it('a contact noun whose own predicate, past commas, undoes it ("A meeting between A and B, first floated in April, has not been scheduled")', () => {
    noContact(`A meeting between ${A} and ${B}, first floated by diplomats in April, has not been scheduled.`);
    noContact(`Talks between ${A} and ${B}, planned for Geneva, were called off.`);
    // A turn to another clause keeps the contact.
    expect(analyse([`A meeting between ${A} and ${B} took place in Rome on Monday, but a second round has not been scheduled.`]).contacts).toHaveLength(1);
  });

  it('media interviews and news conferences ("told CNN", "spoke to CNN’s", "told a joint news conference with X")', () => {
    noContact(`“We see no evidence,” ${A} told a joint news conference with ${B}.`);
    noContact(`${A} spoke to CNN’s Jake Tapper on Sunday.`);
    noContact(`${A} told reporters after the meeting of ambassadors that ${B} was wrong.`);
  });

  it('speeches to an audience', () => {
    noContact(`${A} spoke at a rally in Kisumu on Sunday and attacked ${B}.`);
    noContact(`${A} addressed parliament and told lawmakers that ${B} was right.`);
  });

  it('a diplomatic summons and "can’t just call"', () => {
    noContact(`The ministry summoned US Ambassador to Russia John Sullivan in March.`);
    noContact('A Pentagon spokesman said you can’t “just call and grumble for any reason.”');
  });

  it('a hypothetical ("If the Secretary of State had called him")', () => {
    noContact(`${A} visited Kenya.`, `“If the Secretary of State had called him, the whole world would know,” ${B} said.`);
  });
});

describe('contacts weighed, not held', () => {
  it('"officials were exploring a phone call between the two leaders, but no date had been set" is no contact', () => {
    noContact('Prime Minister Ravi Menon and President Carla Diaz have not spoken since June.',
      'Officials on both sides were exploring a phone call between Menon and Diaz to discuss the deal, but no date had been set.');
  });
  it('a call whose date is yet to be set is no contact', () => {
    noContact('A call between Prime Minister Ravi Menon and President Carla Diaz is yet to be scheduled, officials said.');
  });
});

describe('a plan in the next clause', () => {
  it('does not undo the contact before "and that she was due to visit"', () => {
    const a = analyse(['A spokeswoman said Commissioner Marta Kovac had also spoken by phone with Prime Minister Milo Spasic earlier this week and that she was due to visit Podgorica in October.'], '2025-09-11');
    expect(contactsBetween(a, 'Kovac', 'Spasic')).toHaveLength(1);
  });
  it('still reads "a call with B is planned for next week" as a plan', () => {
    const a = analyse(['Commissioner Marta Kovac said a call with Prime Minister Milo Spasic is planned for next week.'], '2025-09-11');
    expect(a.contacts).toHaveLength(0);
  });
});

describe('a plan or a day of saying that belongs to another clause', () => {
  it('keeps "spoke by phone on Monday and agreed to … ahead of next year\'s review"', () => {
    const a = analyse([`${A} and ${B} spoke by phone on Monday and agreed to keep working together ahead of next year's review of the pact.`], '2025-11-04');
    expect(contactsBetween(a, 'Ellison', 'Duvernoy').map((c) => c.date)).toEqual(['2025-11-03']);
  });
  it('does not date a call by the day it was told ("told her morning news conference on Tuesday that … had called her")', () => {
    const a = analyse([
      `${A} and ${B} spoke by phone on Monday.`,
      'Duvernoy told her regular morning news conference on Tuesday that the call was "very cordial" and that Ellison had called her.',
    ], '2025-11-04');
    expect(contactsBetween(a, 'Ellison', 'Duvernoy').map((c) => c.date)).toEqual(['2025-11-03']);
  });
});
