// People: names from capitalised spans, roles from titles and appositions, mentions linked to the right person.
import { describe, expect, it } from 'vitest';
import { buildArticleContext } from '../../src/core/extract/build-context.js';
import { resolvePronoun } from '../../src/core/extract/pronouns.js';
import { parseArticle } from '../../src/core/ingest/parse-article.js';

const ctxOf = (paragraphs: string[]) => buildArticleContext(parseArticle({ file: 'p.txt', text: ` date 2023-03-15 ${paragraphs.join('\n\n')}` }));
const names = (paragraphs: string[]): string[] => ctxOf(paragraphs).people.people.map((p) => p.name);
const who = (paragraphs: string[], sentence: number): string[] => ctxOf(paragraphs).people.mentionsIn(sentence).map((m) => `${m.text}=${m.person.name}`);

describe('people', () => {
  it('finds a full name after a pre-name title and keeps the title as the role', () => {
    const [p] = ctxOf(['Russian Defense Minister Sergei Shoigu spoke on Friday.']).people.people;
    expect(p).toMatchObject({ name: 'Sergei Shoigu', role: 'Russian Defense Minister' });
  });

  it('takes a role from an apposition ("Nikolai Patrushev, Secretary of the Russian Security Council,")', () => {
    const people = ctxOf(['Jake Sullivan phoned Nikolai Patrushev, Secretary of the Russian Security Council, on March 16.']).people.people;
    expect(people.find((p) => p.name === 'Nikolai Patrushev')?.role).toBe('Secretary of the Russian Security Council');
  });

  it('does not take organisations, places, months or weekdays for people', () => {
    expect(names(['The Washington Post and the Security Council met in New York on Friday, May 5, with Snake Island in view.'])).toEqual([]);
    expect(names(['The president of the European Volleyball Confederation, Lorenzo Bassetti, met the minister.'])).toEqual(['Lorenzo Bassetti']);
  });

  it('keeps the short form as the name and the long form as an alias ("Lloyd J. Austin III")', () => {
    const p = ctxOf(['Secretary Lloyd J. Austin III spoke.', 'Lloyd Austin said so. Austin left.']).people.people[0];
    expect(p?.name).toBe('Lloyd Austin');
    expect(p?.aliases).toEqual(expect.arrayContaining(['Lloyd J. Austin III', 'Austin']));
  });

  it('links a surname to the most recent full name: Jake Sullivan the adviser, John Sullivan the ambassador', () => {
    const text = ['National Security Adviser Jake Sullivan phoned Patrushev.', 'Sullivan told him to stop.', 'The ministry summoned US Ambassador John Sullivan.', 'Sullivan declined to comment.'];
    expect(who(text, 1)).toEqual(['Sullivan=Jake Sullivan']);
    expect(who(text, 3)).toEqual(['Sullivan=John Sullivan']);
  });

  it('links title + surname ("Minister Shoigu", "Gen. Milley") and resolves a role mention ("the minister")', () => {
    const text = ['Defense Minister Sergei Shoigu and General Mark Milley spoke.', 'Minister Shoigu said so, and Gen. Milley agreed.', 'The minister then left.'];
    expect(who(text, 1)).toEqual(['Minister Shoigu=Sergei Shoigu', 'Gen. Milley=Mark Milley']);
    expect(who(text, 2)).toEqual(['The minister=Sergei Shoigu']);
  });

  it('keeps two people with one surname apart by the gender of "Mr"/"Ms" and an apposition', () => {
    const text = ['Commerce Minister Anil Bhargava met the commissioner.', 'It was attended by India’s ambassador to the EU, Meera Bhargava.',
      '“We made progress,” Mr Bhargava said.', 'Ms Bhargava, the ambassador, agreed.'];
    expect(who(text, 2)[0]).toBe('Mr Bhargava=Anil Bhargava');
    expect(who(text, 3)[0]).toBe('Ms Bhargava=Meera Bhargava');
  });

  it('resolves a family name written first ("Liang told ...") and a name with a particle ("al-Rashidi")', () => {
    expect(who(['Chinese Foreign Minister Liang Wenhao met her.', 'Liang told reporters.'], 1)).toEqual(['Liang=Liang Wenhao']);
    expect(names(['Foreign Minister Mehmet Karaduman phoned Qatar’s Minister of State Muhammad al-Rashidi on Monday.'])).toEqual(['Mehmet Karaduman', 'Muhammad al-Rashidi']);
  });

  it('names a titled surname alone as a person when no full name is given ("Mr Blair")', () => {
    expect(names(['Mr Blair said the talks went well.'])).toEqual(['Blair']);
    expect(names(['Blair said the talks went well.'])).toEqual([]);
  });

  it('gives a counterpart the other person’s office in another country', () => {
    const p = ctxOf(['Russian Defense Minister Sergei Shoigu had a telephone conversation with his US counterpart Lloyd Austin.']).people.people;
    expect(p.find((x) => x.name === 'Lloyd Austin')?.role).toBe('US Defense Minister');
  });

  it('resolves a pronoun to the most recent subject, and an object pronoun to someone else', () => {
    const ctx = ctxOf(['Secretary of State Antony Blinken declined to meet with Foreign Minister Sergei Lavrov, but spoke to him by phone.', 'He said it went well.']);
    const s0 = ctx.sentences[0]?.text ?? '';
    expect(resolvePronoun(ctx, 1, 0)?.name).toBe('Antony Blinken');
    const subject = ctx.people.mentionsIn(0)[0]?.person;
    expect(subject?.name).toBe('Antony Blinken');
    expect(resolvePronoun(ctx, 0, s0.indexOf('him'), subject ? [subject] : [])?.name).toBe('Sergei Lavrov');
  });
});

