// Transcripts and interviews without quotation marks: labelled turns, Q/A, magazine Q&As, and labels that are no speakers.
import { describe, expect, it } from 'vitest';
import { analyse } from './extract-helpers.js';

const quotes = (paragraphs: string[]): [string, string][] => analyse(paragraphs).quotes.map((q) => [q.speaker, q.text]);

describe('press-briefing transcripts', () => {
  const briefing = [
    'Press Secretary Dana Whitfield and National Security Council spokesman Marcus Bell briefed reporters on Thursday.',
    'MS. WHITFIELD: Good afternoon. Marcus is here to talk about the summit, and then we will take your questions.',
    'MR. BELL: Thanks, Dana. The President spoke with Chancellor Weber this morning for about forty minutes.',
    'They covered energy security and the reconstruction conference in Warsaw next month.',
    'Q: Marcus, did the Chancellor commit to sending more air defence systems before the winter, or is that still open?',
    'MR. BELL: I will let the Germans speak to their own commitments. What I can tell you is that the call was constructive.',
    '(Crosstalk.)',
    'MS. WHITFIELD: Thanks, everybody. We will see you tomorrow for the regular briefing.',
  ];
  it('answers are quotes of the labelled speaker, resolved to the full name; one quote per paragraph', () => {
    expect(quotes(briefing)).toEqual([
      ['Dana Whitfield', 'Good afternoon. Marcus is here to talk about the summit, and then we will take your questions.'],
      ['Marcus Bell', 'Thanks, Dana. The President spoke with Chancellor Weber this morning for about forty minutes.'],
      ['Marcus Bell', 'They covered energy security and the reconstruction conference in Warsaw next month.'],
      ['Marcus Bell', 'I will let the Germans speak to their own commitments. What I can tell you is that the call was constructive.'],
      ['Dana Whitfield', 'Thanks, everybody. We will see you tomorrow for the regular briefing.'],
    ]);
  });
  it('a question is no quote and is not given to the speaker who answers it', () => {
    const texts = quotes(briefing).map(([, t]) => t);
    expect(texts.some((t) => t.includes('air defence'))).toBe(false);
  });
  it('titled labels of people the article never names in full keep the surname; a bare role takes the name from the title', () => {
    const a = analyse([
      'SPOKESPERSON PRICE: Good afternoon. We have no announcements at the top today, so let us go to your questions.',
      'QUESTION: On the ceasefire talks in Doha, has the Secretary spoken with the Qatari prime minister this week at all?',
      'SPOKESPERSON PRICE: He has not, but our envoy has been in Doha since Sunday and we expect more meetings.',
    ]);
    expect(a.quotes.map((q) => [q.speaker, q.speakerKind])).toEqual([['Price', 'person'], ['Price', 'person']]);
  });
});

describe('joint press conferences and moderators', () => {
  it('"Minister Lee:" and "Sir Alan Mercer:" speak; MODERATOR and Q (outlet) lines do not', () => {
    expect(quotes([
      'Foreign Minister Lee Ji-woo hosted Britain’s Sir Alan Mercer in Seoul on Monday for their annual strategic dialogue.',
      'MODERATOR: Good afternoon. We will begin with remarks from the two ministers and then take two questions.',
      'Minister Lee: Thank you. We agreed today to open talks on a new agreement on critical minerals and shipbuilding.',
      'Sir Alan Mercer: I am grateful to the minister for her hospitality. Our two navies will exercise together next spring.',
      'Q (Yonhap): Minister Mercer, did you discuss the sanctions on North Korean shipping with your Chinese counterpart?',
      'Sir Alan Mercer: I raised it with Minister Wang in Beijing last week, and I made our position very clear to him.',
    ])).toEqual([
      ['Lee Ji-woo', 'Thank you. We agreed today to open talks on a new agreement on critical minerals and shipbuilding.'],
      ['Alan Mercer', 'I am grateful to the minister for her hospitality. Our two navies will exercise together next spring.'],
      ['Alan Mercer', 'I raised it with Minister Wang in Beijing last week, and I made our position very clear to him.'],
    ]);
  });
});

