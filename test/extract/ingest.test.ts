// Article parsing: metadata from the text and page furniture removed by general layout rules.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/core/ingest/parse-article.js';

const parse = (text: string, extra: { published?: string; outlet?: string } = {}) => parseArticle({ file: 'a.txt', text, ...extra });

describe('parseArticle metadata', () => {
  it('reads a leading " date YYYY-MM-DD" token as the publication date', () => {
    const p = parse(' date 2022-10-22 Officials spoke on Friday, the ministry said.\n\nMore text here.');
    expect(p.published).toBe('2022-10-22');
    expect(p.paragraphs[0]).toMatch(/^Officials spoke/u);
  });

  it('reads front matter date and title', () => {
    const p = parse('---\ntitle: Talks in Geneva\ndate: 2023-05-01\n---\nThe two ministers met.\n\nThey talked.');
    expect([p.title, p.published]).toEqual(['Talks in Geneva', '2023-05-01']);
  });

  it('has no date when the text gives none, and takes one from outside when given', () => {
    expect(parse('Headline here\n\nBody text of the article.').published).toBeNull();
    expect(parse('Headline here\n\nBody text.', { published: '2023-01-02' }).published).toBe('2023-01-02');
  });

  it('takes a short first line without a full stop as the headline and leaves it out of the body', () => {
    const p = parse('Austin asks for a ceasefire\n\nAustin spoke with Shoigu on Friday.');
    expect(p.title).toBe('Austin asks for a ceasefire');
    expect(p.paragraphs).toEqual(['Austin spoke with Shoigu on Friday.']);
  });

  it('makes a title from the first clause of a long lead sentence and keeps the lead in the body', () => {
    const lead = 'US and Russian defense officials spoke for the first time in months on Friday, but the US Secretary of State said he saw no interest on the part of Moscow to hold broader talks to end the war in Ukraine.';
    const p = parse(` date 2022-10-22 ${lead}\n\nSecond paragraph.`);
    expect(p.title).toBe('US and Russian defense officials spoke for the first time in months on Friday');
    expect(p.paragraphs[0]).toBe(lead);
  });

  it('names the outlet from "Source: X", a wire dateline, a self banner or a news agency lead — not from a credit', () => {
    expect(parse('Title\n\nText body here.\n\nSource: Washington Post').outlet).toBe('Washington Post');
    expect(parse('KYIV, Feb 10 (Reuters) - Officials said the ministers spoke.\n\nMore.').outlet).toBe('Reuters');
    expect(parse('Support The Moscow Times!\n\nTitle line\n\nText.').outlet).toBe('The Moscow Times');
    expect(parse('Title here\n\nThe RIA news agency reported that the two ministers had a telephone conversation on Friday.').outlet).toBe('RIA');
    expect(parse('Title here\n\nThe ministers spoke on Friday.\n\nAFP contributed reporting.').outlet).toBeNull();
  });

  it('reads a wire dateline: year → published; month and day only → dateline, stripped from the text', () => {
    const a = parse('WASHINGTON, Dec 5 (Reuters) - The adviser spoke with the aide on Saturday, officials said.\n\nMore.');
    expect([a.published, a.dateline]).toEqual([null, '--12-05']);
    expect(a.paragraphs[0]).toMatch(/^The adviser spoke/u);
    expect(parse('MOSCOW, Feb. 10, 2023 (AP) — The minister spoke.\n\nMore.').published).toBe('2023-02-10');
  });

  it('reads a dateline with the day first or without an agency, and only with a real month', () => {
    const a = parse('Title here\n\nMOSCOW, 19 Nov — The President yesterday spoke with the Prime Minister.\n\nMore.');
    expect([a.dateline, a.paragraphs[0]?.slice(0, 13)]).toEqual(['--11-19', 'The President']);
    expect(parse('Title here\n\nKYIV, June 24, 2025 - The minister spoke.\n\nMore.').published).toBe('2025-06-24');
    expect(parse('Title here\n\nMOSCOW, 19 Nov (TASS) — The minister spoke.\n\nMore.').outlet).toBe('TASS');
    const notOne = parse('Title here\n\nGENEVA, 12 Points — The minister spoke.\n\nMore.');
    expect(notOne.dateline).toBeNull();
  });

  it('reads a publication line near the top ("By A | 7 November 2025") as the date, and drops it from the text', () => {
    const a = parse('Martin takes the case to Berlin\n\nBy Orla Geraghty | 7 November 2025\n\nThe Taoiseach met the Chancellor on Wednesday.');
    expect([a.published, a.paragraphs[0]?.slice(0, 13)]).toEqual(['2025-11-07', 'The Taoiseach']);
    expect(parse('Title here\n\nState House, Nairobi\n\nTuesday, 12th August 2025\n\nThe President spoke.').published).toBe('2025-08-12');
    expect(parse('Title here\n\nJuly 23 2025 - 5:12PM\n\nThe minister spoke.').published).toBe('2025-07-23');
    expect(parse('Title here\n\nBy Jane Doe and John Roe · Nov. 7, 2025\n\nThe minister spoke.').published).toBe('2025-11-07');
    // A date inside a sentence tells an event, not the page; a line with two dates is not a publication line.
    const sentence = parse('Title here\n\nThe talks were held on 7 November 2025\n\nThe minister spoke.');
    expect([sentence.published, sentence.paragraphs.length]).toEqual([null, 2]);
    expect(parse('Title here\n\n7 November 2025 | 8 November 2025\n\nThe minister spoke.').published).toBeNull();
    expect(parse('Title here\n\nBy Orla Geraghty | 31 November 2025\n\nThe minister spoke.').published).toBeNull();
  });

  it('drops a byline of several writers and then reads the dateline, also of two cities ("TOKYO/SYDNEY")', () => {
    const a = parse('Title here\n\nBy Lisandra Paraguassu and Monica Machicao\n\nBRASILIA/LA PAZ, March 18 (Reuters) - The President spoke with his counterpart.\n\nMore.');
    expect([a.dateline, a.paragraphs[0]?.slice(0, 13), a.outlet]).toEqual(['--03-18', 'The President', 'Reuters']);
  });

  it('drops every publication line at the top ("March 18, 2025 at 11:02 AM GMT+1", "Updated on …")', () => {
    const a = parse('Title here\n\nMarch 18, 2025 at 11:02 AM GMT+1\n\nUpdated on March 19, 2025 at 2:47 PM GMT+1\n\nThe minister spoke last week.');
    expect([a.published, a.paragraphs]).toEqual(['2025-03-18', ['The minister spoke last week.']]);
  });

  it('hashes equal bodies equally and different bodies differently', () => {
    const a = parse('Title\n\nSame  body text.');
    const b = parse('Title\n\nSame body text.');
    expect(a.contentHash).toBe(b.contentHash);
    expect(parse('Title\n\nOther body text.').contentHash).not.toBe(a.contentHash);
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/u);
  });
});