describe('people: name shapes of readouts and translations', () => {
  it('reads a family name in capitals after an honorific as surname-first ("Mr. NAKAMURA Daichi")', () => {
    const ctx = ctxOf(['Mr. NAKAMURA Daichi, Vice-Minister for Economy of Japan, received the delegation.', 'Vice-Minister Nakamura then left.']);
    expect(ctx.people.people.map((p) => p.name)).toEqual(['Daichi Nakamura']);
    expect(ctx.people.mentionsIn(1)[0]?.person.name).toBe('Daichi Nakamura');
  });

  it('does not read a transcript label or an acronym in capitals as a name', () => {
    expect(names(['MR. HOLLOWAY: Thanks, everyone. The OSCE Secretariat agreed.'])).toEqual([]);
  });

  it('keeps lower-case particles in a surname used after a title ("Chancellor de Vries")', () => {
    const ctx = ctxOf(['Marieke de Vries, the Dutch finance minister, arrived on Monday.', 'Minister de Vries said the budget would pass.']);
    expect(ctx.people.people.map((p) => p.name)).toEqual(['Marieke de Vries']);
    expect(ctx.people.mentionsIn(1)[0]?.text).toBe('Minister de Vries');
    expect(names(['The de facto ruler of the region left.'])).toEqual([]);
  });

  it('drops a generational suffix from the short name ("Alton B. Carver Jr.")', () => {
    const ctx = ctxOf(['Rep. Alton B. Carver Jr. opened the hearing.', 'Representative Carver said it would be short.']);
    expect(ctx.people.people.map((p) => p.name)).toEqual(['Alton Carver']);
    expect(ctx.people.people[0]?.aliases).toContain('Alton B. Carver Jr');
  });

  it('does not take camps, shoals, treaties or wars for people', () => {
    expect(names(['Troops left Camp Rendova near Second Thomas Shoal after the Cold War and the Lisbon Treaty.'])).toEqual([]);
  });

  it('does not take island states, place compounds or a "Leaders Meeting" for people', () => {
    expect(names(['Ministers from the Marshall Islands met at the Forum Leaders Meeting after the 2022 Solomon Islands-China pact.'])).toEqual([]);
  });

  it('does not take the second word of a two-word country into the name after it ("to Viet Nam Choi Young Sam")', () => {
    expect(names(['The Prime Minister received Ambassador of Korea to Viet Nam Choi Young Sam and envoys from Sri Lanka.'])).toEqual(['Choi Young Sam']);
    expect(names(['Prime Minister Phạm Minh Chính received Ambassador of Thailand in Việt Nam Urawadee Srisuk and General Secretary Tô Lâm.'])).toEqual(['Phạm Minh Chính', 'Urawadee Srisuk', 'Tô Lâm']);
    expect(names(['He received Malaysian Ambassador to Viet Nam Tan Yang Thai and Thai officials.'])).toEqual(['Tan Yang Thai']);
    expect(names(['Plans for Los Angeles 2028 and the San Francisco meeting drew Francisco Lopes and Angeles Ruiz.'])).toEqual(['Francisco Lopes', 'Angeles Ruiz']);
  });

  it('keeps a religious honorific out of the name ("Acting Foreign Minister Mawlawi Jamal Rahimi")', () => {
    const people = ctxOf(['He held a telephone conversation with Acting Foreign Minister Mawlawi Jamal Rahimi on Monday.']).people.people;
    expect(people.map((p) => [p.name, p.role])).toEqual([['Jamal Rahimi', 'Acting Foreign Minister']]);
  });

  it('reads a title word after a style of address as a given name ("Mawlawi Amir Khan Muttaqi")', () => {
    const people = ctxOf(['He spoke with Acting Foreign Minister Mawlawi Amir Farid Noori on Monday.']).people.people;
    expect(people.map((p) => [p.name, p.role])).toEqual([['Amir Farid Noori', 'Acting Foreign Minister']]);
  });

  it('keeps "Md." (Mohammad) inside the name and the sentence ("Mr. Md. Iqbal Hussain Khan")', () => {
    const ctx = ctxOf(['The minister received the High Commissioner of Bangladesh, Mr. Md. Rafiq Uddin Talukder, on Tuesday.']);
    expect(ctx.sentences).toHaveLength(1);
    expect(ctx.people.people.map((p) => p.name)).toEqual(['Md Rafiq Uddin Talukder']);
    const ma = ctxOf(['He phoned Philippine Secretary of Foreign Affairs Ma. Luisa Dizon. The talks ran long, said President Ma. The rest waited.']);
    expect(ma.sentences).toHaveLength(3);
    expect(ma.people.people.map((p) => [p.name, p.role])).toContainEqual(['Ma Luisa Dizon', 'Philippine Secretary of Foreign Affairs']);
  });

  it('keeps Indian styles of address out of the name ("Shri", "Smt.", "Hon\'ble")', () => {
    const people = ctxOf(["Shri Arun Verma met Smt. Kavita Rao on Monday, and then spoke with Hon'ble Nimal Perera, Foreign Minister of Sri Lanka."]).people.people;
    expect(people.map((p) => p.name)).toEqual(['Arun Verma', 'Kavita Rao', 'Nimal Perera']);
  });

  it('takes a given name written with and without an aspirate h for one person, not two people of one surname', () => {
    const people = ctxOf(['Minister Arun Verma spoke with Vijita Herath of Sri Lanka.', 'He later wrote that he had a good conversation with Vijitha Herath.', 'Esther Mwangi and her brother Peter Mwangi waited at the border.']).people.people;
    expect(people.map((p) => p.name)).toEqual(['Arun Verma', 'Vijita Herath', 'Esther Mwangi', 'Peter Mwangi']);
  });

  it('keeps a style of address after the comma with the name ("the Prime Minister of Fiji, the Hon Tevita Ravu")', () => {
    const people = ctxOf(['Today I spoke with the Prime Minister of Fiji, the Hon Tevita Ravu, by video conference.']).people.people;
    expect(people.map((p) => [p.name, p.role])).toEqual([['Tevita Ravu', 'Prime Minister of Fiji']]);
    const sa = ctxOf(['He met the Foreign Minister of Oman, His Excellency Badr Hamad, in Muscat.']).people.people;
    expect(sa.map((p) => [p.name, p.role])).toEqual([['Badr Hamad', 'Foreign Minister of Oman']]);
  });
});

