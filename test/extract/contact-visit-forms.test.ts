// Meetings told by their form rather than by a verb of speaking: negotiations and dialogues held, courtesy calls,
// co-chaired sessions, delegations led by someone, and the orders translated text puts them in.
import { describe, expect, it } from 'vitest';
import { analyse, contactsBetween } from './extract-helpers.js';

const DAY = '2025-11-20';

describe('meetings by their form', () => {
  it('reads "held negotiations with" and "held consultations with" as meetings', () => {
    const a = analyse(['On Monday in Moscow Russian Foreign Minister Sergei Lavrov held negotiations with Indian External Affairs Minister Subrahmanyam Jaishankar.'], DAY);
    expect(contactsBetween(a, 'Lavrov', 'Jaishankar')).toEqual([expect.objectContaining({ date: '2025-11-17', mode: 'in-person' })]);
    const b = analyse(['Deputy Foreign Minister Anna Kowal held consultations with her Greek counterpart Nikos Dendias on Tuesday.'], DAY);
    expect(contactsBetween(b, 'Kowal', 'Dendias')).toHaveLength(1);
  });

  it('reads a courtesy call on someone as a visit, and "called on B to …" as an appeal', () => {
    expect(contactsBetween(analyse(['Prime Minister Lee Hsien Loong paid a courtesy call on President Joko Widodo on Tuesday.'], DAY), 'Loong', 'Widodo'))
      .toEqual([expect.objectContaining({ mode: 'in-person', date: '2025-11-18' })]);
    expect(contactsBetween(analyse(['In March, US Defense Secretary Pete Hegseth called on Mr Ferdinand Marcos at Malacañang Palace.'], DAY), 'Hegseth', 'Marcos'))
      .toEqual([expect.objectContaining({ date: '2025-03' })]);
    expect(contactsBetween(analyse(['Senator Jane Doe called on President Joe Biden to resign.'], DAY), 'Doe', 'Biden')).toHaveLength(0);
    expect(contactsBetween(analyse(['Senator Jane Doe called on President Joe Biden, urging him to resign.'], DAY), 'Doe', 'Biden')).toHaveLength(0);
  });

  it('reads a session co-chaired by two as their meeting, without making them the pair a later "their" means', () => {
    const a = analyse([
      'President Vladimir Putin and Prime Minister Narendra Modi held a telephone conversation.',
      'Putin informed Modi about the commission, held in Moscow on November 17 under the co-chairmanship of First Deputy Prime Minister Denis Manturov and Minister Subrahmanyam Jaishankar.',
      'They emphasised the agreements reached during their talks in Tianjin on September 1.',
    ], DAY);
    expect(contactsBetween(a, 'Manturov', 'Jaishankar')).toEqual([expect.objectContaining({ date: '2025-11-17' })]);
    expect(contactsBetween(a, 'Putin', 'Modi').map((c) => c.date)).toContain('2025-09-01');
  });

  it('reads a host who received a delegation led by B as meeting B', () => {
    const a = analyse(['On Monday Director Aino Lehtinen hosted a US Coast Guard delegation led by Rear Adm. Daniel Ferris.'], DAY);
    expect(contactsBetween(a, 'Lehtinen', 'Ferris')).toEqual([expect.objectContaining({ mode: 'in-person', date: '2025-11-17' })]);
  });

  it('reads translated orders: "A with B held talks" and "held with B a dialogue"', () => {
    expect(contactsBetween(analyse(['On Wednesday Foreign Minister Wang Yi in Brussels with EU High Representative Kaja Kallas held the 13th round of strategic dialogue.'], DAY), 'Yi', 'Kallas'))
      .toEqual([expect.objectContaining({ date: '2025-11-19' })]);
    expect(contactsBetween(analyse(['Foreign Minister Wang Yi held with the head of European diplomacy Kaja Kallas a strategic dialogue of more than four hours.'], DAY), 'Yi', 'Kallas'))
      .toHaveLength(1);
    // A "with" phrase closed by a comma belongs to another clause.
    expect(contactsBetween(analyse(['Together with President Emmanuel Macron, Chancellor Friedrich Merz held a press conference.'], DAY), 'Macron', 'Merz')).toHaveLength(0);
  });
});

describe('Italian forms in translation', () => {
  it('reads "a telephone colloquium with" and "had heard by telephone also B" as phone calls', () => {
    expect(contactsBetween(analyse(['Prime Minister Giorgia Meloni has had today a long and cordial telephone colloquium with the President of Egypt, Abdel Fattah al-Sisi.'], DAY), 'Meloni', 'al-Sisi'))
      .toEqual([expect.objectContaining({ mode: 'phone', date: DAY })]);
    expect(contactsBetween(analyse(['In the afternoon Prime Minister Giorgia Meloni had heard by telephone also the President of the European Commission Ursula von der Leyen.'], DAY), 'Meloni', 'Leyen'))
      .toEqual([expect.objectContaining({ mode: 'phone' })]);
  });
});

describe('a tour', () => {
  it('gives one meeting with each person met on it, and none for the places visited', () => {
    const a = analyse(["President John Mahama visited Bamako, Ouagadougou and Niamey in March, meeting Burkina Faso's Captain Ibrahim Traore and Mali's General Assimi Goita."], DAY);
    expect(a.contacts.map((c) => c.participants).sort()).toEqual([['John Mahama', 'Assimi Goita'], ['John Mahama', 'Ibrahim Traore']]);
    // One place and a joint meeting: the two met together.
    const b = analyse(['President John Mahama met Captain Ibrahim Traore and General Assimi Goita in Bamako in March.'], DAY);
    expect(b.contacts.map((c) => c.participants.length)).toEqual([3]);
  });
  it('reads "flew to" as a tour and a lower-case role phrase before the names ("meeting junta leaders A, B and C")', () => {
    const a = analyse(['In March President John Mahama flew to Bamako, Ouagadougou and Niamey, meeting junta leaders Assimi Goita, Ibrahim Traore and Abdourahamane Tiani.'], DAY);
    expect(a.contacts.map((c) => c.participants).sort()).toEqual([['John Mahama', 'Abdourahamane Tiani'], ['John Mahama', 'Assimi Goita'], ['John Mahama', 'Ibrahim Traore']]);
  });
  it('gives one meeting each when the text says "in turn"', () => {
    const a = analyse(['President John Mahama met opposition leader Jean Agbeyome and Prime Minister Faure Gnassingbe in turn in Lomé in April.'], DAY);
    expect(a.contacts.map((c) => c.participants).sort()).toEqual([['John Mahama', 'Faure Gnassingbe'], ['John Mahama', 'Jean Agbeyome']]);
  });
});

describe('"received the visit of B" (translated "recibió la visita de")', () => {
  it('is a meeting in person of the host and the visitor', () => {
    const a = analyse(['President Rafael Ortiz accepted the visit of Foreign Secretary Enrique Dalisay at the palace on Wednesday.', 'Minister Lena Holt received the official visit of her counterpart Omar Fawzi.'], '2025-04-24');
    expect(contactsBetween(a, 'Ortiz', 'Dalisay')).toEqual([expect.objectContaining({ date: '2025-04-23', mode: 'in-person' })]);
    expect(contactsBetween(a, 'Holt', 'Fawzi')).toHaveLength(1);
  });
  it('is not a visit planned or refused', () => {
    const a = analyse(['President Rafael Ortiz will receive the visit of Foreign Secretary Enrique Dalisay next week.', 'Minister Lena Holt refused the visit of Omar Fawzi.'], '2025-04-24');
    expect(a.contacts).toHaveLength(0);
  });
});
