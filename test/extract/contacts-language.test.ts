// Contact rules for wider news language: first person in transcripts and interviews, relative clauses, possessive
// "their talks", appositive plural subjects, questions, reporting-day dates, "spoke with A and B", cataphoric ledes.
// Each rule: a sentence it must read and one it must not. Reference date: Wednesday 15 March 2023.
import { describe, expect, it } from 'vitest';
import type { RichContext } from '../../src/core/extract/build-context.js';
import { objectsAfter } from '../../src/core/extract/contact-participants.js';
import type { PersonMention } from '../../src/core/extract/context.js';
import type { PersonRef } from '../../src/core/types.js';
import { analyse, contactsBetween } from './extract-helpers.js';

describe('first person', () => {
  it('reads "I spoke with" in a labelled transcript turn as the speaker of the turn', () => {
    const a = analyse([
      'Participants: Trade Minister Ingrid Solberg; Industry Minister Rafaela Monteiro',
      'Minister Solberg: I spoke with Finance Minister Tomas Kvarnstrom on Monday and he backed the plan.',
    ]);
    expect(contactsBetween(a, 'Solberg', 'Kvarnstrom')).toEqual([expect.objectContaining({ date: '2023-03-13' })]);
  });

  it('does not give "I" to anyone when the turn is a reporter\'s question label', () => {
    const a = analyse([
      'Trade Minister Ingrid Solberg took questions.',
      'Q: I spoke with Finance Minister Tomas Kvarnstrom on Monday, and he sounded doubtful.',
    ]);
    expect(contactsBetween(a, 'Solberg', 'Kvarnstrom')).toEqual([]);
  });

  it('reads "X and I spoke" inside a quotation as the quoted speaker and X', () => {
    const a = analyse(['“Tomas Kvarnstrom and I spoke on Tuesday about the budget,” Ingrid Solberg told the newspaper.']);
    expect(contactsBetween(a, 'Solberg', 'Kvarnstrom')).toEqual([expect.objectContaining({ date: '2023-03-14' })]);
  });

  it('reads "I met" in an interview\'s answer as the interviewee; not in an article that is no interview', () => {
    const a = analyse([
      'Rafaela Monteiro runs the largest port operator in the region. This interview was edited for length.',
      'Have you seen the minister lately?',
      'I met Minister Dmitri Vasko in Lisbon on Friday, with two of our board members.',
    ]);
    expect(contactsBetween(a, 'Monteiro', 'Vasko')).toEqual([expect.objectContaining({ mode: 'in-person', date: '2023-03-10' })]);
    const b = analyse([
      'Rafaela Monteiro runs the largest port operator in the region.',
      'I met Minister Dmitri Vasko in Lisbon on Friday, with two of our board members.',
    ]);
    expect(contactsBetween(b, 'Monteiro', 'Vasko')).toEqual([]);
  });

  it('reads "we held talks" in a turn as the speaker and the person the turn named before', () => {
    const a = analyse([
      'Participants: Minister Ingrid Solberg; Minister Rafaela Monteiro',
      'Minister Solberg: I was glad to receive Minister Monteiro in Oslo. Today we held talks for three hours.',
    ]);
    expect(contactsBetween(a, 'Solberg', 'Monteiro')).toEqual([expect.objectContaining({ date: '2023-03-15' })]);
  });
});

describe('nominal and relative forms', () => {
  it('reads "the meeting she held with X" with the pronoun as subject', () => {
    const a = analyse(['Ingrid Solberg praised the meeting she held with Tomas Kvarnstrom in Bergen on Monday.']);
    expect(contactsBetween(a, 'Solberg', 'Kvarnstrom')).toEqual([expect.objectContaining({ date: '2023-03-13' })]);
  });

  it('does not make an object the subject of "the conversation he had with"', () => {
    const a = analyse(['The agency told Dmitri Vasko about the conversation he had with Tomas Kvarnstrom on Monday.']);
    expect(contactsBetween(a, 'Vasko', 'Kvarnstrom')).toEqual([]);
  });

  it('reads a dated "their talks" as an earlier contact of the pair just reported, not the date of the new one', () => {
    const a = analyse([
      'Ingrid Solberg held a telephone conversation with Tomas Kvarnstrom on Tuesday.',
      'The two ministers looked back on their talks in Bergen in January.',
    ]);
    const dates = contactsBetween(a, 'Solberg', 'Kvarnstrom').map((c) => c.date).sort();
    expect(dates).toEqual(['2023-01', '2023-03-14']);
  });

  it('reads "A and his Polish counterpart, B, spoke" as a pair, and "held today telephone conversation" (translation)', () => {
    const a = analyse(['Ingrid Solberg and her Polish counterpart, Tomas Kvarnstrom, spoke by phone on Monday.']);
    expect(contactsBetween(a, 'Solberg', 'Kvarnstrom')).toEqual([expect.objectContaining({ mode: 'phone', date: '2023-03-13' })]);
    const b = analyse(['Minister Ingrid Solberg and the head of the Polish ministry Tomas Kvarnstrom held today telephone conversation.']);
    expect(contactsBetween(b, 'Solberg', 'Kvarnstrom')).toEqual([expect.objectContaining({ mode: 'phone' })]);
  });

  it('keeps a negation before a long plural subject', () => {
    const a = analyse(['The spokesman would not say whether Ingrid Solberg and the Polish minister Tomas Kvarnstrom spoke by phone.']);
    expect(contactsBetween(a, 'Solberg', 'Kvarnstrom')).toEqual([]);
  });
});

