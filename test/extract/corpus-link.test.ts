// Linking across articles: one person per spelling family, one story per event, inferred dates, stable ids.
import { describe, expect, it } from 'vitest';
import { analyseCorpus, storyKeys } from '../../src/core/corpus/analyse-corpus.js';
import { linkBatch } from '../../src/core/corpus/link-batch.js';
import { personKey, samePerson } from '../../src/core/corpus/person-key.js';
import { analyseArticle } from '../../src/core/extract/analyse-article.js';
import { article } from './extract-helpers.js';

const A = 'US Defense Secretary Robert Haldane';
const B = 'Russian Defence Minister Viktor Zubarev';

describe('person keys', () => {
  it('folds transliteration variants to one key and keeps different surnames apart', () => {
    expect(personKey('Oleksii Reznikov')).toBe(personKey('Oleksiy Reznikov'));
    expect(personKey('Sergei Shoigu')).toBe(personKey('Sergei Shoygu'));
    expect(personKey('Oleksandr Hrytsenko')).toBe(personKey('Olexander Grytsenko'));
    expect(personKey('Sergei Shoigu')).not.toBe(personKey('Sergei Lavrov'));
  });

  it('treats Mohammed/Muhammad al-Rashidi as one person and Jake/John Sullivan as two', () => {
    expect(samePerson('Mohammed Al-Rashidi', 'Muhammad al-Rashidi')).toBe(true);
    expect(samePerson('Jake Sullivan', 'John Sullivan')).toBe(false);
    // Ж written ž (Serbian), zh (English) or j (Kazakh): one given name.
    expect(samePerson('Kasim-Žomart Tokajev', 'Kassym-Jomart Tokayev')).toBe(true);
    expect(samePerson('Zhomart Tokayev', 'Jomart Tokayev')).toBe(true);
    expect(samePerson('Zoran Tokajev', 'Jovan Tokayev')).toBe(false);
    expect(samePerson('Vijita Herath', 'Vijitha Herath')).toBe(true);
    // A second (maternal) surname after the name most coverage uses.
    expect(samePerson('Claudia Sheinbaum Pardo', 'Claudia Sheinbaum')).toBe(true);
    expect(samePerson('Claudia Sheinbaum', 'Claudia Sheinbaum Pardo')).toBe(true);
    expect(samePerson('Claudia Sheinbaum Pardo', 'Maria Sheinbaum')).toBe(false);
    // A sovereign's title is not a name word; another numeral or a longer name is someone else.
    expect(samePerson('King Abdullah II', 'Abdullah II')).toBe(true);
    expect(samePerson('U.Khurelsukh', 'Ukhnaagiin Khürelsükh')).toBe(true);
    expect(samePerson('King Abdullah II', 'Abdullah I')).toBe(false);
    expect(samePerson('Abdullah II', 'Faisal bin Abdullah')).toBe(false);
  });

  it('treats a name with a first given name left out as the same person, but not a different second given name', () => {
    expect(samePerson('Matamela Cyril Ramaphosa', 'Cyril Ramaphosa')).toBe(true);
    expect(samePerson('Cyril Ramaphosa', 'Matamela Cyril Ramaphosa')).toBe(true);
    expect(samePerson('Matamela Cyril Ramaphosa', 'Thabo Ramaphosa')).toBe(false);
    expect(samePerson('Jo Ann Lee', 'Ann Lee')).toBe(false);
  });
  it('keeps a regnal name apart from a longer name ending in the same word', () => {
    expect(samePerson('Abdullah II', 'Faisal bin Farhan bin Abdullah')).toBe(false);
    expect(samePerson('Abdullah II', 'Abdullah I')).toBe(false);
    expect(samePerson('Abdullah II', 'Abdullah')).toBe(true);
    expect(samePerson('Abdullah II', 'Abdullah II')).toBe(true);
  });
  it('links a regnal name to no other person of that last word across coverage', () => {
    const r = analyseCorpus([
      article(['Foreign Minister Prince Faisal bin Khalid bin Abdullah phoned Foreign Minister Ayman Sadiq on Thursday.'], '2025-10-10', 'a.txt'),
      article(['King Abdullah II received President Mahmoud Abbas at the palace on Saturday.'], '2025-10-12', 'b.txt'),
    ]);
    const names = r.articles.flatMap((a) => a.contacts.map((c) => c.participants.join(' + ')));
    expect(names).toContain('Abdullah II + Mahmoud Abbas');
  });
});

