// "he"/"she" speakers: a pronoun never goes to a person the article shows to be of the other gender.
import { describe, expect, it } from 'vitest';
import { analyse } from './extract-helpers.js';
import { person, quotesOf } from './quote-test-helpers.js';

const okafor = person('Amara Okafor', 'Finance Minister', ['Ms Okafor']);
const reyes = person('Daniel Reyes', 'opposition leader', ['Mr Reyes']);
const ferraro = person('Lucia Ferraro', 'trade commissioner');
const mori = person('Kenji Mori', 'Japanese negotiator');
const berg = person('Tomas Berg', 'deputy minister', ['Mr Berg']);

describe('gender from titles', () => {
  const text = (pronoun: string): string[] => ['Ms Okafor defended the budget in parliament on Tuesday. Mr Reyes called it reckless ' +
    `and walked out of the chamber. “We have made hard choices and we will stand by them,” ${pronoun} said.`];
  it('"she said" skips the man who opened the previous sentence and goes to the woman before him', () => {
    expect(quotesOf(text('she'), [okafor, reyes])).toEqual([['Amara Okafor', 'We have made hard choices and we will stand by them']]);
  });
  it('"he said" in the same layout still goes to the man', () => {
    expect(quotesOf(text('he'), [okafor, reyes])).toEqual([['Daniel Reyes', 'We have made hard choices and we will stand by them']]);
  });
});

describe('gender from the article’s own pronouns ("X said she …")', () => {
  const p = ['Ferraro said she would publish the tariff list on Friday. Mori, the Japanese negotiator, said he had not seen it. ' +
    '“We are ready to publish the full list this week,” she told reporters.'];
  it('"she told reporters" goes to the woman who spoke before, not the man who opened the previous sentence', () => {
    expect(quotesOf(p, [ferraro, mori])).toEqual([['Lucia Ferraro', 'We are ready to publish the full list this week']]);
  });
  it('without gender evidence the pronoun keeps going to the previous subject', () => {
    const plain = ['Ferraro presented the tariff list on Friday. Mori, the Japanese negotiator, studied it. ' +
      '“We are ready to publish the full list this week,” she told reporters.'];
    expect(quotesOf(plain, [ferraro, mori])).toEqual([['Kenji Mori', 'We are ready to publish the full list this week']]);
  });
});

describe('gender of unnamed speakers', () => {
  it('"she" goes to a spokeswoman rather than to a man named after her', () => {
    const p = ['A spokeswoman for the ministry said the talks had been useful. Mr Berg was not at the meeting. ' +
      '“We will not comment on private conversations,” she said.'];
    expect(quotesOf(p, [berg])).toEqual([['a spokeswoman for the ministry', 'We will not comment on private conversations']]);
  });
});

describe('through the real people index', () => {
  it('Mr/Ms titles keep two speakers apart for "she added"', () => {
    const a = analyse([
      'Home Secretary Priya Kaur met the Irish justice minister Liam Doyle in Dublin on Thursday.',
      'Ms Kaur said afterwards that the two governments would share more data on smuggling gangs. Mr Doyle, who has led ' +
        'the talks since spring, was more guarded about the timetable. “There is a real chance to close the routes before ' +
        'the summer,” she added.',
    ]);
    expect(a.quotes.map((q) => [q.speaker, q.text])).toEqual([['Priya Kaur', 'There is a real chance to close the routes before the summer']]);
  });
});
