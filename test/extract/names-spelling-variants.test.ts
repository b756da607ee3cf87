// A translated text that spells one surname two ways, and "the Honorable" before a name.
import { describe, expect, it } from 'vitest';
import { linkBatch } from '../../src/core/corpus/link-batch.js';
import { analyseArticle } from '../../src/core/extract/analyse-article.js';
import { analyse, article, contactsBetween } from './extract-helpers.js';

const VARIANT = [
  'On May 4, Ms. OKADA Mariko, Minister for Foreign Affairs of Japan, carried out a telephone talk with the Honorable Daniel Feraldi, Minister for Foreign Affairs of Chile.',
  'At the beginning, Minister Feraldi expressed his congratulations. Minister Okada expressed thanks.',
  'Both ministers confirmed to coordinate toward the visit of Minister Feraldo to Japan.',
];

describe('spelling variants of one surname', () => {
  it('reads "the Honorable" as a form of address, not a given name', () => {
    const a = analyse([VARIANT[0] as string], '2025-05-05');
    expect(contactsBetween(a, 'Okada', 'Feraldi')).toHaveLength(1);
    expect(a.people.map((p) => p.name)).toContain('Daniel Feraldi');
  });

  it('finds the person of a titled surname spelled with other vowels in the same text', () => {
    const a = analyse(VARIANT, '2025-05-05');
    const feraldi = a.people.filter((p) => /^Feral/u.test(p.name.split(' ').pop() ?? ''));
    expect(feraldi).toHaveLength(1);
    expect(feraldi[0]?.aliases).toContain('Minister Feraldo');
  });

  it('keeps surnames of different consonants apart, and short ones (they collide too often)', () => {
    const a = analyse(['Foreign Minister Daniel Feraldi met Minister Ortega on Monday.', 'Minister Feraldi spoke with Minister Lee; Minister Li said nothing.']);
    expect(a.people.find((p) => p.name === 'Daniel Feraldi')?.aliases ?? []).not.toContain('Minister Ortega');
    expect(contactsBetween(a, 'Feraldi', 'Ortega')).toHaveLength(1);
  });

  it('lets other coverage find the person under the variant the text also used', () => {
    const translated = analyseArticle(article(VARIANT, '2025-05-05', 'mt.txt'));
    const wire = analyseArticle(article(['Chilean Foreign Minister Daniel Feraldo spoke by phone with Japanese Foreign Minister Mariko Okada on Sunday.'], '2025-05-05', 'wire.txt'));
    const r = linkBatch([translated, wire], { persons: [], stories: [] });
    const chileans = r.persons.filter((p) => /^Feral/u.test(p.name.split(' ').pop() ?? ''));
    expect(chileans).toHaveLength(1);
    expect(r.articles.map((l) => l.storyId)[0]).toBe(r.articles.map((l) => l.storyId)[1]);
  });
});

describe('an inner word of a long name used alone', () => {
  it('finds "Lula" and "Sheinbaum" as the people whose full names hold them', () => {
    const a = analyse([
      'President Luiz Inácio Lula da Silva spoke with President Claudia Sheinbaum Pardo on Tuesday.',
      'On July 9, Sheinbaum was received by Lula in Brasília.',
    ], '2025-09-17');
    expect(a.people.map((p) => p.name).sort()).toEqual(['Claudia Sheinbaum Pardo', 'Luiz Inácio Lula da Silva']);
    expect(contactsBetween(a, 'Silva', 'Pardo').map((c) => c.date).sort()).toEqual(['2025-07-09', '2025-09-16']);
  });

  it('leaves an inner word two people share, or one that is someone\'s surname, to no one', () => {
    const a = analyse([
      'Minister Ana María Lopez Garcia met Minister Juan Carlos Lopez on Monday.',
      'Carlos said nothing.',
    ], '2025-09-17');
    const carlos = a.people.filter((p) => p.aliases.includes('Carlos'));
    expect(carlos.length).toBeLessThanOrEqual(1);
    expect(a.people.find((p) => p.name === 'Ana María Lopez Garcia')?.aliases ?? []).not.toContain('Lopez');
  });
});

describe('a one-word name set off by commas after a role', () => {
  it('is the holder of that role ("his Indonesian counterpart, Sugiono,")', () => {
    const a = analyse(['Foreign Minister Mauro Vieira spoke by telephone with his Indonesian counterpart, Sugiono, in the past week.'], '2025-09-17');
    expect(contactsBetween(a, 'Vieira', 'Sugiono')).toEqual([expect.objectContaining({ mode: 'phone', date: '2025-09' })]);
  });

  it('needs the role right before the comma ("met the delegation, Jakarta," names no one)', () => {
    const a = analyse(['Foreign Minister Mauro Vieira met the delegation, Jakarta, on Monday.'], '2025-09-17');
    expect(a.people.map((p) => p.name)).toEqual(['Mauro Vieira']);
  });
});

describe('the Arabic article of a surname spelled two ways across coverage', () => {
  it('merges "Abdel Fattah al-Sisi" and "Abdel Fattah El-Sisi" into one person and one story', () => {
    const one = analyseArticle(article(['Prime Minister Giorgia Meloni spoke by phone with Egyptian President Abdel Fattah al-Sisi on Tuesday.'], '2025-09-17', 'a.txt'));
    const two = analyseArticle(article(['Egyptian President Abdel Fattah El-Sisi received a phone call on Tuesday from Italian Prime Minister Giorgia Meloni.'], '2025-09-17', 'b.txt'));
    const r = linkBatch([one, two], { persons: [], stories: [] });
    expect(r.persons.filter((p) => /Sisi$/u.test(p.name))).toHaveLength(1);
    expect(r.articles[0]?.storyId).toBe(r.articles[1]?.storyId);
    // Different surnames after the article stay apart.
    const three = analyseArticle(article(['Prime Minister Giorgia Meloni spoke by phone with Emir Tamim al-Thani on Tuesday.'], '2025-09-17', 'c.txt'));
    expect(linkBatch([one, three], { persons: [], stories: [] }).persons.filter((p) => /-(?:Sisi|Thani)$/u.test(p.name))).toHaveLength(2);
  });
});

describe('a name written with and without its second surname', () => {
  it('is one person ("Claudia Sheinbaum" and "Claudia Sheinbaum Pardo")', () => {
    const a = analyse([
      'Commission President Ana Ribeiro spoke with Mexico\'s President, Claudia Sheinbaum.',
      'Earlier, Ribeiro held a video call with the President of the United Mexican States, Claudia Sheinbaum Pardo.',
    ], '2025-07-09');
    expect(a.people.filter((p) => p.name.startsWith('Claudia')).map((p) => p.name)).toEqual(['Claudia Sheinbaum Pardo']);
  });
  it('keeps two people apart when two longer names share the first two words', () => {
    const a = analyse(['Juan Carlos Ortega met Juan Carlos Ruiz and Juan Carlos in Lima.'], '2025-07-09');
    expect(a.people.map((p) => p.name).sort()).toEqual(['Juan Carlos', 'Juan Carlos Ortega', 'Juan Carlos Ruiz']);
  });
});

describe('a country name of several words after a title', () => {
  it('is no person ("the President of United Arab Emirates Sheikh …")', () => {
    const a = analyse(['President Olena Hrytsenko held telephone conversation with the President of United Arab Emirates Sheikh Khalid bin Hamad Al Falasi.'], '2025-06-24');
    expect(a.people.some((p) => /United|Arab/.test(p.name))).toBe(false);
    expect(contactsBetween(a, 'Hrytsenko', 'Falasi')).toHaveLength(1);
  });
});
