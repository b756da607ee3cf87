// Offices written other ways than "the <title>": a country after the name, a nationality the own minister's title
// leaves out, periphrases ("the head of Polish diplomacy"), a title alone opening a sentence, and title acronyms.
import { describe, expect, it } from 'vitest';
import { analyse, contactsBetween, personBySurname } from './extract-helpers.js';

describe('a country after the name completes the title', () => {
  it('lets "the Ghanaian president" find "President Hamid Osei of Ghana"', () => {
    const a = analyse([
      'President Hamid Osei of Ghana arrived in Lomé on Monday.',
      'On 9 July, the Ghanaian president was received by President Jean Kabore in the Palace.',
    ], '2025-07-10');
    expect(personBySurname(a, 'Osei')?.role).toBe('President of Ghana');
    expect(contactsBetween(a, 'Osei', 'Kabore').map((c) => c.date)).toEqual(['2025-07-09']);
  });
  it('keeps a longer name after "of" out of the title', () => {
    const a = analyse(['Chairman Piet Vos of Rotterdam Harbour Holdings said the talks went well.'], '2025-07-10');
    expect(personBySurname(a, 'Vos')?.role).toBe('Chairman');
  });
});

describe('a nationality the house minister\'s own title leaves out', () => {
  it('resolves "the head of Polish diplomacy" to the one minister of no stated country', () => {
    const a = analyse([
      'Minister of Foreign Affairs Tomasz Wrona met Czech Foreign Minister Jan Dvorak in Prague on Monday.',
      'Later on Tuesday, the head of Polish diplomacy also spoke with the Minister of Foreign Affairs of Estonia, Margus Tamm.',
    ], '2025-03-13');
    expect(contactsBetween(a, 'Wrona', 'Tamm').map((c) => c.date)).toEqual(['2025-03-11']);
  });
  it('does not give that country to a minister when someone else holds its office by title', () => {
    const a = analyse([
      'Prime Minister Giulia Ferro joined the call on Monday.',
      'PRIME MINISTER DE VOS: I spoke to the Prime Minister of the Netherlands, Dick Schoof, last week about this.',
    ], '2025-05-20');
    expect(contactsBetween(a, 'Ferro', 'Vos')).toHaveLength(0);
  });
  it('resolves "the Polish head of state" and leaves it when two presidents of no country could be meant', () => {
    const one = analyse([
      'President Adam Nowicki opened the forum in Gdańsk.',
      'On 3 September the Polish head of state was received in the White House by US President Donald Trump.',
    ], '2025-09-04');
    expect(contactsBetween(one, 'Nowicki', 'Trump').map((c) => c.date)).toEqual(['2025-09-03']);
    const two = analyse([
      'President Adam Nowicki and President Lars Holm opened the forum in Gdańsk.',
      'On 3 September the Polish head of state met Prime Minister Kaja Lepp of Estonia.',
    ], '2025-09-04');
    expect(two.contacts.filter((c) => c.participants.some((p) => p.endsWith('Lepp')))).toHaveLength(0);
  });
});

describe('a title alone opening a sentence', () => {
  it('stands for the one holder of that title ("Prime Minister had a telephone conversation")', () => {
    const a = analyse([
      'Prime Minister Vikas Rao thanked the nurses in Pune.',
      'Prime Minister had a telephone conversation with Chancellor Dieter Haas of Austria on Tuesday.',
    ], '2025-03-13');
    expect(contactsBetween(a, 'Rao', 'Haas').map((c) => [c.date, c.mode])).toEqual([['2025-03-11', 'phone']]);
  });
  it('may open a clause after a comma or a joining word ("As you are aware, Prime Minister had …")', () => {
    const a = analyse([
      'As you are aware, Prime Minister had a telephone conversation with Chancellor Dieter Haas of Austria on Tuesday.',
      'As you know, Prime Minister and President Li Wen met in Tianjin in August.',
      'Spokesperson: Prime Minister Rao and President Ines Duarte spoke last month.',
    ], '2025-10-16');
    expect(contactsBetween(a, 'Rao', 'Haas').map((c) => [c.date, c.mode])).toEqual([['2025-10-14', 'phone']]);
    expect(contactsBetween(a, 'Rao', 'Wen').map((c) => c.date)).toEqual(['2025-08']);
  });
  it('is not taken from a title before a name with a particle ("President von der Leyen held …")', () => {
    const a = analyse([
      'President Ursel von der Heide held a video call today with the President of Chile, Marta Soto.',
    ], '2025-07-09');
    expect(a.contacts.map((c) => c.participants.length)).toEqual([2]);
    expect(contactsBetween(a, 'Heide', 'Soto')).toHaveLength(1);
  });
});

