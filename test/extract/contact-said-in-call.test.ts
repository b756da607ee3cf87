// "A and B agreed in a phone call on Wednesday to …": a past speech act carried out inside the call is no plan.
import { describe, expect, it } from 'vitest';
import { analyse, contactsBetween } from './extract-helpers.js';

describe('a speech act inside a call', () => {
  it('keeps the call of "agreed in a phone call" and "urged B during a phone call"', () => {
    const a = analyse([
      'Prime Minister Nora Lind and Prime Minister Ken Oduya agreed in a phone call on Wednesday to speed up the minerals deal.',
      'Chancellor Ilse Brandt urged President Tomas Varga during a phone call on Friday to release the funds.',
    ], '2025-11-13');
    expect(contactsBetween(a, 'Lind', 'Oduya').map((c) => [c.date, c.mode])).toEqual([['2025-11-12', 'phone']]);
    expect(contactsBetween(a, 'Brandt', 'Varga').map((c) => c.date)).toEqual(['2025-11-07']);
  });
  it('still drops a plan or a negation before the call', () => {
    const a = analyse([
      'Prime Minister Nora Lind and Prime Minister Ken Oduya agreed to meet in a phone call next week.',
      'Chancellor Ilse Brandt and President Tomas Varga did not agree in a phone call on Friday.',
    ], '2025-11-13');
    expect(a.contacts).toHaveLength(0);
  });
});

describe('a denied report', () => {
  it('is no contact, however far the "that" stands from the denial', () => {
    const a = analyse([
      'Spokesman Dmitri Pesk also refuted the publications of some Western media, that President Vlad Orlov last week had a secret conversation with President Taras Koval.',
      'Pesk denied reports that Orlov had spoken with Koval by phone.',
      'Pesk said Orlov spoke with Prime Minister Nara Mehta on Tuesday.',
    ], '2025-11-20');
    expect(contactsBetween(a, 'Orlov', 'Koval')).toHaveLength(0);
    expect(contactsBetween(a, 'Orlov', 'Mehta')).toHaveLength(1);
  });
});

describe('a reported act in a call, and a recall formula', () => {
  it('reads "A said Thursday he had urged B … during a telephone conversation", after a wire dateline too', () => {
    const a = analyse(['WELLINGTON, New Zealand (AP) — Prime Minister Tom Reid said Thursday he had urged Fijian President Sitiveni Tora to reopen the port during a telephone conversation.'], '2025-08-21');
    expect(contactsBetween(a, 'Reid', 'Tora')).toEqual([expect.objectContaining({ mode: 'phone' })]);
  });
  it('takes "It will be recalled that A had … held a telephone conversation with B" as a past call', () => {
    const a = analyse(['It will be recalled that President Bola Adeyemi had on Saturday held a telephone conversation with President Moussa Sall of Senegal.'], '2025-11-04');
    expect(contactsBetween(a, 'Adeyemi', 'Sall').map((c) => c.date)).toEqual(['2025-11-01']);
    const b = analyse(['It will be decided later whether President Bola Adeyemi will hold a telephone conversation with President Moussa Sall.'], '2025-11-04');
    expect(contactsBetween(b, 'Adeyemi', 'Sall')).toHaveLength(0);
  });
});