describe('sentence forms', () => {
  it('a question states no contact', () => {
    const a = analyse(['Has Ingrid Solberg spoken with Tomas Kvarnstrom by phone since January?']);
    expect(a.contacts).toEqual([]);
    const b = analyse(['Ingrid Solberg has spoken with Tomas Kvarnstrom by phone since January.']);
    expect(contactsBetween(b, 'Solberg', 'Kvarnstrom')).toHaveLength(1);
  });

  it('splits "A spoke with B and C" into two conversations, but keeps "A met B and C" together', () => {
    const a = analyse(['Ingrid Solberg spoke with Tomas Kvarnstrom and Rafaela Monteiro on Monday.']);
    expect(contactsBetween(a, 'Solberg', 'Kvarnstrom')).toHaveLength(1);
    expect(contactsBetween(a, 'Solberg', 'Monteiro')).toHaveLength(1);
    const b = analyse(['Ingrid Solberg met Tomas Kvarnstrom and Rafaela Monteiro on Monday.']);
    expect(contactsBetween(b, 'Solberg', 'Kvarnstrom', 'Monteiro')).toHaveLength(1);
  });

  it('reads "received X at the ministry" as an in-person visit', () => {
    const a = analyse(['Minister Ingrid Solberg received Portugal’s ambassador, Rafaela Monteiro, at the ministry.']);
    expect(contactsBetween(a, 'Solberg', 'Monteiro')).toEqual([expect.objectContaining({ mode: 'in-person' })]);
  });

  it('does not date a contact by the day it was reported ("said on Tuesday she had met")', () => {
    const a = analyse(['Ingrid Solberg said on Tuesday she had met Tomas Kvarnstrom in Oslo, and the talks on Monday went well.']);
    expect(contactsBetween(a, 'Solberg', 'Kvarnstrom')[0]?.date).not.toBe('2023-03-14');
    const b = analyse(['Ingrid Solberg met Tomas Kvarnstrom in Oslo on Tuesday.']);
    expect(contactsBetween(b, 'Solberg', 'Kvarnstrom')[0]?.date).toBe('2023-03-14');
  });

  it('names a lede pronoun from the next sentence ("A senior minister said she spoke with B")', () => {
    const a = analyse(['A senior Norwegian minister said she spoke with Tomas Kvarnstrom by phone late Monday.', 'Ingrid Solberg said the call lasted ten minutes.']);
    expect(contactsBetween(a, 'Solberg', 'Kvarnstrom')).toEqual([expect.objectContaining({ date: '2023-03-13', mode: 'phone' })]);
    const b = analyse(['A senior Norwegian minister said she spoke with Tomas Kvarnstrom by phone late Monday.', 'The call lasted ten minutes.']);
    expect(b.contacts).toEqual([]);
  });

  it('reads "where the two leaders had a further exchange" as the pair just reported, even after another name', () => {
    const a = analyse([
      'Ingrid Solberg held talks with Tomas Kvarnstrom in Oslo on Monday.',
      'On Tuesday, at the invitation of Minister Kvarnstrom, Minister Solberg went north, where the two ministers had a second exchange over dinner.',
    ]);
    expect(contactsBetween(a, 'Solberg', 'Kvarnstrom').map((c) => c.date).sort()).toEqual(['2023-03-13', '2023-03-14']);
    const b = analyse(['On Tuesday, at the invitation of Minister Tomas Kvarnstrom, Minister Ingrid Solberg had a second exchange over dinner.']);
    expect(b.contacts).toEqual([]);
  });

  it('joins a plural subject whose last member has a long role ("A, B and President of the Regional Council C held a meeting")', () => {
    const a = analyse(['Ingrid Solberg, Tomas Kvarnstrom and President of the Nordic Council Rafaela Monteiro held a trilateral meeting on Monday.']);
    expect(contactsBetween(a, 'Solberg', 'Kvarnstrom', 'Monteiro')).toHaveLength(1);
  });

  it('does not date a meeting by the day of a later event it precedes ("ahead of a summit that begins Thursday")', () => {
    const a = analyse(['Ingrid Solberg met Tomas Kvarnstrom in Brussels ahead of a summit of defence ministers that begins Thursday.']);
    expect(contactsBetween(a, 'Solberg', 'Kvarnstrom')[0]?.date).toBe('2023-03-15');
    const b = analyse(['Ingrid Solberg met Tomas Kvarnstrom in Brussels on Thursday.']);
    expect(contactsBetween(b, 'Solberg', 'Kvarnstrom')[0]?.date).toBe('2023-03-09');
  });

  it('dates a readout that gives no day by its publication date, and leaves an undated article undated', () => {
    const a = analyse(['Ingrid Solberg held a conversation by videoconference with Tomas Kvarnstrom.']);
    expect(contactsBetween(a, 'Solberg', 'Kvarnstrom')[0]?.date).toBe('2023-03-15');
    const b = analyse(['Ingrid Solberg held a conversation by videoconference with Tomas Kvarnstrom.'], null);
    expect(contactsBetween(b, 'Solberg', 'Kvarnstrom')[0]?.date).toBeNull();
  });

  it('reads verb-final translated order ("has on Monday with the Polish minister B telephoned"), not "with B" before another verb', () => {
    const a = analyse(['Minister Ingrid Solberg has on Monday for the first time since 2021 with the Polish minister Tomas Kvarnstrom telephoned.']);
    expect(contactsBetween(a, 'Solberg', 'Kvarnstrom')).toEqual([expect.objectContaining({ mode: 'phone', date: '2023-03-13' })]);
    const b = analyse(['Minister Ingrid Solberg agreed with Tomas Kvarnstrom that the ministers who met were right.']);
    expect(contactsBetween(b, 'Solberg', 'Kvarnstrom')).toEqual([]);
    const c = analyse(['The last time had Solberg and Kvarnstrom in May 2021 telephoned.', 'Ingrid Solberg and Tomas Kvarnstrom are ministers.']);
    expect(contactsBetween(c, 'Solberg', 'Kvarnstrom')[0]?.date).toBe('2021-05');
  });

  it('reads "A urged B …, in a video call on Monday" as the call of A and B, not when B follows a preposition', () => {
    const a = analyse(['Minister Ingrid Solberg urged Tomas Kvarnstrom to release the funds, in a video call on Monday, her office said.']);
    expect(contactsBetween(a, 'Solberg', 'Kvarnstrom')).toEqual([expect.objectContaining({ mode: 'video', date: '2023-03-13' })]);
    const b = analyse(['Minister Ingrid Solberg talked about Tomas Kvarnstrom in a video call on Monday, her office said.']);
    expect(contactsBetween(b, 'Solberg', 'Kvarnstrom')).toEqual([]);
  });

  it('reads "the two ministers" as the latest pair whose roles are ministers, skipping a prime minister and a president', () => {
    const a = analyse([
      'Trade Minister Ingrid Solberg held a video call with Economy Minister Tomas Kvarnstrom on Sunday.',
      'Prime Minister Rafaela Monteiro spoke with President Dmitri Vasko on Monday.',
      'The two ministers met in Lisbon in January.',
    ]);
    expect(contactsBetween(a, 'Solberg', 'Kvarnstrom').map((c) => c.date).sort()).toEqual(['2023-01', '2023-03-12']);
    expect(contactsBetween(a, 'Monteiro', 'Vasko').map((c) => c.date)).toEqual(['2023-03-13']);
  });

  it('reads "met the co-chairs of the committee, Dr A and Dr B" as one meeting of three, not "met the deadline"', () => {
    const a = analyse(['Ingrid Solberg met the co-chairs of the regional fisheries committee, Dr Tomas Kvarnstrom and Dr Rafaela Monteiro, on Monday.']);
    expect(contactsBetween(a, 'Solberg', 'Kvarnstrom', 'Monteiro')).toHaveLength(1);
    const b = analyse(['Ingrid Solberg met the deadline, Tomas Kvarnstrom said on Monday.']);
    expect(b.contacts).toEqual([]);
  });

  it('a plan in a later clause does not cancel the contact ("…, and a second call was expected")', () => {
    const a = analyse(['Ingrid Solberg spoke with Tomas Kvarnstrom on Monday morning, her office said, and a second call was expected later.']);
    expect(contactsBetween(a, 'Solberg', 'Kvarnstrom')).toEqual([expect.objectContaining({ date: '2023-03-13' })]);
    const b = analyse(['A call between Ingrid Solberg and Tomas Kvarnstrom is expected next week.']);
    expect(b.contacts).toEqual([]);
  });

  it('makes "B, who had requested the call," the initiator', () => {
    const a = analyse(['Ingrid Solberg spoke with Tomas Kvarnstrom by phone on Monday.', 'Kvarnstrom, who had requested the call, thanked her.']);
    expect(contactsBetween(a, 'Solberg', 'Kvarnstrom')[0]?.initiator).toBe('Tomas Kvarnstrom');
    const b = analyse(['Ingrid Solberg spoke with Tomas Kvarnstrom by phone on Monday.', 'Kvarnstrom thanked her.']);
    expect(contactsBetween(b, 'Solberg', 'Kvarnstrom')[0]?.initiator).toBeNull();
  });

  it('dates "on the same day, A and B held …" by the contact reported before', () => {
    const lead = ['Fishing quotas dominate the agenda.', 'Nordic ministers have met often.', 'Prices rose sharply.'];
    const a = analyse([...lead,
      'On Monday, Ingrid Solberg held talks with Tomas Kvarnstrom in Oslo.',
      'On the same day, Ingrid Solberg and Rafaela Monteiro held a separate meeting.',
    ]);
    expect(contactsBetween(a, 'Solberg', 'Monteiro')[0]?.date).toBe('2023-03-13');
    const b = analyse([...lead,
      'On Monday, Ingrid Solberg held talks with Tomas Kvarnstrom in Oslo.',
      'Ingrid Solberg and Rafaela Monteiro held a separate meeting.',
    ]);
    expect(contactsBetween(b, 'Solberg', 'Monteiro')[0]?.date).toBe('2023-03-15');
  });

  it('reads "held talks with" as in person unless the talks were by phone or video', () => {
    const a = analyse(['Ingrid Solberg held talks with Tomas Kvarnstrom at the foreign ministry on Monday.']);
    expect(contactsBetween(a, 'Solberg', 'Kvarnstrom')[0]?.mode).toBe('in-person');
    const b = analyse(['Ingrid Solberg held telephone talks with Tomas Kvarnstrom on Monday.']);
    expect(contactsBetween(b, 'Solberg', 'Kvarnstrom')[0]?.mode).toBe('phone');
  });

  it('does not take "the General" of "the Chief of the General Staff" for a person (a role mention inside a name)', () => {
    const text = 'Rafaela Monteiro held a conversation with the Chief of the General Staff of Norway Admiral Dmitri Vasko.';
    const person = (name: string): PersonRef => ({ name, role: null } as unknown as PersonRef);
    const [monteiro, general, vasko] = [person('Rafaela Monteiro'), person('Tomas Kvarnstrom'), person('Dmitri Vasko')];
    const at = (w: string): number => text.indexOf(w);
    const mention = (p: PersonRef, w: string): PersonMention => ({ person: p, sentence: 0, start: at(w), end: at(w) + w.length, text: w });
    const mentions = [mention(monteiro, 'Rafaela Monteiro'), { ...mention(general, 'the General'), start: text.indexOf('the General'), end: text.indexOf('the General') + 11 }, mention(vasko, 'Dmitri Vasko')];
    const ctx = { sentences: [{ index: 0, paragraph: 0, text }], people: { mentionsIn: () => mentions } } as unknown as RichContext;
    const from = text.indexOf('with') + 4;
    expect(objectsAfter(ctx, 0, from, [monteiro], null).people).toEqual([vasko]);
  });

  it('"she" skips a nearer subject of unknown gender for a recent subject known to be a woman', () => {
    const a = analyse([
      'Ms Ingrid Solberg arrived in Vienna on Monday.',
      'Dmitri Vasko greeted the delegation.',
      'On Tuesday she spoke by video link with Tomas Kvarnstrom.',
    ]);
    expect(contactsBetween(a, 'Solberg', 'Kvarnstrom')).toHaveLength(1);
    expect(contactsBetween(a, 'Vasko', 'Kvarnstrom')).toEqual([]);
    const b = analyse(['Dmitri Vasko greeted the delegation on Monday.', 'On Tuesday he spoke by video link with Tomas Kvarnstrom.']);
    expect(contactsBetween(b, 'Vasko', 'Kvarnstrom')).toHaveLength(1);
  });

  it('"he" does not refer to the object of the same sentence ("A has been in touch with B, and he spoke to him")', () => {
    const a = analyse(['The minister has been in touch with Governor Tomas Kvarnstrom all week, and he spoke to him again on Tuesday.']);
    expect(a.contacts).toEqual([]);
    const b = analyse(['Governor Tomas Kvarnstrom returned to the capital, and he spoke to Ingrid Solberg again on Tuesday.']);
    expect(contactsBetween(b, 'Kvarnstrom', 'Solberg')).toHaveLength(1);
  });

  it('reads a fronted clause ("In a phone call with B on Friday, A said …"), not a name after a comma that ends another clause', () => {
    const a = analyse(['In a phone call with Tomas Kvarnstrom on Friday, Ingrid Solberg said the talks would resume.']);
    expect(contactsBetween(a, 'Solberg', 'Kvarnstrom')).toEqual([expect.objectContaining({ mode: 'phone', date: '2023-03-10' })]);
    const b = analyse(['In a phone call with Tomas Kvarnstrom on Friday, the ministry said, Ingrid Solberg was not mentioned.']);
    expect(contactsBetween(b, 'Solberg', 'Kvarnstrom')).toEqual([]);
  });

  it('reads "after meeting B", "visited B", "sat down with B", "was on the phone with B", "held a bilateral with B"', () => {
    const cases: [string, string][] = [
      ['Ingrid Solberg told reporters after meeting Tomas Kvarnstrom on Friday that progress was made.', 'in-person'],
      ['Ingrid Solberg visited Tomas Kvarnstrom in Oslo on Friday.', 'in-person'],
      ['Ingrid Solberg sat down with Tomas Kvarnstrom on Friday.', 'in-person'],
      ['Ingrid Solberg was on the phone with Tomas Kvarnstrom on Friday.', 'phone'],
      ['Ingrid Solberg held a bilateral with Tomas Kvarnstrom on Friday.', 'unknown'],
    ];
    for (const [sentence, mode] of cases) expect(contactsBetween(analyse([sentence]), 'Solberg', 'Kvarnstrom'), sentence).toEqual([expect.objectContaining({ mode, date: '2023-03-10' })]);
    for (const sentence of ['At the meeting Tomas Kvarnstrom spoke first, Ingrid Solberg said.', 'Ingrid Solberg visited the grave of Tomas Kvarnstrom on Friday.']) {
      expect(analyse([sentence]).contacts, sentence).toEqual([]);
    }
  });

  it('reads "A and B discussed X by phone" and "A and B saw each other", not "A and B discussed X" alone', () => {
    const a = analyse(['Ingrid Solberg and Tomas Kvarnstrom discussed the border by phone on Friday.']);
    expect(contactsBetween(a, 'Solberg', 'Kvarnstrom')).toEqual([expect.objectContaining({ mode: 'phone', date: '2023-03-10' })]);
    const b = analyse(['Ingrid Solberg and Tomas Kvarnstrom saw each other in Oslo on Friday.']);
    expect(contactsBetween(b, 'Solberg', 'Kvarnstrom')).toEqual([expect.objectContaining({ mode: 'in-person' })]);
    const c = analyse(['Ingrid Solberg and Tomas Kvarnstrom discussed the border in separate speeches on Friday.']);
    expect(c.contacts).toEqual([]);
  });

  it('adds "together with C" to a plural contact, not a name after "together with" in another sense', () => {
    const a = analyse(['Ingrid Solberg and Tomas Kvarnstrom met in Doha on Friday, where together with the Qatari minister Rafaela Monteiro they reviewed the plan.']);
    expect(contactsBetween(a, 'Solberg', 'Kvarnstrom', 'Monteiro')).toHaveLength(1);
    const b = analyse(['Ingrid Solberg and Tomas Kvarnstrom met in Doha on Friday to discuss aid sent together with food.']);
    expect(contactsBetween(b, 'Solberg', 'Kvarnstrom')).toHaveLength(1);
  });

  it('takes "the Commander of the Northern Command General B" as B\'s title, not as a person of its own', () => {
    const text = 'Ingrid Solberg had a conversation with the Commander of the Northern Command General Tomas Kvarnstrom.';
    const person = (name: string): PersonRef => ({ name, role: null } as unknown as PersonRef);
    const [solberg, other, kvarnstrom] = [person('Ingrid Solberg'), person('Rafaela Monteiro'), person('Tomas Kvarnstrom')];
    const mention = (p: PersonRef, w: string): PersonMention => ({ person: p, sentence: 0, start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w });
    const mentions = [mention(solberg, 'Ingrid Solberg'), mention(other, 'the Commander'), mention(kvarnstrom, 'Tomas Kvarnstrom')];
    const ctx = { sentences: [{ index: 0, paragraph: 0, text }], people: { mentionsIn: () => mentions } } as unknown as RichContext;
    expect(objectsAfter(ctx, 0, text.indexOf('with') + 4, [solberg], null).people).toEqual([kvarnstrom]);
    // A role mention that is the object itself stays: "with the Commander, who …".
    const text2 = 'Ingrid Solberg had a conversation with the Commander, who then left for Oslo with Tomas Kvarnstrom.';
    const m2 = [mention(solberg, 'Ingrid Solberg'), { ...mention(other, 'the Commander'), start: text2.indexOf('the Commander'), end: text2.indexOf('the Commander') + 13 }, { ...mention(kvarnstrom, 'Tomas Kvarnstrom'), start: text2.indexOf('Tomas'), end: text2.indexOf('Tomas') + 16 }];
    const ctx2 = { sentences: [{ index: 0, paragraph: 0, text: text2 }], people: { mentionsIn: () => m2 } } as unknown as RichContext;
    expect(objectsAfter(ctx2, 0, text2.indexOf('with') + 4, [solberg], null).people).toEqual([other]);
  });

  it('reads "greeted B at the airport" and "shook hands (with B)" as in person; not a greeted possession or a refused handshake', () => {
    for (const sentence of ['Ingrid Solberg greeted Tomas Kvarnstrom at the airport on Friday.', 'Ingrid Solberg and Tomas Kvarnstrom shook hands in Oslo on Friday.', 'Ingrid Solberg shook hands with Tomas Kvarnstrom on Friday.']) {
      expect(contactsBetween(analyse([sentence]), 'Solberg', 'Kvarnstrom'), sentence).toEqual([expect.objectContaining({ mode: 'in-person', date: '2023-03-10' })]);
    }
    for (const sentence of ['Ingrid Solberg greeted Tomas Kvarnstrom\'s decision on Friday.', 'Ingrid Solberg refused to shake hands with Tomas Kvarnstrom on Friday.']) {
      expect(analyse([sentence]).contacts, sentence).toEqual([]);
    }
  });

  it('reads "I can confirm that A had a call with B", not "would not confirm that A had a call with B"', () => {
    const a = analyse(['The spokesman said: "I can confirm that Ingrid Solberg had a phone call with Tomas Kvarnstrom yesterday."']);
    expect(contactsBetween(a, 'Solberg', 'Kvarnstrom')).toEqual([expect.objectContaining({ date: '2023-03-14', mode: 'phone' })]);
    const b = analyse(['The spokesman would not confirm that Ingrid Solberg had a phone call with Tomas Kvarnstrom yesterday.']);
    expect(b.contacts).toEqual([]);
  });

  it('reads "spoke this afternoon by telephone with"', () => {
    const a = analyse(['Ingrid Solberg spoke this afternoon by telephone with Tomas Kvarnstrom.']);
    expect(contactsBetween(a, 'Solberg', 'Kvarnstrom')).toEqual([expect.objectContaining({ date: '2023-03-15', mode: 'phone' })]);
  });

  it('keeps a recalled meeting ("Recall, in January A and B met") apart from the undated call the readout reports', () => {
    const a = analyse([
      'Ingrid Solberg held a conversation by videoconference with Tomas Kvarnstrom.',
      'They discussed the supply of equipment.',
      'Recall, in January Solberg and Kvarnstrom met personally in Oslo.',
    ]);
    expect(contactsBetween(a, 'Solberg', 'Kvarnstrom').map((c) => c.date).sort()).toEqual(['2023-01', '2023-03-15']);
    const b = analyse([
      'Ingrid Solberg held a conversation by videoconference with Tomas Kvarnstrom.',
      'They discussed the supply of equipment.',
      'Solberg and Kvarnstrom spoke on Monday.',
    ]);
    expect(contactsBetween(b, 'Solberg', 'Kvarnstrom').map((c) => c.date)).toEqual(['2023-03-13']);
  });

  it('dates a "when" clause by the date it follows ("since she visited Oslo in January, when she also met B")', () => {
    const a = analyse(['It was their first encounter since Ingrid Solberg visited Oslo in January, when she also met Tomas Kvarnstrom.']);
    expect(contactsBetween(a, 'Solberg', 'Kvarnstrom')[0]?.date).toBe('2023-01');
    const b = analyse(['It was their first encounter since Ingrid Solberg visited Oslo in January, and she also met Tomas Kvarnstrom.']);
    expect(contactsBetween(b, 'Solberg', 'Kvarnstrom')[0]?.date).not.toBe('2023-01');
  });

  it('reads "has been in close touch with B" as a contact, not "kept in touch with the markets"', () => {
    const a = analyse(['Ingrid Solberg has been in close touch with Tomas Kvarnstrom since the floods began.']);
    expect(contactsBetween(a, 'Solberg', 'Kvarnstrom')).toHaveLength(1);
    const b = analyse(['Ingrid Solberg has been in close touch with the markets, Tomas Kvarnstrom said.']);
    expect(b.contacts).toEqual([]);
  });

  it('makes the latter of "at the latter\'s request" the initiator (the former: the first named)', () => {
    const a = analyse(['Ingrid Solberg spoke by telephone with Tomas Kvarnstrom on Monday, at the latter’s request.']);
    expect(contactsBetween(a, 'Solberg', 'Kvarnstrom')[0]?.initiator).toBe('Tomas Kvarnstrom');
    const b = analyse(['Ingrid Solberg spoke by telephone with Tomas Kvarnstrom on Monday, at the former’s request.']);
    expect(contactsBetween(b, 'Solberg', 'Kvarnstrom')[0]?.initiator).toBe('Ingrid Solberg');
  });

  it('keeps a "since March, when A called B" call as background: the duration told next goes to the reported call', () => {
    const a = analyse([
      'Ingrid Solberg received a call from Tomas Kvarnstrom on Monday.',
      'The two had not spoken since January, when Solberg called Kvarnstrom about the border.',
      'An official said the conversation lasted roughly 40 minutes.',
    ]);
    const calls = contactsBetween(a, 'Solberg', 'Kvarnstrom');
    expect(calls.find((c) => c.date === '2023-03-13')?.duration).toBe('roughly 40 minutes');
    expect(calls.find((c) => c.date === '2023-01')?.duration ?? null).toBeNull();
  });

  it('does not name a lede pronoun after a person of the other gender, nor outside the lede', () => {
    const a = analyse(['A government official said he had spoken with Tomas Kvarnstrom on Monday.', 'Ms Rafaela Monteiro, a spokeswoman, declined to comment.']);
    expect(contactsBetween(a, 'Monteiro', 'Kvarnstrom')).toEqual([]);
    const b = analyse(['Talks resumed.', 'Prices fell.', 'A government official said he had spoken with Tomas Kvarnstrom on Monday.', 'Dmitri Vasko declined to comment.']);
    expect(contactsBetween(b, 'Vasko', 'Kvarnstrom')).toEqual([]);
  });
});