describe('page furniture', () => {
  const body = (text: string): string[] => parse(text).paragraphs;

  it('drops donation banners, buttons, lone labels and lone punctuation', () => {
    const p = body('Support The Moscow Times!\nContribute today\n\nNow is the time to support independent reporting from Russia!\n\nTitle of it\n\nUpdated:\nThe minister spoke.\n\nBack to top button\n\nfollow:\n\\\n\n.');
    expect(p).toEqual(['The minister spoke.']);
  });

  it('keeps a paragraph that merely mentions support', () => {
    expect(body('Title\n\nSupport for Ukraine has waned in several capitals, officials said on Friday.')).toHaveLength(1);
  });

  it('drops photo credit lines ("Name / POOL / TASS") and wire-desk codes', () => {
    expect(body('Title\n\nRussian Defense Minister Sergei Shoigu. Grigory Sysoyev / POOL / TASS\n\nThe minister spoke.\n\nburs-sct/bfm/llu')).toEqual(['The minister spoke.']);
  });

  it('drops "Change location while loading article actions" and reporting credits', () => {
    expect(body('Title\n\nChange location while loading article actions\n\nText.\n\n(Reporting by A B; Editing by C D)\n\nAFP contributed reporting.')).toEqual(['Text.']);
  });

  it('ends the article at "Read more" followed by teasers, so a teaser quote is not the article\'s', () => {
    const p = body('Title\n\nThe ministers spoke.\n\nRead more about: Ukraine war\n\nRead more\n\ndwindling support\n\nAid to Ukraine Dries Up\n\n"What if the borders are closed?" said one citizen.');
    expect(p).toEqual(['The ministers spoke.']);
  });

  it('drops "Keep reading" in the middle of an article but keeps the text after it', () => {
    const p = body('Title\n\nFirst paragraph of the text.\n\nKeep reading\n\n“We will go on,” Blinken said.\n\nThe end of the article came here.');
    expect(p).toEqual(['First paragraph of the text.', '“We will go on,” Blinken said.', 'The end of the article came here.']);
  });

  it('drops a site tagline glued to the lead ("News of the day ...")', () => {
    const p = body('For the first time since February, the head of the Pentagon held talks with Shoigu over the phone for an hour. News of the day in the world and Russia today\n\nMore text.');
    expect(p[0]).not.toMatch(/News of the day/u);
  });
});

describe('parseArticle: short lines that are text', () => {
  it('keeps an interviewer\'s question, a "Q:" turn and a participants list, but drops a teaser headline', () => {
    const p = parseArticle({ file: 'i.txt', text: ' date 2024-02-02 Harbour chief on fuel\n\nMette Sorensen runs the port.\n\nWill you raise fees?\n\nNot this year.\n\nQ: And the ferries?\n\nParticipants: Mayor Lena Holt; Deputy Mayor Arvid Nes\n\nFerry strike ends in Bergen\n\nThe end.' });
    expect(p.paragraphs).toEqual(['Mette Sorensen runs the port.', 'Will you raise fees?', 'Not this year.', 'Q: And the ferries?',
      'Participants: Mayor Lena Holt; Deputy Mayor Arvid Nes', 'The end.']);
  });
});
