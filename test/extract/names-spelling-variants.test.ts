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