describe('linkBatch', () => {
  const march = article([`${A} spoke by phone today with ${B}.`], '2023-03-15', 'a-march.txt');
  const marchUndated = article([`${A} and ${B} spoke by phone about the drone for about an hour.`], null, 'b-undated.txt');
  const october = article([`${A} received a call from ${B} on Friday.`, 'The conversation lasted about 20 minutes.'], '2023-10-07', 'c-october.txt');

  it('makes two stories of two calls of one pair on different dates, with readable ids', () => {
    const c = analyseCorpus([march, october]);
    expect(c.stories.map((s) => s.id).sort()).toEqual(['haldane-zubarev-2023-03-15', 'haldane-zubarev-2023-10-06']);
  });

  it('gives an undated report the date of its story, marked inferred, whatever the input order', () => {
    for (const order of [[march, marchUndated, october], [marchUndated, october, march]]) {
      const c = analyseCorpus(order);
      const undated = c.articles.find((a) => a.article.file === 'b-undated.txt');
      expect(undated?.contacts[0]).toMatchObject({ date: '2023-03-15', dateInferred: true });
      expect(c.stories.find((s) => s.articles.includes('b-undated.txt'))?.articles).toContain('a-march.txt');
    }
  });

  it('gives a wire dateline its year from the story, then reads the weekday against it', () => {
    const wire = article(['WASHINGTON, March 16 (Reuters) - U.S. Defense Secretary Robert Haldane and his Russian counterpart Viktor Zubarev clashed in a phone call on Wednesday.'], null, 'd-wire.txt');
    const c = analyseCorpus([wire, march]);
    const w = c.articles.find((a) => a.article.file === 'd-wire.txt');
    expect(w?.article.published).toBe('2023-03-16');
    expect(w?.contacts[0]).toMatchObject({ date: '2023-03-15', dateInferred: false });
  });

  it('reads an undated text without a dateline against its story: weekdays and "last week" get dates, recalled contacts stay', () => {
    const dated = article(['Chancellor Jonas Weber telephoned on Tuesday with President Karol Nowak of Poland.'], '2025-10-22', 'e-dated.txt');
    const undated = article([
      'Chancellor Jonas Weber has today telephoned with the Polish President Karol Nowak.',
      'Weber had already on Sunday with the Polish prime minister Donald Zielinski telephoned.',
      'Foreign minister Anna Roth had last week in Warsaw met her Polish colleague Piotr Malek.',
    ], null, 'f-undated.txt');
    const c = analyseCorpus([undated, dated]);
    const u = c.articles.find((a) => a.article.file === 'f-undated.txt');
    const dateOf = (x: string): (string | null)[] => (u?.contacts ?? []).filter((k) => k.participants.some((p) => p.endsWith(x))).map((k) => k.date);
    expect(dateOf('Nowak')).toEqual(['2025-10-21']);
    expect(dateOf('Zielinski')).toEqual(['2025-10-19']);
    expect(dateOf('Malek')).toEqual(['2025-10']);
  });

  it('shifts the assumed day of publication so the lead falls on the story\'s day ("yesterday")', () => {
    const dated = article([`${A} met ${B} in Geneva on Tuesday.`], '2023-09-20', 'g-dated.txt');
    const undated = article([
      `${A} held talks with ${B} in Geneva yesterday.`,
      'Haldane had already spoken by phone with French Defence Minister Paul Girard on Monday.',
    ], null, 'h-undated.txt');
    const c = analyseCorpus([undated, dated]);
    const u = c.articles.find((a) => a.article.file === 'h-undated.txt');
    expect(u?.contacts[0]?.date).toBe('2023-09-19');
    // Read as published on the story's day (19th), "yesterday" would be the 18th: only the day after puts the lead right.
    expect(u?.contacts.find((k) => k.participants.some((p) => p.endsWith('Girard')))?.date).toBe('2023-09-18');
  });

  it('merges spelling variants across articles under the first dated spelling', () => {
    const one = article(['Defense Secretary Lloyd Austin spoke with Ukrainian Defense Minister Oleksii Reznikov on Friday.'], '2022-10-22', 'x.txt');
    const two = article(['Defense Secretary Lloyd Austin spoke with Ukrainian Defense Minister Oleksiy Reznikov.'], null, 'y.txt');
    const r = linkBatch([analyseArticle(two), analyseArticle(one)], { persons: [], stories: [] });
    expect(r.persons.filter((p) => p.name.endsWith('Reznikov'))).toEqual([expect.objectContaining({ name: 'Oleksii Reznikov', aliases: expect.arrayContaining(['Oleksiy Reznikov']) })]);
    expect(r.articles[0]?.analysis.contacts[0]?.participants).toContain('Oleksii Reznikov');
  });

  it('joins a story the store already knows and keeps its id', () => {
    const known = { persons: [{ id: 7, name: 'Robert Haldane', role: 'US Defense Secretary', aliases: [] }], stories: [{
      id: 'haldane-zubarev-2023-03-15', title: 'Call', date: '2023-03-15', dateInferred: false,
      participants: ['Robert Haldane', 'Viktor Zubarev'], keywords: [], articleCount: 2,
    }] };
    const r = linkBatch([analyseArticle(march)], known);
    expect(r.articles[0]?.storyId).toBe('haldane-zubarev-2023-03-15');
    expect(r.stories[0]?.articleCount).toBe(3);
    expect(r.persons.find((p) => p.name === 'Robert Haldane')?.existingId).toBe(7);
  });

  it('gives the store the participant keys of the lead contact', () => {
    expect(storyKeys(analyseArticle(march))).toEqual([personKey('Robert Haldane'), personKey('Viktor Zubarev')].sort());
  });
});