describe('wider news language (blind corpus classes)', () => {
  it('reads "A and B held more than three hours of talks"; not "held three hours of hearings"', () => {
    const a = analyse(['Trade Minister Lena Oduya and Finance Minister Paolo Reyes held nearly three hours of talks in Nairobi on Monday.']);
    expect(contactsBetween(a, 'Oduya', 'Reyes')).toEqual([expect.objectContaining({ mode: 'in-person', date: '2023-03-13' })]);
    const b = analyse(['Trade Minister Lena Oduya and Finance Minister Paolo Reyes held nearly three hours of hearings in Nairobi on Monday.']);
    expect(contactsBetween(b, 'Oduya', 'Reyes')).toEqual([]);
  });

  it('reads "received in audience B" as a visit; not "received in writing"', () => {
    const a = analyse(['The Commission Chairperson, Amara Diallo, on Tuesday received in audience the Minister of Trade of Peru, Hon. Rosa Quispe.']);
    expect(contactsBetween(a, 'Diallo', 'Quispe')).toEqual([expect.objectContaining({ mode: 'in-person', date: '2023-03-14' })]);
    const b = analyse(['The Commission Chairperson, Amara Diallo, on Tuesday received in writing the proposals of Hon. Rosa Quispe.']);
    expect(contactsBetween(b, 'Diallo', 'Quispe')).toEqual([]);
  });

  it('reads "met with his Danish colleague B" (translated text); a colleague in an unrelated clause is no object', () => {
    const a = analyse(['Only on Friday the interior minister Karl Brenner had met in Vienna with his Danish colleague Mette Lund.']);
    expect(contactsBetween(a, 'Brenner', 'Lund')).toEqual([expect.objectContaining({ date: '2023-03-10' })]);
    const b = analyse(['Karl Brenner met reporters in Vienna, and his colleague said that Mette Lund would follow.']);
    expect(contactsBetween(b, 'Brenner', 'Lund')).toEqual([]);
  });

  it('does not take a weekday before a title as part of the title ("on Monday the minister A met B")', () => {
    const a = analyse(['Already on Monday the energy minister Ruth Varga had met with Tomasz Nowicki.']);
    expect(contactsBetween(a, 'Varga', 'Nowicki')).toEqual([expect.objectContaining({ date: '2023-03-13' })]);
    const b = analyse(['A letter from Ruth Varga was on Monday handed to Tomasz Nowicki.']);
    expect(contactsBetween(b, 'Varga', 'Nowicki')).toEqual([]);
  });

  it('does not date talks by a date inside a later "since" clause; a date right after the trigger still counts', () => {
    const a = analyse(['In Oslo, Premier Ida Brandt and Premier Omar Haddad held talks, the first meeting since the treaty was signed in May 2019.']);
    expect(contactsBetween(a, 'Brandt', 'Haddad')).toEqual([expect.objectContaining({ date: '2023-03-15' })]);
    const b = analyse(['In Oslo, Premier Ida Brandt and Premier Omar Haddad held talks on Monday, the first meeting in years.']);
    expect(contactsBetween(b, 'Brandt', 'Haddad')).toEqual([expect.objectContaining({ date: '2023-03-13' })]);
  });
});