describe('interviews', () => {
  it('"A:" is the interviewee the introduction names; "Q:" is the unnamed interviewer', () => {
    expect(quotes([
      'Central bank governor Amara Nwosu spoke to us in Abuja about inflation, the naira and her critics. Nwosu took office in 2022.',
      'Q: Inflation is still above 20 percent. When do you expect it to come down, and what will the bank do if it does not?',
      'A: We expect a clear decline from the second quarter, as the harvest comes in and the exchange rate settles.',
      'Q: Critics say your rate rises are hurting small businesses across the country. How do you respond to them?',
      'A: I understand the pain, but doing nothing would hurt those same businesses far more in the long run.',
    ])).toEqual([
      ['Amara Nwosu', 'We expect a clear decline from the second quarter, as the harvest comes in and the exchange rate settles.'],
      ['Amara Nwosu', 'I understand the pain, but doing nothing would hurt those same businesses far more in the long run.'],
    ]);
  });
  it('"Interviewer: … / Brandt: …" gives the answers to Brandt', () => {
    expect(quotes([
      'Green Party leader Chloe Brandt has led her party out of the governing coalition. She spoke to our political desk.',
      'Interviewer: You have said the coalition is finished. Is that still your view after this week’s vote in parliament?',
      'Brandt: It is. We cannot sit in a cabinet that votes against its own climate law.',
      'Interviewer: Would you serve under the chancellor again if he asked you after the next election, or is that over?',
      'Brandt: Never say never, but I would need to see a very different programme first.',
    ])).toEqual([
      ['Chloe Brandt', 'It is. We cannot sit in a cabinet that votes against its own climate law.'],
      ['Chloe Brandt', 'Never say never, but I would need to see a very different programme first.'],
    ]);
  });
  it('a magazine Q&A without labels: first-person paragraphs after the editing note are the interviewee’s', () => {
    expect(quotes([
      'Tomás Ibarra founded the shipping firm Navalia in 2009 and now runs 40 container ships. We asked him about tariffs and the Red Sea.',
      'This interview has been edited for length and clarity.',
      'Your ships have avoided the Red Sea for more than a year now. What has that cost you, and when will you go back?',
      'Around ten days per voyage and a great deal of fuel. We will go back when our insurers tell us the risk has fallen.',
      'Have the new American tariffs changed what your customers are shipping to you, or is it too early to tell?',
      'It is too early. My customers are waiting, and I think they are right to wait.',
      'Tomás Ibarra will speak at the Rotterdam port conference in June.',
    ])).toEqual([
      ['Tomás Ibarra', 'Around ten days per voyage and a great deal of fuel. We will go back when our insurers tell us the risk has fallen.'],
      ['Tomás Ibarra', 'It is too early. My customers are waiting, and I think they are right to wait.'],
    ]);
  });
});

describe('labels that are no speakers', () => {
  it('"Note:", "Update:" and a dateline with a colon are not transcript turns', () => {
    expect(quotes([
      'WASHINGTON: The State Department said on Monday that we will see new sanctions on shipping firms this week.',
      'Secretary of State Helen Marsh met her Turkish counterpart in Ankara on Sunday.',
      'Note: This article was updated on Tuesday to add that we asked the ministry for comment.',
      'Update: Our reporters were told the talks would resume on Wednesday, officials said.',
    ])).toEqual([]);
  });
  it('a who’s-who box with names and colons is not a transcript', () => {
    expect(quotes([
      'Nordvind chief executive Ingrid Halvorsen met India’s power minister Rajesh Iyer in New Delhi on Monday.',
      'Ingrid Halvorsen: chief executive of the Danish turbine maker since 2019, formerly at Vestas.',
      'Rajesh Iyer: India’s power minister since 2021 and a former state energy secretary in Gujarat.',
    ])).toEqual([]);
  });
  it('narration after the last turn is not the speaker’s', () => {
    const qs = quotes([
      'Defence Minister Pavel Dvorak answered questions from reporters in Prague on Friday.',
      'Q: Minister, will the Czech Republic send more artillery shells to Ukraine this year, and how many?',
      'Dvorak: We will send what we promised, and we are working with partners on more. I will not give a number.',
      'Q: Has the government agreed the budget for the ammunition plan, or is there still a dispute with the finance ministry?',
      'Dvorak: The budget is agreed. There is no dispute.',
      'The ministry later confirmed that the first shipment would leave in March.',
    ]);
    expect(qs.map(([s]) => s)).toEqual(['Pavel Dvorak', 'Pavel Dvorak']);
    expect(qs.some(([, t]) => t.includes('first shipment'))).toBe(false);
  });
});
