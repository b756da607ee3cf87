// "I spoke with B," he said: the "I" of a quotation attributed by a pronoun is the person the pronoun stands for.
import { describe, expect, it } from 'vitest';
import { analyse, contactsBetween } from './extract-helpers.js';

describe('a first-person contact in a quotation attributed by a pronoun', () => {
  it('is the contact of the person the pronoun stands for, not of someone the quotation names', () => {
    const a = analyse([
      'Prime Minister Ingrid Dahl arrived in Helsinki on Monday.',
      '"I spoke with President Taras Melnyk on Friday, and his message was clear," she said.',
    ], '2025-05-20');
    expect(contactsBetween(a, 'Dahl', 'Melnyk').map((c) => c.date)).toEqual(['2025-05-16']);
  });
  it('reaches across a quotation of several sentences to its closing "she said"', () => {
    const a = analyse([
      'Foreign Minister Anita Rao says Canada will not sit in the stands.',
      'She said she had spent the week on the phone. "I spoke with Prime Minister Andrew Hollis on Tuesday night. He was very direct," she said.',
    ], '2025-10-02');
    expect(contactsBetween(a, 'Rao', 'Hollis').map((c) => c.date)).toEqual(['2025-09-30']);
  });
  it('names no one when nothing outside the quotation says who speaks', () => {
    const a = analyse(['Talks resumed on Monday.', '"I spoke with President Taras Melnyk on Friday," a senior official said.'], '2025-05-20');
    expect(a.contacts).toHaveLength(0);
  });
  it('finds the name that closes a quotation of several sentences ("…," Sheinbaum said)', () => {
    const a = analyse([
      'MEXICO CITY, Aug 27 (EFE).- President Clara Ibarra said on Wednesday that she had agreed a plan with her Guatemalan counterpart.',
      '"I spoke yesterday with President Bruno Arce. He called me, we talked for a good while," Ibarra said at her morning press conference.',
    ], '2025-08-27');
    expect(contactsBetween(a, 'Ibarra', 'Arce').map((c) => c.date)).toEqual(['2025-08-26']);
  });
});

describe('the mode after an adverb', () => {
  it('reads "spoke with her again by video link"', () => {
    const a = analyse(['Minister Fatma Chiboub met Gilberto Fratin on Friday.', 'Fratin said he spoke with her again by video link on Monday.'], '2025-10-01');
    expect(contactsBetween(a, 'Fratin', 'Chiboub').find((c) => c.date === '2025-09-29')?.mode).toBe('video');
  });
});


describe('a role label of a transcript', () => {
  it('names, all through the transcript, the person it meant when first used', () => {
    // A reporter names a second prime minister; the next "PRIME MINISTER:" turn is still the host's.
    const a = analyse([
      'Post-Cabinet press conference',
      'Prime Minister Helen Arnott and Foreign Minister Tom Rewi',
      'PRIME MINISTER: Good afternoon. I am joined by the Foreign Minister.',
      'TOM REWI: Thank you. I spoke with the Fijian leader by phone on Friday.',
      'MEDIA: Prime Minister, have you spoken to Prime Minister Jone Vatu yourself?',
      'PRIME MINISTER: I have not spoken to Jone directly. I did speak to Prime Minister Carl Dorsey on Saturday about the Pacific.',
    ], '2025-02-17');
    expect(contactsBetween(a, 'Arnott', 'Dorsey').map((c) => c.date)).toEqual(['2025-02-15']);
    expect(contactsBetween(a, 'Vatu', 'Dorsey')).toEqual([]);
  });
});

describe('a style of address between the verb and the name', () => {
  it('reads "spoke with Hon\'ble B" and "met Smt. B" (the abbreviation does not end the sentence)', () => {
    const a = analyse(["External Affairs Minister Dr. Arun Verma spoke with Hon'ble Nimal Perera, Foreign Minister of Sri Lanka, on Tuesday.", 'Shri Ravi Nair met Smt. Kavita Rao on Monday.'], '2025-09-17');
    expect(contactsBetween(a, 'Verma', 'Perera').map((c) => c.date)).toEqual(['2025-09-16']);
    expect(contactsBetween(a, 'Nair', 'Rao').map((c) => c.date)).toEqual(['2025-09-15']);
  });
});

describe('a name before a colon', () => {
  it('labels what follows and is not the subject of the verb after it', () => {
    const a = analyse(['Official Spokesperson, Shri Arun Verma: As you know, EAM spoke to Foreign Minister Nimal Perera last month.'], '2025-10-30');
    expect(contactsBetween(a, 'Verma', 'Perera')).toEqual([]);
  });
});

describe('a question set off by a colon inside a quotation', () => {
  it('asks only itself: "I met President B in Astana in March and he asked me one question: how fast can you build?"', () => {
    const a = analyse([
      'Sheikh Rashid Al Falasi, chairman of a ports company, is building a terminal at Kuryk.',
      '"I met President Nurlan Abenov in Astana in March and he asked me one question: how fast can you build?" Sheikh Rashid said in an interview.',
    ], '2025-12-02');
    expect(contactsBetween(a, 'Falasi', 'Abenov').map((c) => c.date)).toEqual(['2025-03']);
  });
  it('still drops a labelled question and a meeting planned "in three weeks"', () => {
    const a = analyse([
      'Ambassador Tom Rewi took questions on Friday.',
      'QUESTION (Anwar Abbas, Dawn News): Has the Prime Minister Ali Khan spoken to President Carl Dorsey after the floods?',
      '"We have a board meeting with Ali Khan in Boston in three weeks, and the first question will be: where do we build?" said Tom Rewi.',
    ], '2025-09-12');
    expect(a.contacts).toEqual([]);
  });
});