describe('role mentions and complements', () => {
  it('does not give "the Secretary-General" to the "Spokesperson for the Secretary-General"; the Secretary-General herself fits', () => {
    const a = analyse([
      'Transcript of the briefing by Elias Moreau, Spokesperson for the Secretary-General.',
      'On Chad, the Secretary-General spoke by phone yesterday with the Prime Minister of Chad, Amadou Kaboré.',
    ]);
    expect(contactsBetween(a, 'Moreau', 'Kaboré')).toEqual([]);
    const b = analyse([
      'Secretary-General Hanna Lindqvist opened the session.',
      'On Chad, the Secretary-General spoke by phone yesterday with the Prime Minister of Chad, Amadou Kaboré.',
    ]);
    expect(contactsBetween(b, 'Lindqvist', 'Kaboré')).toEqual([expect.objectContaining({ mode: 'phone', date: '2023-03-14' })]);
  });
});

describe('plural subjects named before any contact', () => {
  it('reads "when the two met" as the two people named before; not when only one person is named', () => {
    const a = analyse(['Central bank chief Aiko Tanabe said Finance Minister Ren Kuroda made no demands on rates when the two met on Monday.']);
    expect(contactsBetween(a, 'Tanabe', 'Kuroda')).toEqual([expect.objectContaining({ mode: 'in-person', date: '2023-03-13' })]);
    const b = analyse(['Central bank chief Aiko Tanabe said markets made no demands on rates when the two met on Monday.']);
    expect(a.contacts.length).toBeGreaterThan(0);
    expect(b.contacts).toEqual([]);
  });

  it('reads "the presidents had a telephone conversation" as the two presidents named before; "the ministers" skips presidents', () => {
    const a = analyse([
      'President Maria Ostrova of Moldavia arrived in Sofia on Tuesday and was welcomed by President Georgi Radan.',
      'Trade official Ivo Petrov joined them later.',
      'As a reminder, on February 3 the presidents had a telephone conversation about energy.',
    ]);
    expect(contactsBetween(a, 'Ostrova', 'Radan')).toContainEqual(expect.objectContaining({ mode: 'phone', date: '2023-02-03' }));
    const b = analyse([
      'President Maria Ostrova of Moldavia arrived in Sofia on Tuesday.',
      'President Georgi Radan was abroad.',
      'On February 3 the ministers had a telephone conversation about energy.',
    ]);
    expect(b.contacts).toEqual([]);
  });

  it('keeps a dated phone call apart from an undated meeting of the same pair; an undated call joins a dated call', () => {
    const a = analyse([
      'President Maria Ostrova held a meeting with President Georgi Radan in Sofia.',
      'The two presidents had spoken by telephone on February 3.',
    ], null);
    const both = contactsBetween(a, 'Ostrova', 'Radan');
    expect(both.map((c) => c.mode).sort()).toEqual(['in-person', 'phone']);
    const b = analyse([
      'President Maria Ostrova had a phone call with President Georgi Radan.',
      'The two presidents spoke by telephone on February 3.',
    ], null);
    expect(contactsBetween(b, 'Ostrova', 'Radan')).toHaveLength(1);
  });
});

