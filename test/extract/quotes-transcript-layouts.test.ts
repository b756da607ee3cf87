// More transcript layouts: role labels, names from the headline, labels on their own line, markdown, named interviewers.
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/core/extract/analyse-article.js';
import { analyse } from './extract-helpers.js';

const quotes = (paragraphs: string[]): [string, string][] => analyse(paragraphs).quotes.map((q) => [q.speaker, q.text]);

describe('role labels', () => {
  it('"Prime Minister:" is the prime minister the introduction names; "Journalist (BBC):" asks', () => {
    expect(quotes([
      'Prime Minister Helen Kato held a press conference in Downing Street on Monday.',
      'Prime Minister: Thank you all for coming. Today we have set out a budget that puts working families first.',
      'Journalist (BBC): Prime Minister, is it not true that taxes will rise for most households next year?',
      'Prime Minister: No, that is not true, and I would ask you to look at the figures we published this morning.',
    ])).toEqual([
      ['Helen Kato', 'Thank you all for coming. Today we have set out a budget that puts working families first.'],
      ['Helen Kato', 'No, that is not true, and I would ask you to look at the figures we published this morning.'],
    ]);
  });
  it('"THE PRESIDENT:" takes the name from a title-case headline and stops before its function words', () => {
    const a = analyseArticle({ file: 't.txt', text: [' date 2024-06-03 Remarks by President Obuya Before Marine One Departure', '',
      'THE PRESIDENT: Good morning. I just spoke with the Governor, and we are sending more help to the coast today.', '',
      'Q: Mr. President, will you visit the flooded towns this week, and will you ask Congress for emergency funding?', '',
      'THE PRESIDENT: I will go on Thursday. And yes, we will ask for the money, because these families cannot wait.'].join('\n') });
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Obuya', 'Obuya']);
  });
});

describe('a role, a comma, then the name ("Official Spokesperson, Shri Arun Verma:")', () => {
  it('labels the spokesperson\'s turns; the reporter\'s question is none', () => {
    expect(quotes([
      'Transcript of Weekly Media Briefing by the Official Spokesperson',
      'Question (Ravi, WION): Sir, did the two leaders discuss the boundary issue?',
      'Official Spokesperson, Shri Arun Verma: Our position on the boundary is well known and has been conveyed on several occasions.',
    ])).toEqual([['Arun Verma', 'Our position on the boundary is well known and has been conveyed on several occasions.']]);
  });
});

describe('label layouts', () => {
  it('a label on its own line speaks the paragraphs that follow it', () => {
    expect(quotes([
      'Interior Minister Rafael Ortiz and his deputy Sofia Brandt spoke to reporters after the cabinet meeting.',
      'MINISTER ORTIZ:',
      'We have agreed a new plan for the border crossings, and it will start on the first of next month.',
      'QUESTION: Minister, how many officers will be moved to the border under the new plan, and from where?',
      'MINISTER ORTIZ:',
      'About four hundred, mostly from the regional reserve. No station will close.',
    ])).toEqual([
      ['Rafael Ortiz', 'We have agreed a new plan for the border crossings, and it will start on the first of next month.'],
      ['Rafael Ortiz', 'About four hundred, mostly from the regional reserve. No station will close.'],
    ]);
  });
  it('markdown bold around the label', () => {
    expect(quotes([
      'We spoke to the climate envoy Maya Lindqvist before the Bonn talks.',
      '**Q:** What do you expect from the talks in Bonn next week, given how the last round ended in Baku?',
      '**A:** Honestly, very little on money. But I think we can still agree the rules for the carbon markets.',
      '**Q:** Will the European Union put a new number on the table for climate finance before the summit?',
      '**A:** Not before the summer. We need the member states to agree first, and they have not.',
    ]).map(([s]) => s)).toEqual(['Maya Lindqvist', 'Maya Lindqvist']);
  });
});

describe('named interviewers', () => {
  it('a named interviewer whose every turn is a question to "you" is not quoted; the interviewee is', () => {
    expect(quotes([
      'Television host Clara Mendes interviewed Foreign Minister Tomas Varga on Sunday.',
      'Mendes: Minister, you said last week that the talks were over. Do you still believe that today?',
      'Varga: I said the talks were frozen, not over. We are ready to return when the other side is.',
      'Mendes: And what would it take for you to return to the table with them this month?',
      'Varga: A real ceasefire, checked by observers, for at least thirty days.',
    ])).toEqual([
      ['Tomas Varga', 'I said the talks were frozen, not over. We are ready to return when the other side is.'],
      ['Tomas Varga', 'A real ceasefire, checked by observers, for at least thirty days.'],
    ]);
  });
});

describe('names from the headline and courtesies', () => {
  it('"DE GUINDOS:" takes the full name the headline spells "Luis de Guindos"; a turn of only thanks is no quote', () => {
    const a = analyseArticle({ file: 't.txt', text: [' date 2025-04-17 Press conference: Christine Lagarde, President of the ECB, Luis de Guindos, Vice-President of the ECB', '',
      'LAGARDE: Good afternoon. The Governing Council today decided to lower the three key interest rates by 25 basis points.', '',
      'Q: A question for the Vice-President. Have you been in contact with European finance ministers about a coordinated response?', '',
      'DE GUINDOS: I had a conversation on Tuesday with the Spanish minister, and we discussed the tariffs.', '',
      'LAGARDE: Thank you very much.'].join('\n') });
    expect(a.quotes.map((q) => [q.speaker, q.text.slice(0, 24)])).toEqual([
      ['Christine Lagarde', 'Good afternoon. The Gove'], ['Luis de Guindos', 'I had a conversation on ']]);
  });
});