describe('people: role mentions, headlines and genders', () => {
  const withTitle = (title: string, paragraphs: string[]) =>
    buildArticleContext(parseArticle({ file: 'p.txt', text: ` date 2023-03-15 ${title}\n\n${paragraphs.join('\n\n')}` }));

  it('reads "the President of the Republic" as the principal the headline names, not the foreign president', () => {
    const ctx = withTitle('Call between President Amara Diallo and President Tomas Berzins of Latvia', [
      'The President of the Republic held a call on Monday with the President of Latvia, Tomas Berzins.',
      'The President of the Republic then thanked his counterpart.']);
    expect(ctx.people.mentionsIn(0).map((m) => `${m.text}=${m.person.name}`)).toContain('The President of the Republic=Amara Diallo');
    expect(ctx.people.mentionsIn(1)[0]?.person.name).toBe('Amara Diallo');
    // Without a principal anywhere, "of the Republic" stays unresolved.
    const none = withTitle('A day of talks', ['The President of the Republic spoke with the President of Latvia, Tomas Berzins.']);
    expect(none.people.mentionsIn(0).map((m) => m.text)).not.toContain('The President of the Republic');
  });

  it('keeps the referent of a bare capitalised "the Chancellor" fixed, and leaves it unnamed when it comes first', () => {
    const ctx = ctxOf(['Chancellor Ilse Brenner opened the summit.', 'The Chancellor spoke for an hour.', 'Later Chancellor Jonas Falk of Austria arrived.', 'The Chancellor welcomed him warmly.']);
    expect(ctx.people.mentionsIn(3)[0]?.person.name).toBe('Ilse Brenner');
    const unnamed = ctxOf(['The Chancellor will host the summit.', 'Chancellor Jonas Falk of Austria arrived.', 'The Chancellor welcomed him.']);
    expect(unnamed.people.mentionsIn(2).map((m) => m.person.name)).toEqual([]);
  });

  it('links a lead that opens with a role to the person named later ("Norway\'s fisheries minister said she ...")', () => {
    const ctx = ctxOf(['Norway\'s fisheries minister said on Tuesday she had called her Icelandic counterpart.', '"We need quotas," Ingrid Solvang told reporters.']);
    const p = ctx.people.people.find((x) => x.name === 'Ingrid Solvang');
    expect(ctx.people.mentionsIn(0)[0]?.person).toBe(p);
    expect(p?.role).toBe("Norway's fisheries minister");
    // Mid-article, an indefinite role is a new unnamed person.
    const mid = ctxOf(['Ingrid Solvang spoke first.', 'Others followed.', 'A senior minister said the talks failed.']);
    expect(mid.people.mentionsIn(2)).toEqual([]);
  });

  it('takes a pair after "in"/"at" for a place unless it is a name elsewhere; a name before organisation words is a thing', () => {
    expect(names(['Delegates met in Porto Velho and at Villa Borghese on Friday.'])).toEqual([]);
    expect(names(['Reporters gathered in the Harold T. Gaines Press Room.'])).toEqual([]);
    expect(names(['Reporters asked Harold Gaines about it.', 'The vote was in Harold Gaines favour.'])).toEqual(['Harold Gaines']);
  });

  it('resolves "she" past a man the article marks with "he" to the woman named before', () => {
    const ctx = ctxOf(['Mayor Ruth Okello met Governor Paul Wanjiru on Friday.', 'Wanjiru told reporters that the roads would be repaired.',
      'He called the visit "useful".', 'On Sunday she spoke with the transport minister.']);
    expect(ctx.people.genderOf(ctx.people.people.find((p) => p.name === 'Paul Wanjiru') as never)).toBe('m');
    const she = ctx.sentences[3]?.text.indexOf('she') ?? -1;
    expect(resolvePronoun(ctx, 3, she)?.name).toBe('Ruth Okello');
    const he = ctxOf(['Mayor Ruth Okello met Governor Paul Wanjiru on Friday.', 'On Sunday he spoke with the minister.']);
    expect(resolvePronoun(he, 1, he.sentences[1]?.text.indexOf('he') ?? -1)?.name).toBe('Ruth Okello');
  });
});