describe('recall formulas of translated wire copy', () => {
  it('reads "We will remind, …" as a recalled contact (dropped when undated); the same sentence alone is reported', () => {
    const recalled = analyse(['Premier Ida Brandt visited Rome.', 'We will remind, Ida Brandt spoke by phone with Premier Omar Haddad.']);
    expect(contactsBetween(recalled, 'Brandt', 'Haddad')).toEqual([]);
    const reported = analyse(['Premier Ida Brandt visited Rome.', 'Ida Brandt spoke by phone with Premier Omar Haddad.']);
    expect(contactsBetween(reported, 'Brandt', 'Haddad')).toHaveLength(1);
  });
});

describe('names that complete a role', () => {
  it('does not take "the chairman of <Company>" as a person met; the chairman named after it is', () => {
    const a = analyse(['Finance Minister Clara Jensen held talks with the chairman of Nordvik Copper at the ministry on Monday.']);
    expect(a.contacts).toEqual([]);
    const b = analyse(['Finance Minister Clara Jensen held talks with the chairman of the firm, Lars Nordvik, at the ministry on Monday.']);
    expect(contactsBetween(b, 'Jensen', 'Nordvik')).toEqual([expect.objectContaining({ date: '2023-03-13' })]);
  });

  it('reads "the Fund\'s Sierra Leone mission chief, B" as B, not the place before the role', () => {
    const a = analyse(['Governor Ama Owusu said she had held a virtual meeting with the Fund\'s Sierra Leone mission chief, Stefan Roth, on Monday.']);
    expect(contactsBetween(a, 'Owusu', 'Roth')).toEqual([expect.objectContaining({ mode: 'video', date: '2023-03-13' })]);
    expect(a.contacts.every((c) => c.participants.length === 2)).toBe(true);
    expect(a.contacts).toHaveLength(1);
  });
});

