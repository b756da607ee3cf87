// Transcript turns that run over several paragraphs, and long labels with an organisation before the title: the
// speaker of "I spoke with …" is the label that opened the turn, for quotes and for contacts alike.
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/core/extract/analyse-article.js';
import { analyse, contactsBetween } from './extract-helpers.js';

const briefing = [
  'Press conference by OSCE Secretary General Ilona Varga and spokesman Tomas Reiter in Vienna.',
  'TOMAS REITER (OSCE SPOKESMAN): Good morning. The Secretary General will open with remarks, then take questions.',
  'OSCE SECRETARY GENERAL ILONA VARGA: Good morning. Tomorrow the Permanent Council meets to discuss the monitoring mission.',
  'I spoke with Foreign Minister Anders Holm yesterday. He briefed me on the talks in Helsinki and on the prisoner exchange.',
  'I also met Prime Minister Petra Novak on Monday, and we agreed that the mission must continue.',
  'TOMAS REITER: First question, please.',
  'Q: Secretary General, have you spoken with the Russian side about the mission this week?',
  'OSCE SECRETARY GENERAL ILONA VARGA: I will not go into my private conversations. I can say that we are in contact with everyone.',
];

describe('transcript turns over several paragraphs', () => {
  const a = analyse(briefing, '2024-05-08');
  it('a label of five words with an organisation before the title names the person after the title', () => {
    const q = a.quotes.find((x) => x.text.startsWith('I will not go into'));
    expect(q?.speaker).toBe('Ilona Varga');
    expect(a.quotes.find((x) => x.text.includes('Permanent Council'))?.speaker).toBe('Ilona Varga');
  });
  it('"I" in an unlabelled paragraph of a turn is the label\'s speaker: the contact is between her and the person named', () => {
    const holm = contactsBetween(a, 'Varga', 'Holm');
    expect(holm).toHaveLength(1);
    expect(holm[0]?.date).toBe('2024-05-07');
    expect(contactsBetween(a, 'Varga', 'Novak')).toHaveLength(1);
  });
  it('the spokesman who only introduces her is in no contact, and the question makes none', () => {
    expect(a.contacts.some((c) => c.participants.some((p) => p.endsWith('Reiter')))).toBe(false);
    expect(a.contacts).toHaveLength(2);
  });
  it('outside a transcript an unlabelled paragraph takes no speaker from a colon line far above', () => {
    const b = analyse([
      'Note: this article was updated on Tuesday.',
      'I spoke with Foreign Minister Anders Holm yesterday, the columnist writes.',
    ], '2024-05-08');
    expect(contactsBetween(b, 'Varga', 'Holm')).toHaveLength(0);
  });
});

describe('labels with a title before the name', () => {
  const a = analyseArticle({ file: 't.txt', text: ' date 2024-05-08 Joint press conference by President Claire Moran and Joost De Lange, Prime Minister of the Netherlands\n\n' + [
    'Prime Minister Aino Lahti spoke to reporters after the summit in Oslo.',
    'PRESIDENT MORAN: Good afternoon. We had a long working dinner on energy and on the Arctic council.',
    'PRIME MINISTER DE LANGE: Thank you, Claire. My country is small, but we take our responsibilities seriously.',
  ].join('\n\n') });
  it('a name in the headline with its role after it ("X, Prime Minister of Y") is a person of the article', () => {
    expect(a.people.map((p) => p.name)).toContain('Joost De Lange');
  });
  it('"PRIME MINISTER DE LANGE" is De Lange, not the prime minister named earlier', () => {
    expect(a.quotes.find((q) => q.text.includes('my country') || q.text.includes('My country'))?.speaker).toBe('Joost De Lange');
  });
});