describe('people: roles around honorifics and ranks', () => {
  const roleOf = (paragraphs: string[], name: string) => ctxOf(paragraphs).people.people.find((p) => p.name === name)?.role;

  it('leaves honorifics and ranks before the name out of the office', () => {
    expect(roleOf(['Transport secretary Dame Olivia Grange opened the line.'], 'Olivia Grange')).toBe('Transport secretary');
    expect(roleOf(['Navy spokesman Capt. Colin Tate said so.'], 'Colin Tate')).toBe('Navy spokesman');
    expect(roleOf(['Army Press Secretary Brig. Gen. Dana Holt said so.'], 'Dana Holt')).toBe('Army Press Secretary');
    // A rank that is the whole title stays.
    expect(roleOf(['General Rhys Penry said so.'], 'Rhys Penry')).toBe('General');
  });

  it('takes the office before a comma over a style after it ("the Deputy Prime Minister and Foreign Minister, Senator X")', () => {
    expect(roleOf(['Also yesterday, the Deputy Prime Minister and Foreign Minister, Senator Imran Qazi, held talks.'], 'Imran Qazi'))
      .toBe('Deputy Prime Minister and Foreign Minister');
  });

  it('spells out an abbreviated title that is the whole role ("Sen." → Senator)', () => {
    expect(roleOf(['Sen. Clara Voss, D-Ore., objected.'], 'Clara Voss')).toBe('Senator');
  });

  it('takes "the head of <any words>," before a name as the role, but not a clause that merely ends in a comma', () => {
    expect(roleOf(['She met the head of the U.N. refugee agency, Karin Olsen, in Geneva.'], 'Karin Olsen')).toBe('head of the U.N. refugee agency');
    expect(roleOf(['The talks collapsed over grain quotas, Karin Olsen said.'], 'Karin Olsen')).toBeNull();
  });
});