describe('passive visits and objects of visit verbs', () => {
  it('reads "A had been received by B" as a visit of A and B; "a letter was received by B" is none', () => {
    const a = analyse(['Premier Ida Brandt had been received by Chancellor Omar Haddad in Vienna on Monday.']);
    expect(contactsBetween(a, 'Brandt', 'Haddad')).toEqual([expect.objectContaining({ mode: 'in-person', date: '2023-03-13' })]);
    const b = analyse(['A letter from Premier Ida Brandt was received by Chancellor Omar Haddad on Monday.']);
    expect(contactsBetween(b, 'Brandt', 'Haddad')).toEqual([]);
  });

  it('does not make the object of "meets" the subject of a later "after a phone call with C"', () => {
    const a = analyse(['Army chief Tomas Berg meets Oslo\'s deputy trade minister Ola Rud in Bergen days after a phone call with Sweden\'s Lena Holm.']);
    expect(contactsBetween(a, 'Rud', 'Holm')).toEqual([]);
    expect(contactsBetween(a, 'Berg', 'Rud')).toHaveLength(1);
  });
});

describe('co-hosted meetings', () => {
  it('reads "A and B co-hosted alongside C and D" as one meeting of all four; "co-hosted a dinner menu" alone is none', () => {
    const a = analyse(['The forum, which Secretary Lena Holm and Secretary Ola Rud co-hosted alongside Foreign Minister Tomas Berg and Trade Minister Ida Brandt, took place on Monday.']);
    expect(contactsBetween(a, 'Holm', 'Rud', 'Berg', 'Brandt')).toEqual([expect.objectContaining({ mode: 'in-person', date: '2023-03-13' })]);
    const b = analyse(['Secretary Lena Holm co-hosted the forum on Monday; Foreign Minister Tomas Berg stayed in Oslo.']);
    expect(b.contacts).toEqual([]);
  });
});