describe('a title acronym', () => {
  it('stands for the holder of a head-last title ("EAM", "the PM")', () => {
    const a = analyse([
      'External Affairs Minister Arun Mehta will travel to Oslo.',
      'EAM had a telephone conversation yesterday with the Foreign Minister of Norway, Mr. Ola Berg.',
      'Prime Minister Vikas Rao was in Pune. The PM met Chancellor Dieter Haas of Austria on Tuesday.',
    ], '2025-03-13');
    expect(personBySurname(a, 'Mehta')?.role).toBe('External Affairs Minister');
    expect(contactsBetween(a, 'Mehta', 'Berg').map((c) => c.date)).toEqual(['2025-03-12']);
    expect(contactsBetween(a, 'Rao', 'Haas').map((c) => c.date)).toEqual(['2025-03-11']);
  });
  it('never reads a head-first title\'s initials ("MFA" is the ministry)', () => {
    const a = analyse([
      'Minister For Aid Ola Berg spoke in Oslo. The MFA met the delegation of Chancellor Dieter Haas on Tuesday.',
    ], '2025-03-13');
    expect(contactsBetween(a, 'Berg', 'Haas')).toHaveLength(0);
  });
});

describe('a title heading the name after its comma', () => {
  it('gives the role and leaves the later "the Amir" free to find him ("His Highness the Amir, Sheikh …")', () => {
    const a = analyse([
      'His Highness the Amir, Sheikh Khalid bin Faisal Al Nuaimi, received a phone call from Prime Minister Marta Russo of Italy on Monday.',
      'HH the Amir had received the Italian Prime Minister at the Palace on January 13.',
    ], '2025-03-11');
    expect(personBySurname(a, 'Nuaimi')?.role).toBe('Amir');
    expect(contactsBetween(a, 'Nuaimi', 'Russo').map((c) => c.date).sort()).toEqual(['2025-01-13', '2025-03-10']);
  });
});

describe('an office whose complement is an organisation or another office', () => {
  it('reads "the Chairman of the Transitional Unity Council, General B" as one person met, the council no one', () => {
    const a = analyse([
      'The Personal Envoy of the Secretary-General, Rami Lamar, was in Port Sudan on Tuesday, where he met with the Chairman of the Transitional Unity Council, General Adil Fattah al-Barhan.',
    ], '2025-11-20');
    expect(a.people.map((p) => p.name).sort()).toEqual(['Adil Fattah al-Barhan', 'Rami Lamar']);
    expect(personBySurname(a, 'Lamar')?.role).toBe('Personal Envoy of the Secretary-General');
    expect(contactsBetween(a, 'Lamar', 'al-Barhan').map((c) => c.date)).toEqual(['2025-11-18']);
  });
});

describe('a capitalised periphrasis', () => {
  it('reads "the Head of State" as "the head of state"', () => {
    const a = analyse([
      'President Kassym Tolegen spoke about Latvia on Monday.',
      'Minister of Foreign Affairs of the Republic of Latvia Baiba Kalnina was received by the Head of State at the Akorda.',
    ], '2025-05-21');
    expect(contactsBetween(a, 'Kalnina', 'Tolegen')).toEqual([expect.objectContaining({ mode: 'in-person' })]);
  });
});

describe('a readout\'s bare "the President"', () => {
  it('is its own head of state, not the foreign president it spoke with', () => {
    const a = analyse([
      'Astana holds telephone talks with Belgrade',
      'The Head of State Nurlan Abenov had a telephone conversation with President of the Republic of Serbia Dragan Ilić.',
      'The two Presidents also exchanged views on the international agenda.',
      'On the same day, the President received Minister of Foreign Affairs of Hungary Gábor Kertész.',
    ], '2025-10-08');
    expect(contactsBetween(a, 'Abenov', 'Kertész')).toHaveLength(1);
    expect(contactsBetween(a, 'Ilić', 'Kertész')).toEqual([]);
  });
});

describe('a Title Case headline', () => {
  it('names no one with words the body writes in lower case ("Amir Receives Phone Call from …")', () => {
    const a = analyse(['Amir Receives Phone Call from Italian Prime Minister', 'His Highness the Amir Sheikh Khalid bin Nasser received a phone call today from the Prime Minister of Italy Carla Bruni.'], '2025-11-18');
    expect(a.people.map((p) => p.name)).not.toContain('Receives Phone Call');
  });
});

describe('two offices of one person, and a style after the office', () => {
  it('reads "Deputy Prime Minister and Foreign Minister Senator A" and finds A by either office', () => {
    const a = analyse([
      'He praised the visit of Deputy Prime Minister and Foreign Minister Senator Tariq Mahmood to Dhaka in August, during which the Deputy Prime Minister called on the Chief Adviser.',
      'Chief Adviser Professor Kamal Hossain thanked him. Later the Foreign Minister spoke with Ambassador Lina Park.',
    ], '2025-09-11');
    expect(personBySurname(a, 'Mahmood')?.role).toBe('Deputy Prime Minister and Foreign Minister');
    expect(personBySurname(a, 'Hossain')?.role).toBe('Chief Adviser');
    expect(contactsBetween(a, 'Mahmood', 'Park')).toHaveLength(1);
    // "President Lee and Foreign Minister Cho": a name before "and" ends the title.
    const b = analyse(['President Min Lee and Foreign Minister Jae Cho met the envoy.'], '2025-09-11');
    expect(personBySurname(b, 'Cho')?.role).toBe('Foreign Minister');
  });
});