describe('people: headlines, long names, craft', () => {
  it('reads an initial glued to a surname as a name ("J.Bayramov", "U.Khurelsukh") and keeps "U.S." whole', () => {
    const people = ctxOf(['Minister of Foreign Affairs Jeyhun Bayramov spoke.', 'Later J.Bayramov and President of Mongolia U.Khurelsukh met U.S. envoys.']).people.people;
    expect(people.map((p) => [p.name, p.aliases])).toEqual([['Jeyhun Bayramov', ['J.Bayramov']], ['U.Khurelsukh', []]]);
  });
  it('keeps capitals and "Undersecretary" out of names ("from Kuala Lumpur", "Undersecretary Claire Castro")', () => {
    const people = ctxOf(['Undersecretary Carla Reyes said the President arrived back from Kuala Lumpur and Phnom Penh last night.']).people.people;
    expect(people.map((p) => [p.name, p.role])).toEqual([['Carla Reyes', 'Undersecretary']]);
  });
  it('never takes a company or a commission for a person ("Calder Robotics", "Joint Commission for Bilateral Cooperation")', () => {
    const people = ctxOf(['What stopped Calder Robotics was a meeting with Technology Secretary Liz Kendall at the Joint Commission for Bilateral Cooperation.']).people.people;
    expect(people.map((p) => p.name)).toEqual(['Liz Kendall']);
  });
  const fromTitle = (title: string, body: string) =>
    buildArticleContext(parseArticle({ file: 'p.txt', text: ` date 2023-03-15 ${title}\n\n${body}` })).people.people.map((p) => p.name);

  it('takes a titled name from a sentence-case headline, but no verbs from a Title Case one', () => {
    expect(fromTitle('Phone call between Premier Hanna Lund and the mayor', 'The Premier spoke for an hour.')).toEqual(['Hanna Lund']);
    expect(fromTitle('Minister Hanna Lund Holds Video Talks With Farmers', 'The call lasted an hour.')).toEqual([]);
  });

  it('reads the last two words of a longer name as that person ("Maria Ruiz Tagle" … "Ruiz Tagle")', () => {
    expect(names(['Maria Ruiz Tagle arrived.', 'Ruiz Tagle then spoke.'])).toEqual(['Maria Ruiz Tagle']);
  });

  it('does not take a name followed by a number for a person ("Sea Falcon 7")', () => {
    expect(names(['The tanker Nordic Falcon 7 docked.'])).toEqual([]);
    expect(names(['Captain Ivo Marsh docked at 7 a.m.'])).toEqual(['Ivo Marsh']);
  });
});