describe('spellings that differ more than a letter', () => {
  it('two given names with the second alike are one person; one given name that differs is not enough', () => {
    expect(samePerson('Redzhep Tayyip Erdogan', 'Recep Tayyip Erdoğan')).toBe(true);
    expect(samePerson('Anna Maria Kovacs', 'Eva Maria Kovacs')).toBe(true);
    expect(samePerson('Anna Kovacs', 'Eva Kovacs')).toBe(false);
    expect(samePerson('Redzhep Erdogan', 'Recep Tayyip Erdoğan')).toBe(false);
  });

  it('a name written family name first joins the same name in the other order; an undated report joins its story', () => {
    const dated = article(['Prime Minister Haruki Sato met Governor Kenji Mori on Thursday at the prime minister\'s office.'], '2024-12-05', 'a.txt');
    const undated = article(['Prime Minister Sato Haruki on Thursday met with Governor Mori Kenji at the official residence.'], null, 'b.txt');
    const r = analyseCorpus([dated, undated]);
    expect(r.stories).toHaveLength(1);
    const b = r.articles.find((a) => a.article.file === 'b.txt');
    expect(b?.contacts[0]?.participants.sort()).toEqual(['Haruki Sato', 'Kenji Mori']);
    expect(b?.contacts[0]?.date).toBe('2024-12-05');
  });

  it('a story first reported with an initial ("S. Varma") takes a later report that spells the name in full', () => {
    const first = article(['Foreign Minister S. Varma spoke by phone with Secretary of State Dana Kirk today.'], '2025-03-11', 'a.txt');
    const later = article(['Secretary of State Dana Kirk and Foreign Minister Sundar Varma spoke by phone on Tuesday about trade.'], null, 'b.txt');
    const r = analyseCorpus([first, later]);
    expect(r.stories).toHaveLength(1);
    expect(r.articles.find((a) => a.article.file === 'b.txt')?.contacts[0]?.date).toBe('2025-03-11');
  });
});
