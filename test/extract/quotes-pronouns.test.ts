// "he said" after a sentence about someone: the sentence's subject, not a possessive or an object named after a pronoun.
import { describe, expect, it } from 'vitest';
import { person, quotesOf } from './quote-test-helpers.js';

const babayev = person('Mukhtar Babayev', 'summit president');
const rafiyev = person('Yalchin Rafiyev', 'chief negotiator');
const coe = person('Sebastian Coe', 'World Athletics president', ['Lord Coe']);
const johnson = person('Michael Johnson', 'league founder');
const wang = person('Wang Wentao', 'Commerce Minister');

describe('the subject of the previous sentence', () => {
  it('skips a possessive opener and takes the name in apposition', () => {
    expect(quotesOf(['Babayev’s chief negotiator, Yalchin Rafiyev, said new texts would come on Thursday. "We are running out of time, and everyone knows it," he said.'], [babayev, rafiyev]))
      .toEqual([['Yalchin Rafiyev', 'We are running out of time, and everyone knows it']]);
  });
  it('a pronoun subject before a named object keeps the pronoun’s person', () => {
    const p = ['Lord Coe met the organisers in Eugene on Saturday.',
      'Asked about the league, he said he had not spoken with its founder, Michael Johnson, since May. "I wish it well. Competition for attention is healthy," he said.'];
    expect(quotesOf(p, [coe, johnson])).toEqual([['Sebastian Coe', 'I wish it well. Competition for attention is healthy']]);
  });
  it('a sentence opened by "he" before a named object goes on with the person before ("In October he met B")', () => {
    const p = ['Lord Coe has spent the autumn on the road. In October he met league founder Michael Johnson in Eugene. "The meeting was good," he said.'];
    expect(quotesOf(p, [coe, johnson])).toEqual([['Sebastian Coe', 'The meeting was good']]);
  });
  it('still takes an opener after an introductory phrase', () => {
    expect(quotesOf(['Asked about the league, Johnson said it would survive the summer. "We will be back in Los Angeles next year," he said.'], [coe, johnson]))
      .toEqual([['Michael Johnson', 'We will be back in Los Angeles next year']]);
  });
});

describe('X cited Y as saying', () => {
  it('gives the quote to Y, as "quoted Y as saying" does', () => {
    expect(quotesOf(['"China is willing to work with the EU to keep trade open," the ministry cited Wang as saying.'], [wang]))
      .toEqual([['Wang Wentao', 'China is willing to work with the EU to keep trade open']]);
    expect(quotesOf(['"China is willing to work with the EU to keep trade open," the ministry said, citing figures from May.'], [wang]))
      .toEqual([['ministry', 'China is willing to work with the EU to keep trade open']]);
  });
});