describe('people: genders', () => {
  it('learns a gender from an honorific before a full name and from pronouns that follow a lone name', () => {
    const ctx = ctxOf(['Mrs Lea Vik chaired the meeting.', 'Arne Dahl said he would resign.', 'On Monday she met Knut Berg.']);
    const g = (name: string) => ctx.people.genderOf(ctx.people.people.find((p) => p.name === name) as never);
    expect(g('Lea Vik')).toBe('f');
    expect(g('Arne Dahl')).toBe('m');
    // A pronoun before the only name in its sentence is someone else: Knut Berg stays unknown.
    expect(g('Knut Berg')).toBeNull();
  });
});

describe('people: roles set off by commas', () => {
  const roleOf = (text: string, name: string) => ctxOf([text]).people.people.find((p) => p.name === name)?.role ?? null;

  it('takes an owner\'s or determiner\'s role before the comma ("Fairport Council\'s finance chief, Omar Haddad")', () => {
    expect(roleOf('Fairport Council’s finance chief, Omar Haddad, resigned.', 'Omar Haddad')).toBe('Fairport Council’s finance chief');
    expect(roleOf('Their housing spokeswoman, Ines Roldan, objected.', 'Ines Roldan')).toBe('housing spokeswoman');
    expect(roleOf('After the vote collapsed in the chamber, Omar Haddad resigned.', 'Omar Haddad')).toBeNull();
  });

  it('reads an apposition with an unlisted nationality and plain portfolio words, never a verb', () => {
    expect(roleOf('Lina Moreau, a Malian mediator for the Sahel Group, arrived.', 'Lina Moreau')).toBe('Malian mediator for the Sahel Group');
    expect(roleOf('Lina Moreau, met the press minister, Ivo Dal.', 'Lina Moreau')).toBeNull();
  });

  it('reads a hyphenated title ("ANC-chief") and looks past an honorific to the role before it', () => {
    expect(roleOf('ANC-chief Thabo Dlamini spoke first.', 'Thabo Dlamini')).toBe('ANC-chief');
    expect(roleOf('The bank’s chief economist, Dame Rosa Kline, warned of a slowdown.', 'Rosa Kline')).toBe('bank’s chief economist');
  });
});

describe('people: spellings of one name', () => {
  it('merges transliterations of one given name with one surname, not two different given names', () => {
    expect(names(['General Olexiy Dovzhenko spoke.', 'Oleksiy Dovzhenko later left.'])).toEqual(['Olexiy Dovzhenko']);
    expect(names(['Alexander Petrov met his brother.', 'Alexei Petrov stayed home.'])).toEqual(['Alexander Petrov', 'Alexei Petrov']);
  });

  it('keeps a country before a name out of it, and streets, dialogues and ministries out of people', () => {
    expect(names(['The Ambassador of Türkiye Selim Aydın met the Foreign Ministry team on Downing Street before the Halifax Dialogue.'])).toEqual(['Selim Aydın']);
  });
});

describe('people: titles before a surname', () => {
  it('takes the whole title before a surname as a role, and a counterpart gets that office', () => {
    const ctx = ctxOf(['Amara Keita and her Senegalese counterpart, Ousmane Faye, spoke on Monday.', 'Prime Minister Keita said the call went well.']);
    expect(ctx.people.people.map((p) => `${p.name}|${p.role}`)).toEqual(['Amara Keita|Prime Minister', 'Ousmane Faye|Senegalese Prime Minister']);
    // "Mr" is no role.
    expect(ctxOf(['Amara Keita spoke.', 'Mr Keita left.']).people.people[0]?.role).toBeNull();
  });
});