describe('call nouns with a time phrase before "with"', () => {
  it('reads "held a video call last week with B"; "a video call last week with reporters" names nobody', () => {
    const a = analyse(['Governor Ama Owusu said she had also held a video call last week with Stefan Roth, the Fund\'s mission chief.']);
    expect(contactsBetween(a, 'Owusu', 'Roth')).toEqual([expect.objectContaining({ mode: 'video', date: '2023-03' })]);
    const b = analyse(['Governor Ama Owusu said she had also held a video call last week with reporters from Stefan Roth\'s paper.']);
    expect(b.contacts).toEqual([]);
  });
});

describe('an object role named later in the article', () => {
  it('reads "spoke by phone with Rwanda\'s trade minister" as the Trade Minister named later; another office is not', () => {
    const a = analyse([
      'The head of the agency said Tuesday that he had spoken by phone with Rwanda\'s trade minister on Sunday.',
      'Director Pavel Novak told reporters that he and Trade Minister Grace Uwase had discussed tariffs.',
    ]);
    expect(contactsBetween(a, 'Novak', 'Uwase')).toEqual([expect.objectContaining({ mode: 'phone', date: '2023-03-12' })]);
    const b = analyse([
      'The head of the agency said Tuesday that he had spoken by phone with Rwanda\'s climate chief on Sunday.',
      'Director Pavel Novak told reporters that Chief Negotiator Grace Uwase had left.',
    ]);
    expect(contactsBetween(b, 'Novak', 'Uwase')).toEqual([]);
  });
});

