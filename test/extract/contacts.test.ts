// Contact rules: each pattern with a sentence it must read and one it must not; attributes and merging.
import { describe, expect, it } from 'vitest';
import { analyse, contactsBetween } from './extract-helpers.js';

const US = 'US Secretary of State Margaret Ellison';
const FR = 'French Foreign Minister Claire Duvernoy';

describe('contacts that took place', () => {
  it('reads "spoke by phone with" (readout layout) as a phone contact on the day given', () => {
    const a = analyse([`Secretary of Defense Robert Haldane spoke by phone today with Russian Minister of Defense Viktor Zubarev.`]);
    expect(contactsBetween(a, 'Haldane', 'Zubarev')).toEqual([expect.objectContaining({ mode: 'phone', date: '2023-03-15' })]);
  });

  it('reads "held a video call yesterday with" as video, dated the day before', () => {
    const a = analyse([`${US} held a video call yesterday with ${FR}.`]);
    expect(contactsBetween(a, 'Ellison', 'Duvernoy')[0]).toMatchObject({ mode: 'video', date: '2023-03-14' });
  });

  it('reads "met in Geneva on Monday with" as in person', () => {
    const a = analyse([`${US} met in Geneva on Monday with ${FR}.`]);
    expect(contactsBetween(a, 'Ellison', 'Duvernoy')[0]).toMatchObject({ mode: 'in-person', date: '2023-03-13' });
  });

  it('reads "phoned X" with the caller as initiator, and "received a call from X" with X as initiator', () => {
    const a = analyse([`${US} phoned ${FR} on Monday.`]);
    expect(contactsBetween(a, 'Ellison', 'Duvernoy')[0]).toMatchObject({ initiator: 'Margaret Ellison', mode: 'phone' });
    const b = analyse([`${US} received a call from ${FR} on Monday.`]);
    expect(contactsBetween(b, 'Ellison', 'Duvernoy')[0]).toMatchObject({ initiator: 'Claire Duvernoy', mode: 'phone' });
  });

  it('makes the one who "returned a call from" X the initiator', () => {
    const a = analyse([`On Monday, ${US} returned a call from ${FR}, who had phoned her last week.`]);
    expect(contactsBetween(a, 'Ellison', 'Duvernoy')).toEqual([expect.objectContaining({ initiator: 'Margaret Ellison', date: '2023-03-13' })]);
  });

  it('reads "a telephone conversation between A and B" and "had a telephone conversation with his counterpart"', () => {
    const a = analyse(['The ministry reported a telephone conversation between Russian Defense Minister Sergei Shoigu and US Defense Secretary Lloyd Austin.']);
    expect(contactsBetween(a, 'Shoigu', 'Austin')[0]?.mode).toBe('phone');
    const b = analyse(['Russian Defense Minister Sergei Shoigu had a telephone conversation with his US counterpart Lloyd Austin.']);
    expect(contactsBetween(b, 'Shoigu', 'Austin')).toHaveLength(1);
  });

  it('reads "another phone call with his Ukrainian counterpart, X" with the subject before it', () => {
    const a = analyse(['US Defense Secretary Lloyd Austin spoke.', 'The Pentagon reported Austin pointed out in another phone call with his Ukrainian counterpart, Oleksiy Reznikov, the support of allies.']);
    expect(contactsBetween(a, 'Austin', 'Reznikov')[0]?.mode).toBe('phone');
  });

  it('resolves "spoke to him" to the other person of the sentence', () => {
    const a = analyse([`Since then, ${US} has declined to meet with ${FR}, but spoke to her by phone in July.`], '2023-10-01');
    expect(contactsBetween(a, 'Ellison', 'Duvernoy')).toEqual([expect.objectContaining({ date: '2023-07', mode: 'phone' })]);
  });

  it('resolves "the two men talked for about an hour" to the pair just named, with the duration and tone', () => {
    const a = analyse([`${US} has had no contact with ${FR} since February 18.`, 'The two talked for about an hour and an official described their conversation as “professional”.']);
    expect(contactsBetween(a, 'Ellison', 'Duvernoy')).toEqual([expect.objectContaining({ duration: 'about an hour', tone: 'professional' })]);
  });

  it('lists every participant of "Participants in the call included A, B and C" with the host', () => {
    const a = analyse(['President Daniel Mutai today convened a virtual meeting of regional foreign ministers.',
      'Participants in the call included Angolan Foreign Minister Joaquim Matos, Rwandan Foreign Minister Jean-Claude Habimana and Congolese Foreign Minister Therese Mbuyi.']);
    expect(contactsBetween(a, 'Mutai', 'Matos', 'Habimana', 'Mbuyi')[0]).toMatchObject({ initiator: 'Daniel Mutai', date: '2023-03-15' });
  });

  it('adds people who "also joined" or "attended" the meeting just reported', () => {
    const a = analyse(['Commerce Minister Anil Bhargava met Trade Commissioner Jonas Lindqvist in Brussels on Thursday.',
      'The meeting was also attended by India’s ambassador to the EU, Meera Bhargava.']);
    expect(a.contacts).toHaveLength(1);
    expect(a.contacts[0]?.participants).toHaveLength(3);
  });

  it('takes the initiator from "at the initiative of the American side" in a later sentence', () => {
    const a = analyse(['Russian Defense Minister Sergei Shoigu spoke with US Secretary of Defense Lloyd Austin.', 'The conversation took place at the initiative of the American side.']);
    expect(contactsBetween(a, 'Shoigu', 'Austin')[0]?.initiator).toBe('Lloyd Austin');
  });

  it('reads durations: "a two-hour phone call", "the call lasted about 30 minutes"', () => {
    const a = analyse([`${US} and her French counterpart Claire Duvernoy held a two-hour phone call on Friday.`]);
    expect(contactsBetween(a, 'Ellison', 'Duvernoy')[0]?.duration).toBe('two hours');
    const b = analyse([`${US} held a video call on Tuesday with ${FR}.`, 'Officials said the call lasted about 30 minutes.']);
    expect(contactsBetween(b, 'Ellison', 'Duvernoy')[0]?.duration).toBe('about 30 minutes');
    const c = analyse([`${US} met ${FR} on Tuesday.`, 'The meeting lasted about an hour and a half.']);
    expect(contactsBetween(c, 'Ellison', 'Duvernoy')[0]?.duration).toBe('about an hour and a half');
  });

  it('keeps mode "unknown" for a bare "spoke with" or "held talks"', () => {
    const a = analyse([`${US} spoke with ${FR} on Tuesday.`]);
    expect(contactsBetween(a, 'Ellison', 'Duvernoy')[0]?.mode).toBe('unknown');
  });

  it('marks a contact one side claims and the other has not confirmed', () => {
    const a = analyse(['Opposition leader Samuel Otieno said he spoke by phone with U.S. Secretary of State Margaret Ellison on Saturday.',
      'The U.S. Embassy said it could not confirm that the conversation had taken place.'], '2024-01-22');
    expect(contactsBetween(a, 'Otieno', 'Ellison')[0]).toMatchObject({ unconfirmed: true, date: '2024-01-20' });
  });

  it('merges reports of one call and dates it from the sentence that has a date', () => {
    const a = analyse(['Russian Defense Minister Sergei Shoigu spoke with US Secretary of Defense Lloyd Austin for the first time since February 24.',
      'On May 13, Austin spoke with Shoigu about a ceasefire.'], null);
    expect(contactsBetween(a, 'Shoigu', 'Austin')).toEqual([expect.objectContaining({ partialDate: '--05-13' })]);
  });

  it('keeps two calls of one pair on different dates apart and does not merge a recalled one into the reported one', () => {
    const a = analyse([`${US} spoke with ${FR} on Friday.`, 'The two had last spoken on May 13, when they met in Paris.'], '2023-10-21');
    expect(contactsBetween(a, 'Ellison', 'Duvernoy').map((c) => c.date)).toEqual(['2023-10-20', '2023-05-13']);
  });

  it('gives an undated contact the article’s event date from the lead', () => {
    const a = analyse(['US and Russian defense officials spoke for the first time in months on Friday.', `${US} also spoke with ${FR}.`], '2022-10-22');
    expect(contactsBetween(a, 'Ellison', 'Duvernoy')[0]?.date).toBe('2022-10-21');
  });

  it('reads a visit: "hosted X at the Elysee Palace on Friday" is in person', () => {
    const a = analyse(['French President Emmanuel Macron hosted German Chancellor Olaf Scholz at the Elysee Palace on Friday for talks.'], '2024-02-03');
    expect(contactsBetween(a, 'Macron', 'Scholz')[0]).toMatchObject({ mode: 'in-person', date: '2024-02-02' });
    expect(analyse(['Macron hosted a dinner for the press.']).contacts).toEqual([]);
  });

  it('dates "Earlier in the day, X spoke by telephone with Y" with the article’s event, not as a recalled contact', () => {
    const a = analyse(['Chancellor Olaf Scholz visited Paris on Friday.', 'Earlier in the day, Scholz spoke by telephone with Polish Prime Minister Donald Tusk.'], '2024-02-03');
    expect(contactsBetween(a, 'Scholz', 'Tusk')[0]).toMatchObject({ mode: 'phone', date: '2024-02-02' });
  });

  it('reads a quoted call noun: he had a "good conversation" with X', () => {
    const a = analyse(['Ukrainian President Volodymyr Zelenskiy said he had a "good conversation" with U.S. President Joe Biden on Tuesday.'], '2024-01-10');
    expect(contactsBetween(a, 'Zelenskiy', 'Biden')[0]?.date).toBe('2024-01-09');
  });

  it('resolves "He last spoke with X" after a quote to the speaker, not to a name inside the quote', () => {
    const a = analyse(['Turkish President Recep Tayyip Erdogan said he would phone Russian President Vladimir Putin this week.',
      '"I will speak with my dear friend Vladimir," Erdogan told reporters. He last spoke with Putin in September.'], '2023-11-20');
    expect(contactsBetween(a, 'Erdogan', 'Putin').map((c) => c.date)).toEqual(['2023-09']);
  });
});
