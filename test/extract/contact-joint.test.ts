// "A spoke with B, and with C in a trilateral call": one contact of the three, not two pairs.
import { describe, expect, it } from 'vitest';
import { analyse, contactsBetween } from './extract-helpers.js';

describe('a talking verb with several objects', () => {
  it('a joint call named after the objects is one contact of all', () => {
    const a = analyse(['Foreign Minister Rui Tavares spoke by phone on Friday with his Spanish counterpart, Elena Ruiz, and with Director General of the Federal Planning Directorate Karl Obst in a trilateral call.'], '2024-06-12');
    expect(contactsBetween(a, 'Tavares', 'Ruiz', 'Obst')).toHaveLength(1);
    expect(contactsBetween(a, 'Tavares', 'Ruiz')).toHaveLength(0);
  });
  it('an office word before the name stays out of it', () => {
    const a = analyse(['Foreign Minister Rui Tavares spoke by phone with Head of the Budget Secretariat Karl Obst.'], '2024-06-12');
    expect(a.people.some((p) => p.name === 'Karl Obst')).toBe(true);
    expect(a.people.some((p) => p.name.includes('Secretariat'))).toBe(false);
  });
  it('without it, one conversation with each', () => {
    const a = analyse(['Foreign Minister Rui Tavares spoke by phone on Friday with Elena Ruiz and with Karl Obst about the harbour.'], '2024-06-12');
    expect(contactsBetween(a, 'Tavares', 'Ruiz')).toHaveLength(1);
    expect(contactsBetween(a, 'Tavares', 'Obst')).toHaveLength(1);
  });
});

describe('one more participant named after the meeting', () => {
  it('adds who "was also present at the meeting" or "also attended the talks" to the contact just told', () => {
    const a = analyse([
      'Earlier in the day, President Recep Erdem received Foreign Minister Youssef Haddad at the palace. Foreign Minister Hakan Toprak was also present at the meeting, which was closed to the press.',
    ], '2025-04-08');
    expect(contactsBetween(a, 'Erdem', 'Haddad', 'Toprak')).toHaveLength(1);
    expect(a.contacts).toHaveLength(1);
    const b = analyse(['Prime Minister Lena Holt met President Omar Fawzi in Cairo on Sunday. Trade Minister Idris Kamal also attended the talks.'], '2025-04-08');
    expect(contactsBetween(b, 'Holt', 'Fawzi', 'Kamal')).toHaveLength(1);
  });
  it('does not make "present at the summit" a participant of an earlier bilateral', () => {
    const a = analyse(['Prime Minister Lena Holt met President Omar Fawzi in Cairo on Sunday. King Idris Kamal was also present at the summit.'], '2025-04-08');
    expect(a.contacts.map((c) => c.participants.length)).toEqual([2]);
  });
});

describe('who accompanied a participant', () => {
  it('adds "accompanied by C and D" and "C, who accompanied the President" to the contact', () => {
    const a = analyse([
      'President Rafael Ortiz received a courtesy call from Foreign Secretary Enrique Dalisay at the palace on Wednesday.',
      'The President, who was accompanied by Foreign Minister Tomas Reyes and Cabinet Secretary Mara Lim, held a closed-door meeting with the delegation.',
    ], '2025-04-24');
    expect(contactsBetween(a, 'Ortiz', 'Dalisay', 'Reyes', 'Lim')).toEqual([expect.objectContaining({ mode: 'in-person', initiator: null })]);
    const b = analyse([
      'President Rafael Ortiz accepted the visit of Foreign Secretary Enrique Dalisay on Wednesday.',
      'Foreign Minister Tomas Reyes, who accompanied the President in the meeting, said it was warm.',
    ], '2025-04-24');
    expect(contactsBetween(b, 'Ortiz', 'Dalisay', 'Reyes')).toHaveLength(1);
  });
  it('leaves out company still planned, and a meeting that followed', () => {
    const a = analyse(['President Rafael Ortiz met Foreign Secretary Enrique Dalisay on Wednesday. He will be accompanied by Tomas Reyes on Friday.'], '2025-04-24');
    expect(a.contacts.map((c) => c.participants.length)).toEqual([2]);
    const b = analyse(['President Rafael Ortiz met Prime Minister Lena Holt on Wednesday.', 'The talks were followed by an expanded meeting, while Prime Minister Holt was accompanied by Minister Tomas Reyes.'], '2025-04-24');
    expect(contactsBetween(b, 'Ortiz', 'Holt')).toHaveLength(1);
  });
});

describe('participants named after the call', () => {
  it('reads "held a videoconference on Tuesday (10) with two leaders. Taking part in the conversation were A and B"', () => {
    const a = analyse([
      'President Luis Amaral held a videoconference on Tuesday (10) with two South American leaders to discuss the summit. Taking part in the conversation were the President of Chile, Gabriel Bravo, and the President of Colombia, Gustavo Pena.',
    ], '2025-06-11');
    expect(contactsBetween(a, 'Amaral', 'Bravo', 'Pena')).toEqual([expect.objectContaining({ date: '2025-06-10', mode: 'video' })]);
  });
});