describe('attributive dates', () => {
  it('does not date a call by "the March 2 vote" it was about; "on March 2" still dates it', () => {
    const a = analyse(['Premier Ida Brandt arrived in Oslo on Tuesday.', 'Premier Ida Brandt spoke with Premier Omar Haddad about the March 2 vote.']);
    expect(contactsBetween(a, 'Brandt', 'Haddad')).toEqual([expect.objectContaining({ date: '2023-03-14' })]);
    const b = analyse(['Premier Ida Brandt spoke with Premier Omar Haddad on March 2 about the vote.']);
    expect(contactsBetween(b, 'Brandt', 'Haddad')).toEqual([expect.objectContaining({ date: '2023-03-02' })]);
  });
});

describe('emphatic first person', () => {
  it('reads "I did speak with B" in a labelled turn as the speaker; "I did not speak with B" is none', () => {
    const a = analyse(['Central bank governor Ana Ruiz took questions.', 'RUIZ: I did speak with Finance Minister Tomas Kvarnstrom by telephone on Monday.']);
    expect(contactsBetween(a, 'Ruiz', 'Kvarnstrom')).toEqual([expect.objectContaining({ mode: 'phone', date: '2023-03-13' })]);
    const b = analyse(['Central bank governor Ana Ruiz took questions.', 'RUIZ: I did not speak with Finance Minister Tomas Kvarnstrom on Monday.']);
    expect(contactsBetween(b, 'Ruiz', 'Kvarnstrom')).toEqual([]);
  });
});

describe('recalled meetings of the pair just reported', () => {
  it('reads "the leaders recalled their meeting … in May 2022" as an earlier meeting of the pair; an undated one adds nothing', () => {
    const a = analyse([
      'Premier Ida Brandt received a telephone call today from President Omar Haddad.',
      'The leaders recalled their cordial meeting at the summit in Lisbon in May 2022.',
    ]);
    const both = contactsBetween(a, 'Brandt', 'Haddad');
    expect(both).toContainEqual(expect.objectContaining({ mode: 'in-person', date: '2022-05' }));
    expect(both).toHaveLength(2);
    const b = analyse([
      'Premier Ida Brandt received a telephone call today from President Omar Haddad.',
      'The leaders recalled their cordial meeting at the summit in Lisbon.',
    ]);
    expect(contactsBetween(b, 'Brandt', 'Haddad')).toHaveLength(1);
  });
});
